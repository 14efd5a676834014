/** Monitoring (A7): each agent's runs, success rate, latency and cost; alert rules, their alerts, and the timer that watches them. */
package com.bizosaas.agents.monitoring.boundary;
