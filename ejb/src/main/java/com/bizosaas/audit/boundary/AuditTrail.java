package com.bizosaas.audit.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.audit.entity.AuditEvent;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/**
 * The audit trail (T4). Records join the caller's transaction: an action that rolls back leaves no record
 * of having happened — but for a refused attempt recorded as such ({@link #recordRefused}). The acting tenant, actor and source address come from the tenant context.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    public void record(String action, String target, String before, String after) {
        UUID tenant = context.requireTenant();
        em.persist(new AuditEvent(tenant, context.actor(), action, target, before, after, context.sourceIp(), Instant.now()));
    }

    /**
     * Records a refused attempt that the caller's refusal will roll back — in a transaction of its own, so that the
     * attempt stays on record (a wrong current password, say: a sign that someone else holds the session).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefused(String action, String target, String why) {
        record(action, target, null, "refused: " + why);
    }

    /** The trail of the caller's own tenant, newest first. Administrators only. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Page<AuditEvent> list(String action, @NotNull @Valid PageRequest page) {
        var items = em.createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
                .setParameter("action", action)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(AuditEvent.COUNT, Long.class).setParameter("action", action).getSingleResult();
        return Page.of(items, page, total);
    }
}
