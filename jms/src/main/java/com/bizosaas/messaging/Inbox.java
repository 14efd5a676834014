package com.bizosaas.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * Remembers which messages a consumer has processed, in the consumer's own transaction, so that a
 * redelivered message has no second effect. One statement decides it: the insert either creates the
 * row (first delivery) or bumps its redelivery counter (a duplicate, visible to operators and tests).
 * It lives beside the envelope whose id it remembers; the persistence unit it writes through is the one the
 * jpa jar (this jar's only dependency of ours) declares for the whole application.
 */
@ApplicationScoped
public class Inbox {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    /** @return true if this is the first delivery of {@code messageId} to {@code consumer}. */
    public boolean firstDelivery(String consumer, UUID messageId) {
        Object inserted = em.createNativeQuery("""
                insert into bizosaas.processed_message as seen (consumer, message_id, processed_at)
                values (?1, ?2, now())
                on conflict (consumer, message_id)
                do update set redeliveries = seen.redeliveries + 1
                returning (xmax = 0)""")
                .setParameter(1, consumer)
                .setParameter(2, messageId)
                .getSingleResult();
        return Boolean.TRUE.equals(inserted);
    }
}
