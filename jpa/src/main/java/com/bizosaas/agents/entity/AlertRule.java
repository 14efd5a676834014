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
 * An alert rule on agents' results (A7): over the last {@code windowMinutes}, for one agent or all of the tenant's,
 * when at least {@code minTasks} tasks finished — success rate below, failures at least, or p95 run time above the
 * threshold. {@code firing} while the condition holds.
 */
@Entity
@Table(name = "agent_alert_rule")
public class AlertRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a rule watches. */
    public enum Metric {
        /** The share of finished tasks that succeeded is below the threshold (0 to 1). */
        SUCCESS_RATE_BELOW,
        /** At least threshold tasks failed. */
        FAILURES_AT_LEAST,
        /** The 95th percentile of run time is above the threshold, in milliseconds. */
        P95_ABOVE_MS
    }

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    @Column(name = "agent_id")
    private UUID agentId;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    private BigDecimal threshold;

    @Column(name = "window_minutes")
    private int windowMinutes;

    @Column(name = "min_tasks")
    private int minTasks;

    private boolean firing;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AlertRule() {
        // for JPA
    }

    public AlertRule(UUID tenantId, String name, UUID agentId, Metric metric, BigDecimal threshold, int windowMinutes,
                     int minTasks, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.agentId = agentId;
        this.metric = metric;
        this.threshold = threshold;
        this.windowMinutes = windowMinutes;
        this.minTasks = minTasks;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether a value breaks the rule. */
    public boolean breachedBy(BigDecimal observed) {
        return switch (metric) {
            case SUCCESS_RATE_BELOW -> observed.compareTo(threshold) < 0;
            case FAILURES_AT_LEAST -> observed.compareTo(threshold) >= 0;
            case P95_ABOVE_MS -> observed.compareTo(threshold) > 0;
        };
    }

    public void setFiring(boolean firing) {
        this.firing = firing;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public Metric getMetric() {
        return metric;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public int getWindowMinutes() {
        return windowMinutes;
    }

    public int getMinTasks() {
        return minTasks;
    }

    public boolean isFiring() {
        return firing;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
