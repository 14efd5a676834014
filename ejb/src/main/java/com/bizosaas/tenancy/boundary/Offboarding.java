package com.bizosaas.tenancy.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * Offboarding a client (T1): its data is exported as an archive, then the tenant is deleted with everything
 * it owns, in one transaction — an export that fails deletes nothing. The super-admin only; the master
 * tenant cannot be offboarded. The audit trail is exported too but kept, as evidence.
 */
@Stateless
public class Offboarding {

    public static final String OFFBOARDED = "tenant.offboarded";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    TenantExport export;

    @Inject
    EventPublisher events;

    @Inject
    Event<DomainEvent> onThisNode;

    /** @return the archive (ZIP of JSON files) of everything the tenant owned */
    @Allowed(RoleSet.SUPER_ADMIN)
    public byte[] offboard(@NotNull UUID tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw Refusal.notFound("no tenant " + tenantId);
        }
        if (tenant.isMaster()) {
            throw Refusal.invalid("id", "the master tenant cannot be offboarded");
        }
        if (!em.createQuery("select t.id from Tenant t where t.parentId = :id", UUID.class).setParameter("id", tenantId)
                .getResultList().isEmpty()) {
            throw Refusal.conflict("id", tenant.getName() + " has clients of its own: offboard them first");
        }
        audit.record(OFFBOARDED, "tenant:" + tenantId, tenant.describe(), null);
        // read under the tenant's own row-level security: exactly its rows go into the archive
        byte[] archive = context.runAs(tenantId, () -> export.archive(tenant));
        em.remove(tenant);
        DomainEvent offboarded = DomainEvent.of(OFFBOARDED, tenantId, Jsonp.createObjectBuilder()
                .add("name", tenant.getName()).add("slug", tenant.getSlug()).build());
        events.publish(offboarded);
        onThisNode.fire(offboarded);
        return archive;
    }
}
