package com.bizosaas.llm.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Accounting reports (L4): totals and breakdowns of the calls {@link AccountingWriter} wrote. Reports read the
 * caller's tenant only, after this node's pending calls are written ({@link Metering#awaitWritten}); the
 * super-admin reads others through the audited cross-tenant path.
 */
@Stateless
public class ModelAccounting {

    /** Totals of a period. */
    public record Totals(long calls, long promptTokens, long completionTokens, BigDecimal costUsd,
                         BigDecimal savedUsd, long savedTokens, long cacheHits, long fallbacks, long offline) {

        public double hitRate() {
            return calls == 0 ? 0 : (double) cacheHits / calls;
        }
    }

    /** One bar of a chart: a label (day, model, feature) and its figures. */
    public record Slice(String label, long calls, long tokens, BigDecimal costUsd, BigDecimal savedUsd) {
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    Metering metering;

    public Totals totals(Instant from, Instant to) {
        metering.awaitWritten();
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0),
                       coalesce(sum(cost_usd), 0), coalesce(sum(saved_usd), 0), coalesce(sum(saved_tokens), 0),
                       count(*) filter (where cache_hit), count(*) filter (where fallback_used),
                       count(*) filter (where provider = 'offline')
                from bizosaas.model_call where occurred_at >= ?1 and occurred_at < ?2""")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        return new Totals(n(row[0]), n(row[1]), n(row[2]), money(row[3]), money(row[4]), n(row[5]), n(row[6]), n(row[7]),
                n(row[8]));
    }

    /** Spend by day, model or feature between two instants, largest cost first for models and features. */
    public List<Slice> breakdown(Dimension by, Instant from, Instant to) {
        metering.awaitWritten();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + by.expression + """
                 as label, count(*), coalesce(sum(prompt_tokens + completion_tokens), 0), coalesce(sum(cost_usd), 0),
                 coalesce(sum(saved_usd), 0)
                from bizosaas.model_call where occurred_at >= ?1 and occurred_at < ?2
                group by 1 order by""" + " " + by.order)
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new Slice(String.valueOf(r[0]), n(r[1]), n(r[2]), money(r[3]), money(r[4]))).toList();
    }

    /** What a breakdown groups by. The expressions are constants: nothing of a request reaches the SQL. */
    public enum Dimension {
        DAY("to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD')", "1"),
        MODEL("provider || ':' || model", "4 desc, 1"),
        FEATURE("feature", "4 desc, 1");

        private final String expression;
        private final String order;

        Dimension(String expression, String order) {
            this.expression = expression;
            this.order = order;
        }
    }

    /** The spend recorded per day, summed (the budget's view), for checking it against the calls. */
    public BigDecimal spendBetween(LocalDate firstDay, LocalDate lastDay) {
        metering.awaitWritten();
        return money(em.createNativeQuery(
                        "select coalesce(sum(cost_usd), 0) from bizosaas.model_spend_day where day between ?1 and ?2")
                .setParameter(1, firstDay).setParameter(2, lastDay).getSingleResult());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
