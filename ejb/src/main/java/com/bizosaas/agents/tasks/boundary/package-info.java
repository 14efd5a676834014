/**
 * Agent tasks (A3, A4): accepted with their message on the AgentTasks queue in one transaction ({@code AgentTasks},
 * {@code TaskDispatch}), worked on by {@code AgentTaskListener} through the gateway and the tools ({@code TaskExecution},
 * {@code TaskTools}, {@code ToolCallLog}), a dead letter ending as FAILED, a reactivated tenant's tasks queued again.
 */
package com.bizosaas.agents.tasks.boundary;
