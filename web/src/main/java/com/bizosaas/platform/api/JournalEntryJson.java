package com.bizosaas.platform.api;

import com.bizosaas.platform.entity.JournalEntry;

import java.time.Instant;
import java.util.UUID;

/** A journal entry as the API shows it. */
public record JournalEntryJson(UUID eventId, String type, int version, UUID tenantId, Instant occurredAt,
                               Instant receivedAt, String payload) {

    static JournalEntryJson of(JournalEntry e) {
        return new JournalEntryJson(e.getEventId(), e.getType(), e.getVersion(), e.getTenantId(), e.getOccurredAt(),
                e.getReceivedAt(), e.getPayload());
    }
}
