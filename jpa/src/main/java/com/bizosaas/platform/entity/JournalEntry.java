package com.bizosaas.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One domain event as the platform received it from the domain-events topic. The journal is
 * append-only: the application role may insert and read it, never update or delete.
 */
@Entity
@Table(name = "domain_event_journal")
@NamedQuery(name = JournalEntry.NEWEST_FIRST,
        query = "select j from JournalEntry j where (:type is null or j.type = :type) order by j.receivedAt desc, j.eventId")
@NamedQuery(name = JournalEntry.COUNT,
        query = "select count(j) from JournalEntry j where (:type is null or j.type = :type)")
public class JournalEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NEWEST_FIRST = "JournalEntry.newestFirst";
    public static final String COUNT = "JournalEntry.count";

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    private String type;

    private int version;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String payload;

    protected JournalEntry() {
        // for JPA
    }

    public JournalEntry(UUID eventId, String type, int version, UUID tenantId, Instant occurredAt,
                        Instant receivedAt, String payload) {
        this.eventId = eventId;
        this.type = type;
        this.version = version;
        this.tenantId = tenantId;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.payload = payload;
    }

    public UUID getEventId() {
        return eventId;
    }

    public String getType() {
        return type;
    }

    public int getVersion() {
        return version;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getPayload() {
        return payload;
    }
}
