package com.bizosaas.tenancy.control;

import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/**
 * Background work done tenant by tenant (timers): each active tenant in turn becomes the tenant of the work's
 * transactions, so its row-level security applies, as the platform acting in it. One tenant's failure is logged
 * and does not keep the others from their turn.
 */
@ApplicationScoped
public class ActiveTenants {

    private static final Logger LOG = Logger.getLogger(ActiveTenants.class.getName());

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    /** Runs {@code work} for each active tenant as {@code actor}; returns the sum of what it returned. */
    public int sum(String actor, IntSupplier work) {
        // the tenant registry is the platform's, not tenant data: readable without a tenant
        List<UUID> active = em.createQuery("select t.id from Tenant t where t.status = :active", UUID.class)
                .setParameter("active", TenantStatus.ACTIVE).getResultList();
        int sum = 0;
        for (UUID tenant : active) {
            context.enterAsPlatform(tenant, actor, null);
            try {
                sum += work.getAsInt();
            } catch (RuntimeException e) {
                LOG.warning(() -> actor + " skipped tenant " + tenant + " this time: " + e);
            }
        }
        return sum;
    }
}
