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
import com.bizosaas.tenancy.entity.Tier;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant registry (T1). The super-admin onboards, suspends and reactivates clients; every other user
 * sees only their own tenant. Each change is audited and announced on the domain-events topic.
 */
@Stateless
public class Tenants {

    public static final String CREATED = "tenant.created";
    public static final String SUSPENDED = "tenant.suspended";
    public static final String REACTIVATED = "tenant.reactivated";
    public static final String CHANGED = "tenant.changed";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    Event<DomainEvent> onThisNode;

    @Allowed(RoleSet.SUPER_ADMIN)
    public Tenant create(@NotNull @Valid NewTenant draft) {
        long clashes = em.createNamedQuery(Tenant.COUNT_BY_NAME_OR_SLUG, Long.class)
                .setParameter("name", draft.name().strip()).setParameter("slug", draft.slug()).getSingleResult();
        if (clashes > 0) {
            boolean slugTaken = !em.createNamedQuery(Tenant.BY_SLUG, Tenant.class).setParameter("slug", draft.slug())
                    .getResultList().isEmpty();
            throw slugTaken ? Refusal.conflict("slug", "a tenant with slug " + draft.slug() + " exists")
                    : Refusal.conflict("name", "a tenant named " + draft.name().strip() + " exists");
        }
        Tenant tenant = new Tenant(context.requireTenant(), draft.name(), draft.slug(), Tier.valueOf(draft.tier()), Instant.now());
        em.persist(tenant);
        audit.record(CREATED, "tenant:" + tenant.getId(), null, tenant.describe());
        publish(CREATED, tenant);
        return tenant;
    }

    /** All tenants for the super-admin; one's own tenant for everybody else. */
    public List<Tenant> visible() {
        if (context.isIn(RoleSet.SUPER_ADMIN)) {
            return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
        }
        return find(context.requireTenant()).stream().toList();
    }

    public Optional<Tenant> find(@NotNull UUID id) {
        if (!context.isIn(RoleSet.SUPER_ADMIN) && !id.equals(context.tenant().orElse(null))) {
            return Optional.empty(); // another tenant's id: as if it did not exist
        }
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    /** Renames a tenant or moves it to another tier (its entitlements follow at once). */
    @Allowed(RoleSet.SUPER_ADMIN)
    public Tenant change(@NotNull UUID id, @NotNull @Valid TenantChanges changes) {
        Tenant tenant = changeable(id);
        String before = tenant.describe();
        if (changes.name() != null && !changes.name().strip().equalsIgnoreCase(tenant.getName())) {
            long clashes = em.createNamedQuery(Tenant.COUNT_BY_NAME_OR_SLUG, Long.class)
                    .setParameter("name", changes.name().strip()).setParameter("slug", "").getSingleResult();
            if (clashes > 0) {
                throw Refusal.conflict("name", "a tenant named " + changes.name().strip() + " exists");
            }
            tenant.rename(changes.name());
        }
        if (changes.tier() != null) {
            tenant.changeTier(Tier.valueOf(changes.tier()));
        }
        audit.record(CHANGED, "tenant:" + id, before, tenant.describe());
        publish(CHANGED, tenant);
        return tenant;
    }

    @Allowed(RoleSet.SUPER_ADMIN)
    public Tenant suspend(@NotNull UUID id) {
        Tenant tenant = changeable(id);
        if (tenant.isMaster()) {
            throw Refusal.invalid("id", "the master tenant cannot be suspended");
        }
        String before = tenant.describe();
        tenant.suspend(Instant.now());
        audit.record(SUSPENDED, "tenant:" + id, before, tenant.describe());
        publish(SUSPENDED, tenant);
        return tenant;
    }

    @Allowed(RoleSet.SUPER_ADMIN)
    public Tenant reactivate(@NotNull UUID id) {
        Tenant tenant = changeable(id);
        String before = tenant.describe();
        tenant.reactivate(Instant.now());
        audit.record(REACTIVATED, "tenant:" + id, before, tenant.describe());
        publish(REACTIVATED, tenant);
        return tenant;
    }

    /** Whether work for this tenant may go on: it exists and is not suspended. */
    public boolean isActive(UUID id) {
        Tenant tenant = em.find(Tenant.class, id);
        return tenant != null && tenant.isActive();
    }

    private Tenant changeable(UUID id) {
        return find(id).orElseThrow(() -> Refusal.notFound("no tenant " + id));
    }

    private void publish(String type, Tenant tenant) {
        DomainEvent event = DomainEvent.of(type, tenant.getId(), Jsonp.createObjectBuilder()
                .add("name", tenant.getName()).add("slug", tenant.getSlug())
                .add("tier", tenant.getTier().name()).add("status", tenant.getStatus().name()).build());
        events.publish(event);
        // observers on this node act as soon as it commits (a suspension ends API access here at once)
        onThisNode.fire(event);
    }
}
