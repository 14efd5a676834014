package com.bizosaas.llm.boundary;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelUsageTest {

    private static ModelAccounting.Slice slice(String label, long calls, String cost) {
        return new ModelAccounting.Slice(label, calls, calls * 10, new BigDecimal(cost), BigDecimal.ZERO);
    }

    private static ModelUsage.Report report(long calls, String cost, List<ModelAccounting.Slice> byDay,
                                            List<ModelAccounting.Slice> byModel) {
        ModelAccounting.Totals totals = new ModelAccounting.Totals(calls, calls * 7, calls * 3, new BigDecimal(cost),
                new BigDecimal("0.5"), calls, 1, 0, 2);
        return new ModelUsage.Report(7, totals, byDay, byModel, List.of(), null);
    }

    @Test
    void combiningTenantsAddsTotalsAndMergesSlicesByLabel() {
        ModelUsage.Report a = report(3, "1.50", List.of(slice("2026-11-21", 1, "0.50"), slice("2026-11-22", 2, "1.00")),
                List.of(slice("openai:gpt-4o", 3, "1.50")));
        ModelUsage.Report b = report(2, "4.00", List.of(slice("2026-11-22", 2, "4.00")),
                List.of(slice("anthropic:claude", 1, "3.00"), slice("openai:gpt-4o", 1, "1.00")));

        ModelUsage.Report all = ModelUsage.combine(7, List.of(a, b));

        assertThat(all.totals().calls()).isEqualTo(5);
        assertThat(all.totals().costUsd()).isEqualByComparingTo("5.50");
        assertThat(all.totals().savedUsd()).isEqualByComparingTo("1.0");
        assertThat(all.totals().promptTokens()).isEqualTo(35);
        assertThat(all.totals().offline()).isEqualTo(4);
        assertThat(all.byDay()).extracting(ModelAccounting.Slice::label).containsExactly("2026-11-21", "2026-11-22");
        assertThat(all.byDay().get(1).costUsd()).isEqualByComparingTo("5.00");
        assertThat(all.byDay().get(1).calls()).isEqualTo(4);
        // models by cost, largest first
        assertThat(all.byModel()).extracting(ModelAccounting.Slice::label).containsExactly("anthropic:claude", "openai:gpt-4o");
        assertThat(all.byModel().get(1).costUsd()).isEqualByComparingTo("2.50");
        assertThat(all.budget()).as("several tenants have no one budget").isNull();
    }

    @Test
    void combiningNoTenantsIsAnEmptyReport() {
        ModelUsage.Report none = ModelUsage.combine(30, List.of());

        assertThat(none.totals().calls()).isZero();
        assertThat(none.totals().hitRate()).isZero();
        assertThat(none.byDay()).isEmpty();
    }
}
