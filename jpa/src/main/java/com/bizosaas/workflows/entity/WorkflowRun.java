package com.bizosaas.workflows.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of a workflow: the definition as it was when the run started, the input it was given, who started it,
 * and how it ended ({@code outcome} says why when it did not succeed).
 */
@Entity
@Table(name = "workflow_run")
public class WorkflowRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "workflow_id")
    private UUID workflowId;

    @Column(name = "workflow_name")
    private String workflowName;

    private String definition;

    private String input;

    @Enumerated(EnumType.STRING)
    private RunState state;

    private String outcome;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected WorkflowRun() {
        // for JPA
    }

    public WorkflowRun(Workflow workflow, String input, String startedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = workflow.getTenantId();
        this.workflowId = workflow.getId();
        this.workflowName = workflow.getName();
        this.definition = workflow.getDefinition();
        this.input = input;
        this.startedBy = startedBy;
        this.state = RunState.RUNNING;
        this.startedAt = now;
    }

    /** Ends the run; {@code why} is kept (at most 1000 characters) for any end but success. */
    public void end(RunState end, String why, Instant now) {
        state = end;
        outcome = why == null || why.length() <= 1000 ? why : why.substring(0, 1000);
        finishedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getWorkflowId() {
        return workflowId;
    }

    public String getWorkflowName() {
        return workflowName;
    }

    public String getDefinition() {
        return definition;
    }

    public String getInput() {
        return input;
    }

    public RunState getState() {
        return state;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
