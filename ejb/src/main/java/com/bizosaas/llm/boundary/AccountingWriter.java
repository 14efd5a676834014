package com.bizosaas.llm.boundary;

import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.entity.ModelBudget;
import com.bizosaas.llm.entity.ModelCall;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.access.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the accounting (L4) that {@link Metering} hands over: every call's row and the tenant's spend of the
 * day, batch by batch, then the 80 % budget alerts. A singleton that {@link Metering} depends on, so that it is
 * still running while {@link Metering} writes what it holds as the server stops. Only the metering thread
 * calls it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccountingWriter {

    private static final BigDecimal ALERT_SHARE = new BigDecimal("0.8");
    /** The columns of a call's row, as {@link #insertRows} writes them; the two that may be null are cast. */
    private static final int ROW_COLUMNS = 17;
    private static final int AGENT_COLUMN = 5;
    private static final int FAILURES_COLUMN = 17;

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @Inject
    EventPublisher events;

    @Resource
    SessionContext session;

    /** A call to account, with the budget status read before it (null when it could cost nothing), for the 80 % alert. */
    public record Metered(ModelCall call, ModelBudgets.Status before) {

        @Override
        public String toString() {
            return "call of tenant " + call.getTenantId() + " at " + call.getOccurredAt() + " to " + call.getProvider()
                    + ":" + call.getModel() + ", $" + call.getCostUsd();
        }
    }

    /**
     * Writes a batch handed over by {@link Metering}: each tenant's calls and spend per day under that tenant's
     * row-level security, all in one transaction that does not wait for the disk ({@code synchronous_commit =
     * off}: a crash of PostgreSQL itself loses at most its last fraction of a second of metering).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAll(List<Metered> batch) {
        em.createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
        Map<UUID, List<Metered>> byTenant = batch.stream()
                .collect(Collectors.groupingBy(m -> m.call().getTenantId(), LinkedHashMap::new, Collectors.toList()));
        AccountingWriter self = session.getBusinessObject(AccountingWriter.class);
        byTenant.forEach((tenant, calls) -> {
            // through the bean, so that the transaction moves to this tenant (TenantTransactions)
            context.enterAsPlatform(tenant, "metering", null);
            self.recordOfTenant(calls);
        });
    }

    /** One tenant's part of {@link #recordAll}; joins its transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordOfTenant(List<Metered> calls) {
        insertRows(calls.stream().map(Metered::call).toList());
        Map<LocalDate, BigDecimal> costPerDay = new TreeMap<>();
        Map<LocalDate, Integer> callsPerDay = new TreeMap<>();
        for (Metered metered : calls) {
            ModelCall call = metered.call();
            LocalDate day = LocalDate.ofInstant(call.getOccurredAt(), ZoneOffset.UTC);
            costPerDay.merge(day, call.getCostUsd(), BigDecimal::add);
            callsPerDay.merge(day, 1, Integer::sum);
            if (metered.before() != null && call.getCostUsd().signum() > 0) {
                alertIfNear(day, metered.before(), call.getCostUsd());
            }
        }
        UUID tenant = calls.get(0).call().getTenantId();
        costPerDay.forEach((day, cost) -> em.createNativeQuery("""
                insert into bizosaas.model_spend_day as s (tenant_id, day, cost_usd, calls) values (?1, ?2, ?3, ?4)
                on conflict (tenant_id, day) do update set cost_usd = s.cost_usd + excluded.cost_usd,
                                                          calls = s.calls + excluded.calls""")
                .setParameter(1, tenant).setParameter(2, day).setParameter(3, cost).setParameter(4, callsPerDay.get(day))
                .executeUpdate());
    }

    /**
     * The calls' rows in one statement: a persist per row would be a round trip per row, and the writer's work
     * competes for the processor with the calls being answered. The columns are {@link ModelCall}'s mapping.
     */
    private void insertRows(List<ModelCall> calls) {
        StringBuilder sql = new StringBuilder("insert into bizosaas.model_call (id, tenant_id, occurred_at, feature,"
                + " agent_id, provider, model, tier, prompt_tokens, completion_tokens, cost_usd, saved_usd, saved_tokens,"
                + " latency_ms, cache_hit, fallback_used, failures) values ");
        for (int row = 0; row < calls.size(); row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= ROW_COLUMNS; column++) {
                String parameter = "?" + (row * ROW_COLUMNS + column);
                sql.append(column == 1 ? "" : ", ").append(column == AGENT_COLUMN ? "cast(" + parameter + " as uuid)"
                        : column == FAILURES_COLUMN ? "cast(" + parameter + " as text)" : parameter);
            }
            sql.append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        int parameter = 0;
        for (ModelCall call : calls) {
            for (Object value : new Object[]{call.getId(), call.getTenantId(), call.getOccurredAt(), call.getFeature(),
                    call.getAgentId(), call.getProvider(), call.getModel(), call.getTier(), call.getPromptTokens(),
                    call.getCompletionTokens(), call.getCostUsd(), call.getSavedUsd(), call.getSavedTokens(),
                    call.getLatencyMs(), call.isCacheHit(), call.isFallbackUsed(), call.getFailures()}) {
                insert.setParameter(++parameter, value);
            }
        }
        insert.executeUpdate();
    }

    /**
     * Publishes the 80 % alert, once per day and once per month, when the spend read before a call plus its cost
     * reaches it; reads nothing more while the spend is below 80 %.
     */
    private void alertIfNear(LocalDate day, ModelBudgets.Status before, BigDecimal cost) {
        ModelBudgets.Status status = before.plusSpent(cost);
        boolean dayNear = status.spentTodayUsd().compareTo(status.dailyUsd().multiply(ALERT_SHARE)) >= 0;
        boolean monthNear = status.spentThisMonthUsd().compareTo(status.monthlyUsd().multiply(ALERT_SHARE)) >= 0;
        if (!dayNear && !monthNear) {
            return;
        }
        UUID tenant = context.requireTenant();
        ModelBudget own = em.find(ModelBudget.class, tenant);
        if (own == null) {
            own = new ModelBudget(tenant);
            em.persist(own);
        }
        if (dayNear && own.firstAlertOfDay(day)) {
            publishAlert("day", status.spentTodayUsd(), status.dailyUsd());
        }
        if (monthNear && own.firstAlertOfMonth(day.withDayOfMonth(1))) {
            publishAlert("month", status.spentThisMonthUsd(), status.monthlyUsd());
        }
    }

    private void publishAlert(String period, BigDecimal spent, BigDecimal budget) {
        events.publish(DomainEvent.of(ModelBudgets.ALERT, context.requireTenant(), Jsonp.createObjectBuilder()
                .add("period", period).add("spentUsd", spent).add("budgetUsd", budget).build()));
    }
}
