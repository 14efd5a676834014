package com.bizosaas.llm.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.tenancy.boundary.CrossTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The model costs of a tenant the super-admin names, or of all of them together (the cost dashboard's tenant
 * chooser): {@link ModelUsage} and {@link ModelBudgets} reached through the audited cross-tenant door.
 */
@Stateless
@Allowed(RoleSet.SUPER_ADMIN)
public class TenantCosts {

    public static final String VIEWED = "cross-tenant.model-usage.viewed";
    public static final String BUDGET_SET = "cross-tenant.model-budget.set";

    @EJB
    CrossTenant crossTenant;

    @EJB
    ModelUsage usage;

    @EJB
    ModelBudgets budgets;

    public ModelUsage.Report usage(@NotNull UUID tenantId, int days) {
        return crossTenant.within(tenantId, VIEWED, null, () -> usage.report(days));
    }

    /** Every tenant's usage combined ("all tenants"); audited once. */
    public ModelUsage.Report usageOfAllTenants(int days) {
        return ModelUsage.combine(days, crossTenant.acrossAll(VIEWED, () -> usage.report(days)));
    }

    /** Raises or lowers another tenant's budgets; null returns one to the tier's default. */
    public ModelBudgets.Status setBudget(@NotNull UUID tenantId, BigDecimal dailyUsd, BigDecimal monthlyUsd) {
        return crossTenant.within(tenantId, BUDGET_SET, "daily " + dailyUsd + ", monthly " + monthlyUsd,
                () -> budgets.set(dailyUsd, monthlyUsd));
    }
}
