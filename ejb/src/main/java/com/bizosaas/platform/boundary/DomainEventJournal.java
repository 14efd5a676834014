package com.bizosaas.platform.boundary;

import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.Inbox;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.platform.entity.JournalEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The platform's record of every domain event it has received, newest first. */
@Stateless
public class DomainEventJournal {

    static final String CONSUMER = "platform.journal";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    Inbox inbox;

    /**
     * Records the event once, however often it is delivered. Runs in the delivering MDB's transaction,
     * so the inbox row and the journal entry commit together or not at all.
     *
     * @return true if the event was new, false for a redelivery that changed nothing
     */
    public boolean record(@NotNull DomainEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        em.persist(new JournalEntry(event.id(), event.type(), event.version(), event.tenantId(),
                event.occurredAt(), Instant.now(), event.payload().toString()));
        return true;
    }

    /** Newest first; {@code type} null means all types. */
    public Page<JournalEntry> list(String type, @NotNull @Valid PageRequest page) {
        var items = em.createNamedQuery(JournalEntry.NEWEST_FIRST, JournalEntry.class)
                .setParameter("type", type)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(JournalEntry.COUNT, Long.class)
                .setParameter("type", type)
                .getSingleResult();
        return Page.of(items, page, total);
    }
}
