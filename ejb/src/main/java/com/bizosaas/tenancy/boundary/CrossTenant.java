package com.bizosaas.tenancy.boundary;

import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.NewUser;
import com.bizosaas.identity.boundary.Users;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.control.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The super-admin's explicit path into another tenant's data (T3): each use is audited in the agency's
 * trail, then the work runs under the target tenant's row-level security, and the caller's own tenant is
 * restored. There is no policy that lets a bug see across tenants; there is this door, and it is logged.
 */
@Stateless
public class CrossTenant {

    public static final String USERS_VIEWED = "cross-tenant.users.viewed";
    public static final String USER_CREATED = "cross-tenant.user.created";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    Users users;

    public Page<UserAccount> users(@NotNull UUID tenantId, @NotNull @Valid PageRequest page) {
        Tenant target = target(tenantId);
        audit.record(USERS_VIEWED, "tenant:" + tenantId, null, target.getName());
        return within(tenantId, () -> users.list(page));
    }

    /** The first administrator of a new client, or any user of any tenant. */
    public UserAccount createUser(@NotNull UUID tenantId, @NotNull @Valid NewUser draft) {
        Tenant target = target(tenantId);
        audit.record(USER_CREATED, "tenant:" + tenantId, null, target.getName() + ": " + draft.email() + " as " + draft.role());
        return within(tenantId, () -> users.create(draft));
    }

    private Tenant target(UUID tenantId) {
        if (!context.hasRole("SUPER_ADMIN")) {
            throw Refusal.forbidden("only the super-admin works across tenants");
        }
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw Refusal.notFound("no tenant " + tenantId);
        }
        return tenant;
    }

    private <T> T within(UUID tenantId, Supplier<T> work) {
        UUID own = context.requireTenant();
        context.actAs(tenantId);
        try {
            return work.get();
        } finally {
            context.actAs(own);
        }
    }
}
