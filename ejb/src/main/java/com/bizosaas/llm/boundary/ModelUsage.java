package com.bizosaas.llm.boundary;

import com.bizosaas.errors.Refusal;
import com.bizosaas.tenancy.control.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The cost dashboard's figures for the caller's tenant (L4): totals, spend by day, model and feature, cache
 * savings and the budgets. For administrators and managers; the super-admin reads another tenant's through
 * {@link com.bizosaas.tenancy.boundary.CrossTenant}.
 */
@Stateless
public class ModelUsage {

    /** Everything the dashboard shows for a period of whole UTC days ending today. */
    public record Report(int days, ModelAccounting.Totals totals, List<ModelAccounting.Slice> byDay,
                         List<ModelAccounting.Slice> byModel, List<ModelAccounting.Slice> byFeature,
                         ModelBudgets.Status budget) {
    }

    @EJB
    ModelAccounting accounting;

    @EJB
    ModelBudgets budgets;

    @Inject
    TenantContext context;

    public Report report(@Min(value = 1, message = "days must be 1 to 366") @Max(value = 366, message = "days must be 1 to 366") int days) {
        if (!context.hasRole("SUPER_ADMIN", "TENANT_ADMIN", "MANAGER")) {
            throw Refusal.forbidden("model usage is for administrators and managers");
        }
        Instant from = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = Instant.now().plusSeconds(1);
        return new Report(days, accounting.totals(from, to),
                accounting.breakdown(ModelAccounting.Dimension.DAY, from, to),
                accounting.breakdown(ModelAccounting.Dimension.MODEL, from, to),
                accounting.breakdown(ModelAccounting.Dimension.FEATURE, from, to),
                budgets.status());
    }
}
