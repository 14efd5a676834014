package com.bizosaas.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Something an agent's run learned (A8) — a customer's preference, a pattern in the figures — kept for the agents of
 * the same category of the same tenant, who are told the latest accepted ones when they work: an administrator
 * accepts an insight before it is shared.
 */
@Entity
@Table(name = "agent_insight")
public class Insight implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    // what an answer recorded never changes; only its acceptance is written later (the grant allows only that)
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Column(name = "agent_id", updatable = false)
    private UUID agentId;

    @Column(updatable = false)
    private String category;

    @Column(name = "task_id", updatable = false)
    private UUID taskId;

    @Column(updatable = false)
    private String text;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** Who accepted it for sharing; null while it waits for an administrator. */
    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Insight() {
        // for JPA
    }

    public Insight(UUID tenantId, UUID agentId, String category, UUID taskId, String text, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.agentId = agentId;
        this.category = category;
        this.taskId = taskId;
        this.text = text;
        this.createdAt = createdAt;
    }

    /** Shared with the category's other agents from now on. */
    public void accept(String administrator, Instant now) {
        acceptedBy = administrator;
        acceptedAt = now;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public String getCategory() {
        return category;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
