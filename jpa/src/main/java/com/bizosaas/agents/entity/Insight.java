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
 * the same category of the same tenant, who are told the latest ones when they work.
 */
@Entity
@Table(name = "agent_insight")
public class Insight implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "agent_id")
    private UUID agentId;

    private String category;

    @Column(name = "task_id")
    private UUID taskId;

    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

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
