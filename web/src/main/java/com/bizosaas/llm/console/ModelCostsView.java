package com.bizosaas.llm.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.llm.boundary.TenantCosts;
import com.bizosaas.console.Messages;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.llm.boundary.ModelBudgets;
import com.bizosaas.llm.boundary.ModelUsage;
import com.bizosaas.llm.boundary.SemanticCache;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The cost dashboard (L4): a tenant's model calls, tokens, cost and cache savings by day, model and feature,
 * and its budgets. A tenant administrator sees its own tenant; the super-admin may pick any, or all of them
 * combined, each look going through the audited cross-tenant path.
 */
@Named
@ViewScoped
public class ModelCostsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ModelUsage usage;

    @EJB
    ModelBudgets budgets;

    @EJB
    TenantCosts tenantCosts;

    @EJB
    Tenants tenants;

    @Inject
    SemanticCache cache;

    @Inject
    ConsoleSession session;

    /** The choice "all tenants" in the tenant menu. */
    public static final UUID ALL_TENANTS = new UUID(0, 0);

    private int days = 30;
    private UUID tenantId;
    private List<Tenant> choices = List.of();
    private transient ModelUsage.Report report;
    private BigDecimal dailyUsd;
    private BigDecimal monthlyUsd;

    @PostConstruct
    void init() {
        if (session.isIn(RoleSet.SUPER_ADMIN)) {
            choices = tenants.visible();
        }
        refresh();
    }

    public void refresh() {
        if (isAllTenants()) {
            report = tenantCosts.usageOfAllTenants(days);
            return;
        }
        report = isOwnTenant() ? usage.report(days) : tenantCosts.usage(tenantId, days);
        dailyUsd = report.budget().dailyFromTier() ? null : report.budget().dailyUsd();
        monthlyUsd = report.budget().monthlyFromTier() ? null : report.budget().monthlyUsd();
    }

    public void saveBudget() {
        Messages.attempt(() -> {
            ModelBudgets.Status status = isOwnTenant() ? budgets.set(dailyUsd, monthlyUsd)
                    : tenantCosts.setBudget(tenantId, dailyUsd, monthlyUsd);
            return "Budgets saved: $" + status.dailyUsd() + " a day, $" + status.monthlyUsd() + " a month";
        });
        refresh();
    }

    public void clearCache() {
        Messages.attempt(() -> cache.invalidate() + " cached answers forgotten");
        refresh();
    }

    public boolean isOwnTenant() {
        return tenantId == null;
    }

    public boolean isAllTenants() {
        return ALL_TENANTS.equals(tenantId);
    }

    public UUID getAllTenantsChoice() {
        return ALL_TENANTS;
    }

    public ModelUsage.Report getReport() {
        if (report == null) {
            refresh(); // after the view was restored on another node of the cluster
        }
        return report;
    }

    public String getByDayChart() {
        return Charts.costBars(getReport().byDay());
    }

    public String getByModelChart() {
        return Charts.callsDoughnut(getReport().byModel());
    }

    public String getByFeatureChart() {
        return Charts.costBars(getReport().byFeature());
    }

    public String getHitRate() {
        return String.format("%.0f %%", 100 * getReport().totals().hitRate());
    }

    public List<Tenant> getChoices() {
        return choices;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public void setTenantId(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public BigDecimal getDailyUsd() {
        return dailyUsd;
    }

    public void setDailyUsd(BigDecimal dailyUsd) {
        this.dailyUsd = dailyUsd;
    }

    public BigDecimal getMonthlyUsd() {
        return monthlyUsd;
    }

    public void setMonthlyUsd(BigDecimal monthlyUsd) {
        this.monthlyUsd = monthlyUsd;
    }
}
