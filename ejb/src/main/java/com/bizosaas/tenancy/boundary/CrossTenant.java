package com.bizosaas.tenancy.boundary;

import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.NewUser;
import com.bizosaas.identity.boundary.Users;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.llm.boundary.ModelBudgets;
import com.bizosaas.llm.boundary.ModelUsage;
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

import java.math.BigDecimal;
import java.util.List;
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
    public static final String MODEL_USAGE_VIEWED = "cross-tenant.model-usage.viewed";
    public static final String MODEL_BUDGET_SET = "cross-tenant.model-budget.set";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    Users users;

    @EJB
    ModelUsage modelUsage;

    @EJB
    ModelBudgets modelBudgets;

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

    /** Another tenant's model usage and budgets (the super-admin's cost dashboard). */
    public ModelUsage.Report modelUsage(@NotNull UUID tenantId, int days) {
        Tenant target = target(tenantId);
        audit.record(MODEL_USAGE_VIEWED, "tenant:" + tenantId, null, target.getName());
        return within(tenantId, () -> modelUsage.report(days));
    }

    /** Every tenant's model usage combined (the super-admin's cost dashboard, "all tenants"). Audited once. */
    public ModelUsage.Report modelUsageOfAllTenants(int days) {
        if (!context.hasRole("SUPER_ADMIN")) {
            throw Refusal.forbidden("only the super-admin works across tenants");
        }
        audit.record(MODEL_USAGE_VIEWED, "tenant:*", null, "all tenants");
        List<Tenant> all = em.createQuery("select t from Tenant t", Tenant.class).getResultList();
        return ModelUsage.combine(days, all.stream().map(t -> within(t.getId(), () -> modelUsage.report(days))).toList());
    }

    /** Raises or lowers another tenant's model budgets; null returns one to the tier's default. */
    public ModelBudgets.Status setModelBudget(@NotNull UUID tenantId, BigDecimal dailyUsd, BigDecimal monthlyUsd) {
        Tenant target = target(tenantId);
        audit.record(MODEL_BUDGET_SET, "tenant:" + tenantId, null, target.getName() + ": daily " + dailyUsd + ", monthly " + monthlyUsd);
        return within(tenantId, () -> modelBudgets.set(dailyUsd, monthlyUsd));
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
