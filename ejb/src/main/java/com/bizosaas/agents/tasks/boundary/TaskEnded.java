package com.bizosaas.agents.tasks.boundary;

import java.util.UUID;

/**
 * A task reached a final state (succeeded, failed, rejected or cancelled): a CDI event fired in the transaction that
 * ended it, so whoever waits on the task — a workflow run, when {@code workflowRunId} is set — moves on exactly when
 * that transaction commits.
 */
public record TaskEnded(UUID taskId, UUID tenantId, UUID workflowRunId) {
}
