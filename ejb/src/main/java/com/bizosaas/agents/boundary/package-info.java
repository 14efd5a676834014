/**
 * AI agents (A1, A3): the catalogue ({@link com.bizosaas.agents.boundary.Agents}, seeded from
 * {@link com.bizosaas.agents.control.AgentCatalogue}), and tasks ({@link com.bizosaas.agents.boundary.AgentTasks})
 * accepted with their message on the AgentTasks queue in one transaction and executed by
 * {@link com.bizosaas.agents.boundary.AgentTaskListener} through the language-model gateway.
 */
package com.bizosaas.agents.boundary;
