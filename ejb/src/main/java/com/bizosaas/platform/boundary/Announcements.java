package com.bizosaas.platform.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.platform.entity.Announcement;
import com.bizosaas.platform.entity.Severity;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Announcements on the platform status page. Publishing one stores it and announces
 * {@value #PUBLISHED} on the domain-events topic in the same transaction: both happen or neither.
 */
@Stateless
public class Announcements {

    public static final String PUBLISHED = "platform.announcement.published";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    TenantContext context;

    /** Publishes as the caller, who must be the super-admin. */
    @Allowed(RoleSet.SUPER_ADMIN)
    public Announcement publish(@NotNull @Valid NewAnnouncement draft) {
        Announcement announcement = new Announcement(draft.title(), draft.body(), draft.severity(), context.actor(), Instant.now());
        em.persist(announcement);
        events.publish(DomainEvent.of(PUBLISHED, null, Jsonp.createObjectBuilder()
                .add("announcementId", announcement.getId().toString())
                .add("title", announcement.getTitle())
                .add("severity", announcement.getSeverity().name())
                .build()));
        return announcement;
    }

    public Optional<Announcement> find(@NotNull UUID id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    /** Newest first; {@code severity} null means all. */
    public Page<Announcement> list(Severity severity, @NotNull @Valid PageRequest page) {
        var items = em.createNamedQuery(Announcement.NEWEST_FIRST, Announcement.class)
                .setParameter("severity", severity)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(Announcement.COUNT, Long.class)
                .setParameter("severity", severity)
                .getSingleResult();
        return Page.of(items, page, total);
    }
}
