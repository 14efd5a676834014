package com.bizosaas.tenancy.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The super-admin's one door into another tenant's data (T3). Each passage is recorded in the agency's audit
 * trail first, then the work runs under the target tenant's row-level security and the caller's own tenant comes
 * back, however the work ends. There is no policy that lets a bug see across tenants; there is this door, and it is
 * logged. Domains call it with work that calls their own beans (a bean call is what applies the tenant to the
 * transaction), e.g. {@code crossTenant.within(id, "cross-tenant.users.viewed", null, () -> users.list(page))}.
 */
@Stateless
@Allowed(RoleSet.SUPER_ADMIN)
public class CrossTenant {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    /**
     * Runs {@code work} as tenant {@code tenantId}, audited as {@code action} on "tenant:&lt;id&gt;" with the tenant's
     * name and {@code detail}; 404 for an unknown tenant.
     */
    public <T> T within(@NotNull UUID tenantId, @NotBlank String action, String detail, @NotNull Supplier<T> work) {
        Tenant target = em.find(Tenant.class, tenantId);
        if (target == null) {
            throw Refusal.notFound("no tenant " + tenantId);
        }
        audit.record(action, "tenant:" + tenantId, null, detail == null ? target.getName() : target.getName() + ": " + detail);
        return context.runAs(tenantId, work);
    }

    /** Runs {@code work} once as each tenant, in turn; audited once, as {@code action} on "tenant:*". */
    public <T> List<T> acrossAll(@NotBlank String action, @NotNull Supplier<T> work) {
        audit.record(action, "tenant:*", null, "all tenants");
        List<UUID> all = em.createQuery("select t.id from Tenant t order by t.createdAt", UUID.class).getResultList();
        return all.stream().map(tenant -> context.runAs(tenant, work)).toList();
    }
}
