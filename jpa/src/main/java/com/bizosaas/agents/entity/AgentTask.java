package com.bizosaas.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A task given to an agent by a user of a tenant (A3), with its state and timestamps, and what came of it: the
 * result and who produced it (provider and model; "offline" for the offline model), or the reason it failed.
 */
@Entity
@Table(name = "agent_task")
public class AgentTask implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "agent_id")
    private UUID agentId;

    @Enumerated(EnumType.STRING)
    private TaskState state;

    private String input;

    private String result;

    private String error;

    private String provider;

    private String model;

    @Column(name = "cost_usd")
    private BigDecimal costUsd;

    private int attempts;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Why the task waits for a person (null when it never did). */
    @Column(name = "approval_reason")
    private String approvalReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "approval_due_at")
    private Instant approvalDueAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** How many people approve it before it runs: 0, 1, or 2 (the second an administrator other than the first). */
    @Column(name = "required_approvals")
    private int requiredApprovals;

    @Column(name = "first_approved_by")
    private String firstApprovedBy;

    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;

    /** The tool call the task asks for, with its arguments (a JSON object), or null: the agent chooses. */
    private String tool;

    @Column(name = "tool_arguments")
    private String toolArguments;

    /** The workflow run whose step gave the task, or null: its end moves that run on. */
    @Column(name = "workflow_run_id")
    private UUID workflowRunId;

    protected AgentTask() {
        // for JPA
    }

    public AgentTask(UUID tenantId, UUID agentId, String input, String submittedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.agentId = agentId;
        this.input = input;
        this.submittedBy = submittedBy;
        this.state = TaskState.QUEUED;
        this.queuedAt = now;
    }

    /** Names the tool call the agent is to make, its arguments already checked. */
    public void askForTool(String tool, String argumentsJson) {
        this.tool = tool;
        this.toolArguments = argumentsJson;
    }

    /** Marks the task as a step of a workflow run. */
    public void partOf(UUID workflowRun) {
        this.workflowRunId = workflowRun;
    }

    public UUID getWorkflowRunId() {
        return workflowRunId;
    }

    public String getTool() {
        return tool;
    }

    public String getToolArguments() {
        return toolArguments;
    }

    /**
     * Holds the task for {@code approvals} people's decision, due by {@code due}, instead of queuing it — when it is
     * submitted, or later for a call its agent asked for: an approval given earlier does not count for that call.
     */
    public void awaitApproval(int approvals, String reason, Instant due) {
        state = TaskState.AWAITING_APPROVAL;
        firstApprovedBy = null;
        firstApprovedAt = null;
        escalatedAt = null;
        requiredApprovals = approvals;
        approvalReason = reason;
        approvalDueAt = due;
    }

    /** Whether the next approval is the first of two (it keeps the task waiting). */
    public boolean awaitsFirstOfTwo() {
        return requiredApprovals == 2 && firstApprovedBy == null;
    }

    /** The first of two approvals: the task keeps waiting, with the approver's edit of the input, if any. */
    public void approveFirst(String approver, String editedInput, Instant now) {
        if (editedInput != null) {
            input = editedInput;
        }
        firstApprovedBy = approver;
        firstApprovedAt = now;
    }

    /** Its deadline passed undecided: escalated, still waiting. */
    public void escalate(Instant now) {
        escalatedAt = now;
    }

    /** Approved (with the approver's edit of the input, if any): queued from now. */
    public void approve(String approver, String editedInput, String note, Instant now) {
        if (editedInput != null) {
            input = editedInput;
        }
        decide(approver, note, now);
        state = TaskState.QUEUED;
        queuedAt = now;
    }

    /** Rejected: cancelled, with who rejected it and why. */
    public void reject(String approver, String reason, Instant now) {
        decide(approver, reason, now);
        state = TaskState.CANCELLED;
        error = "rejected by " + approver + ": " + reason;
        finishedAt = now;
    }

    private void decide(String approver, String note, Instant now) {
        decidedBy = approver;
        decidedAt = now;
        decisionNote = note;
    }

    public void start(Instant now) {
        state = TaskState.RUNNING;
        attempts++;
        startedAt = now;
    }

    public void succeed(String text, String byProvider, String byModel, BigDecimal cost, Instant now) {
        state = TaskState.SUCCEEDED;
        result = text;
        provider = byProvider;
        model = byModel;
        costUsd = cost;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        state = TaskState.FAILED;
        error = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        finishedAt = now;
    }

    /** An attempt's failure, kept while the broker redelivers. */
    public void noteFailure(String cause) {
        error = cause == null || cause.length() <= 1000 ? cause : cause.substring(0, 1000);
    }

    public void cancel(Instant now) {
        state = TaskState.CANCELLED;
        finishedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public TaskState getState() {
        return state;
    }

    public String getInput() {
        return input;
    }

    public String getResult() {
        return result;
    }

    public String getError() {
        return error;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    public BigDecimal getCostUsd() {
        return costUsd;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getApprovalDueAt() {
        return approvalDueAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public int getRequiredApprovals() {
        return requiredApprovals;
    }

    public String getFirstApprovedBy() {
        return firstApprovedBy;
    }

    public Instant getFirstApprovedAt() {
        return firstApprovedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
