package com.bizosaas.agents.api;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;

import java.io.StringReader;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A task and what came of it; {@code offline} when the offline model produced the result. A task that waited for
 * a person carries why ({@code approvalReason}), by when it should be decided ({@code approvalDueAt}; past it,
 * {@code escalatedAt}), how many approvals it needs ({@code requiredApprovals}; of two, the first's
 * {@code firstApprovedBy}) and who decided ({@code decidedBy}, {@code decidedAt}, {@code decisionNote}). A task that
 * named its tool call carries it ({@code tool}, {@code toolArguments}); one a workflow's step gave, its run
 * ({@code workflowRunId}).
 */
public record TaskJson(UUID id, UUID agentId, String state, String input, String result, String error, String provider,
                       String model, boolean offline, BigDecimal costUsd, int attempts, String submittedBy,
                       Instant queuedAt, Instant startedAt, Instant finishedAt, String approvalReason, String decidedBy,
                       Instant decidedAt, String decisionNote, Instant approvalDueAt, Instant escalatedAt,
                       int requiredApprovals, String firstApprovedBy, Instant firstApprovedAt, String tool,
                       JsonObject toolArguments, UUID workflowRunId) {

    static TaskJson of(AgentTask t) {
        return new TaskJson(t.getId(), t.getAgentId(), t.getState().name(), t.getInput(), t.getResult(), t.getError(),
                t.getProvider(), t.getModel(), "offline".equals(t.getProvider()), t.getCostUsd(), t.getAttempts(),
                t.getSubmittedBy(), t.getQueuedAt(), t.getStartedAt(), t.getFinishedAt(), t.getApprovalReason(),
                t.getDecidedBy(), t.getDecidedAt(), t.getDecisionNote(), t.getApprovalDueAt(), t.getEscalatedAt(),
                t.getRequiredApprovals(), t.getFirstApprovedBy(), t.getFirstApprovedAt(), t.getTool(),
                t.getToolArguments() == null ? null : Jsonp.createReader(new StringReader(t.getToolArguments())).readObject(),
                t.getWorkflowRunId());
    }
}
