package com.bizosaas.llm.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cost dashboard's figures for the caller's tenant (L4): totals, spend by day, model and feature, cache
 * savings and the budgets. For administrators and managers; the super-admin reads another tenant's through
 * {@link TenantCosts}.
 */
@Stateless
public class ModelUsage {

    /**
     * Everything the dashboard shows for a period of whole UTC days ending today; {@code budget} is null for several
     * tenants combined.
     */
    public record Report(int days, ModelAccounting.Totals totals, List<ModelAccounting.Slice> byDay,
                         List<ModelAccounting.Slice> byModel, List<ModelAccounting.Slice> byFeature,
                         ModelBudgets.Status budget) {
    }

    /** Several tenants' reports as one (the super-admin's "all tenants"); it has no budget. */
    public static Report combine(int days, List<Report> reports) {
        long calls = 0, prompt = 0, completion = 0, savedTokens = 0, hits = 0, fallbacks = 0, offline = 0;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal saved = BigDecimal.ZERO;
        for (Report r : reports) {
            ModelAccounting.Totals t = r.totals();
            calls += t.calls();
            prompt += t.promptTokens();
            completion += t.completionTokens();
            savedTokens += t.savedTokens();
            hits += t.cacheHits();
            fallbacks += t.fallbacks();
            offline += t.offline();
            cost = cost.add(t.costUsd());
            saved = saved.add(t.savedUsd());
        }
        ModelAccounting.Totals totals = new ModelAccounting.Totals(calls, prompt, completion, cost, saved, savedTokens, hits,
                fallbacks, offline);
        Comparator<ModelAccounting.Slice> byCost = Comparator.comparing(ModelAccounting.Slice::costUsd).reversed()
                .thenComparing(ModelAccounting.Slice::label);
        return new Report(days, totals,
                merge(reports.stream().flatMap(r -> r.byDay().stream()), Comparator.comparing(ModelAccounting.Slice::label)),
                merge(reports.stream().flatMap(r -> r.byModel().stream()), byCost),
                merge(reports.stream().flatMap(r -> r.byFeature().stream()), byCost), null);
    }

    private static List<ModelAccounting.Slice> merge(Stream<ModelAccounting.Slice> slices, Comparator<ModelAccounting.Slice> order) {
        Map<String, ModelAccounting.Slice> byLabel = new LinkedHashMap<>();
        slices.forEach(s -> byLabel.merge(s.label(), s, (a, b) -> new ModelAccounting.Slice(a.label(), a.calls() + b.calls(),
                a.tokens() + b.tokens(), a.costUsd().add(b.costUsd()), a.savedUsd().add(b.savedUsd()))));
        return byLabel.values().stream().sorted(order).toList();
    }

    @EJB
    ModelAccounting accounting;

    @EJB
    ModelBudgets budgets;

    @Inject
    TenantContext context;

    @Allowed(RoleSet.OPERATORS)
    public Report report(@Min(value = 1, message = "days must be 1 to 366") @Max(value = 366, message = "days must be 1 to 366") int days) {
        Instant from = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = Instant.now().plusSeconds(1);
        return new Report(days, accounting.totals(from, to),
                accounting.breakdown(ModelAccounting.Dimension.DAY, from, to),
                accounting.breakdown(ModelAccounting.Dimension.MODEL, from, to),
                accounting.breakdown(ModelAccounting.Dimension.FEATURE, from, to),
                budgets.status());
    }
}
