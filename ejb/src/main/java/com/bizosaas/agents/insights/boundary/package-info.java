/** Insights (A8): what an agent's answer records, shared with its category's agents in the same organisation. */
package com.bizosaas.agents.insights.boundary;
