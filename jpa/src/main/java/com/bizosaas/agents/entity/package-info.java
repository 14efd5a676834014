/**
 * AI agents: the platform's catalogue ({@link com.bizosaas.agents.entity.Agent}) and each tenant's background
 * tasks ({@link com.bizosaas.agents.entity.AgentTask}, under row-level security).
 */
package com.bizosaas.agents.entity;
