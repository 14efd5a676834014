package com.bizosaas.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One administrative or security-relevant action. Append-only: the application may insert and read. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.NEWEST_FIRST, query = "select a from AuditEvent a where (:action is null or a.action = :action) "
        + "order by a.occurredAt desc, a.id")
@NamedQuery(name = AuditEvent.COUNT, query = "select count(a) from AuditEvent a where (:action is null or a.action = :action)")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NEWEST_FIRST = "AuditEvent.newestFirst";
    public static final String COUNT = "AuditEvent.count";

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private String actor;

    private String action;

    private String target;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Column(name = "source_ip")
    private String sourceIp;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(UUID tenantId, String actor, String action, String target, String before, String after,
                      String sourceIp, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.before = before;
        this.after = after;
        this.sourceIp = sourceIp;
        this.occurredAt = occurredAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
