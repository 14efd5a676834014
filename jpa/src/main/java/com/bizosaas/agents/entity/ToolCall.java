package com.bizosaas.agents.entity;

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
 * A tool call of an agent's task (A4), recorded before it goes out: CALLING while under way, then DONE with the
 * result, FAILED with the integration's error, or REFUSED (a tool the agent may not use, arguments that do not
 * validate: never sent). UNCERTAIN: a node stopped during the call, so whether the integration acted is unknown
 * and the call is not repeated. {@code (task, seq)} is the call's idempotency key.
 */
@Entity
@Table(name = "agent_tool_call")
public class ToolCall implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a tool call stands. */
    public enum State { CALLING, DONE, FAILED, REFUSED, UNCERTAIN }

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "task_id")
    private UUID taskId;

    private int seq;

    private String tool;

    private String arguments;

    @Enumerated(EnumType.STRING)
    private State state;

    private boolean sandbox;

    private String result;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ToolCall() {
        // for JPA
    }

    public ToolCall(UUID tenantId, UUID taskId, int seq, String tool, String arguments, boolean sandbox, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.taskId = taskId;
        this.seq = seq;
        this.tool = tool;
        this.arguments = arguments;
        this.sandbox = sandbox;
        this.state = State.CALLING;
        this.startedAt = now;
    }

    /** The key the integration sees (where it supports one) and the platform keeps: one per task and call. */
    public String idempotencyKey() {
        return taskId + "-" + seq;
    }

    public void finish(State outcome, String result, Instant now) {
        this.state = outcome;
        this.result = result;
        this.finishedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public int getSeq() {
        return seq;
    }

    public String getTool() {
        return tool;
    }

    public String getArguments() {
        return arguments;
    }

    public State getState() {
        return state;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public String getResult() {
        return result;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
