package com.bizosaas.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert a rule raised: what it saw and when; {@code resolvedAt} once the condition stopped holding,
 * {@code acknowledgedBy} once a person took note. The rule's name is kept, so a deleted rule's alerts still read.
 */
@Entity
@Table(name = "agent_alert")
public class Alert implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "rule_id")
    private UUID ruleId;

    @Column(name = "rule_name")
    private String ruleName;

    private String message;

    private BigDecimal observed;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected Alert() {
        // for JPA
    }

    public Alert(AlertRule rule, String message, BigDecimal observed, Instant firedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = rule.getTenantId();
        this.ruleId = rule.getId();
        this.ruleName = rule.getName();
        this.message = message;
        this.observed = observed;
        this.firedAt = firedAt;
    }

    public void resolve(Instant now) {
        resolvedAt = now;
    }

    public void acknowledge(String by, Instant now) {
        acknowledgedBy = by;
        acknowledgedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRuleId() {
        return ruleId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getMessage() {
        return message;
    }

    public BigDecimal getObserved() {
        return observed;
    }

    public Instant getFiredAt() {
        return firedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
