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
 * The state of one step of a run, kept so that a run survives a restart: what the step is waiting for or how it
 * ended, the task it gave an agent (a task step), the event type it waits for (an event step), its result (a task's
 * answer, a condition's verdict, an event's payload) and who decided (an approval gate).
 */
@Entity
@Table(name = "workflow_step")
public class WorkflowStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "run_id")
    private UUID runId;

    /** The step's id in the definition. */
    @Column(name = "step_key")
    private String key;

    /** Its place in the definition, for listing steps in the order they were written. */
    private int position;

    @Enumerated(EnumType.STRING)
    private StepType type;

    @Enumerated(EnumType.STRING)
    private StepState state;

    @Column(name = "task_id")
    private UUID taskId;

    @Column(name = "event_type")
    private String eventType;

    /** When a wait for an event gives up (null: it waits as long as the run lasts). */
    @Column(name = "due_at")
    private Instant dueAt;

    private String result;

    /** Why it is where it is: why skipped, failed, rejected or cancelled, or a decision's note. */
    private String detail;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected WorkflowStep() {
        // for JPA
    }

    public WorkflowStep(WorkflowRun run, String key, int position, StepType type) {
        this.id = UUID.randomUUID();
        this.tenantId = run.getTenantId();
        this.runId = run.getId();
        this.key = key;
        this.position = position;
        this.type = type;
        this.state = StepState.PENDING;
    }

    /** A task step gave its agent {@code task}. */
    public void startTask(UUID task, Instant now) {
        taskId = task;
        state = StepState.RUNNING;
        startedAt = now;
    }

    /** Waits for a person's decision or for an event of {@code event}, until {@code due} (null: no limit). */
    public void await(StepState waiting, String event, Instant now, Instant due) {
        state = waiting;
        eventType = event;
        startedAt = now;
        dueAt = due;
    }

    /** Ends the step: its result (may be null) and, for any end but success, why. */
    public void end(StepState end, String stepResult, String why, Instant now) {
        state = end;
        result = stepResult;
        detail = why == null || why.length() <= 1000 ? why : why.substring(0, 1000);
        if (startedAt == null) {
            startedAt = now;
        }
        finishedAt = now;
    }

    /** A person decided on the step (an approval gate). */
    public void decidedBy(String person) {
        decidedBy = person;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getRunId() {
        return runId;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public StepType getType() {
        return type;
    }

    public StepState getState() {
        return state;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public String getEventType() {
        return eventType;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getResult() {
        return result;
    }

    public String getDetail() {
        return detail;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
