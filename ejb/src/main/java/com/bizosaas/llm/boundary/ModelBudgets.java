package com.bizosaas.llm.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.llm.entity.ModelBudget;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Model budgets per tenant (L4), per UTC day and calendar month. The tier sets the monthly default
 * ({@link com.bizosaas.tenancy.entity.Tier#monthlyModelBudgetUsd()}) and a tenth of it as the daily one, so one
 * runaway day cannot spend the month. At 80 % a {@value #ALERT} event is published once per period (by
 * {@link AccountingWriter}, as the spend is written); at 100 %
 * calls are refused until the period turns or the budget is raised. Calls that cost nothing (the offline
 * model, cache hits) are never refused.
 */
@Stateless
public class ModelBudgets {

    public static final String ALERT = "llm.budget.alert";
    public static final String CHANGED = "llm.budget.changed";

    /** A tenant's budgets and what it spent of them. */
    public record Status(BigDecimal dailyUsd, BigDecimal monthlyUsd, BigDecimal spentTodayUsd, BigDecimal spentThisMonthUsd,
                         boolean dailyFromTier, boolean monthlyFromTier) {

        /** The same budgets with {@code cost} more spent today and this month. */
        public Status plusSpent(BigDecimal cost) {
            return cost.signum() == 0 ? this : new Status(dailyUsd, monthlyUsd, spentTodayUsd.add(cost),
                    spentThisMonthUsd.add(cost), dailyFromTier, monthlyFromTier);
        }

        public int dailyPercent() {
            return percent(spentTodayUsd, dailyUsd);
        }

        public int monthlyPercent() {
            return percent(spentThisMonthUsd, monthlyUsd);
        }

        private static int percent(BigDecimal spent, BigDecimal budget) {
            return budget.signum() == 0 ? (spent.signum() > 0 ? 100 : 0)
                    : spent.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.DOWN).intValue();
        }
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    Metering metering;

    @Inject
    SpendGuard spendGuard;

    /** The budgets and the spend of today and of this month (every call accounted on this node included). */
    public Status status() {
        metering.awaitWritten();
        LocalDate today = today();
        Object[] row = (Object[]) em.createNativeQuery("""
                select t.tier, b.daily_usd, b.monthly_usd,
                       (select coalesce(sum(cost_usd), 0) from bizosaas.model_spend_day where day = ?1),
                       (select coalesce(sum(cost_usd), 0) from bizosaas.model_spend_day where day between ?2 and ?1)
                from bizosaas.tenant t left join bizosaas.model_budget b on b.tenant_id = t.id
                where t.id = ?3""")
                .setParameter(1, today).setParameter(2, today.withDayOfMonth(1)).setParameter(3, context.requireTenant())
                .getSingleResult();
        BigDecimal tierMonthly = Tier.valueOf((String) row[0]).monthlyModelBudgetUsd();
        BigDecimal ownDaily = money(row[1]);
        BigDecimal ownMonthly = money(row[2]);
        return new Status(ownDaily != null ? ownDaily : tierMonthly.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP),
                ownMonthly != null ? ownMonthly : tierMonthly, money(row[3]), money(row[4]), ownDaily == null, ownMonthly == null);
    }

    /**
     * Refuses a call whose maximum cost does not fit what is left of the day's or the month's budget of
     * {@code status}: a call is never made on the hope that it will answer briefly.
     */
    static void refuseIfCannotCover(Status status, BigDecimal maximum) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        BigDecimal leftThisMonth = status.monthlyUsd().subtract(status.spentThisMonthUsd());
        String cheaper = "; a shorter prompt or a lower max_tokens costs less";
        if (maximum.compareTo(leftThisMonth) > 0) {
            OffsetDateTime nextMonth = now.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            throw Refusal.overBudget("this call may cost up to $" + maximum.toPlainString() + " and $"
                    + leftThisMonth.toPlainString() + " is left of this organisation's monthly model budget of $"
                    + status.monthlyUsd() + cheaper, Duration.between(now, nextMonth).toSeconds());
        }
        BigDecimal leftToday = status.dailyUsd().subtract(status.spentTodayUsd());
        if (maximum.compareTo(leftToday) > 0) {
            OffsetDateTime tomorrow = now.toLocalDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            throw Refusal.overBudget("this call may cost up to $" + maximum.toPlainString() + " and $"
                    + leftToday.toPlainString() + " is left of this organisation's daily model budget of $"
                    + status.dailyUsd() + cheaper, Duration.between(now, tomorrow).toSeconds());
        }
    }

    /** Refuses when the day's or the month's budget of {@code status} is used up. */
    static void refuseIfSpent(Status status) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (status.spentThisMonthUsd().compareTo(status.monthlyUsd()) >= 0) {
            OffsetDateTime nextMonth = now.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            throw Refusal.overBudget("this organisation's monthly model budget of $" + status.monthlyUsd()
                    + " is used up ($" + status.spentThisMonthUsd() + " spent); it renews on " + nextMonth.toLocalDate()
                    + " (UTC) or when an administrator raises it", Duration.between(now, nextMonth).toSeconds());
        }
        if (status.spentTodayUsd().compareTo(status.dailyUsd()) >= 0) {
            OffsetDateTime tomorrow = now.toLocalDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            throw Refusal.overBudget("this organisation's daily model budget of $" + status.dailyUsd()
                    + " is used up ($" + status.spentTodayUsd() + " spent); it renews at midnight UTC"
                    + " or when an administrator raises it", Duration.between(now, tomorrow).toSeconds());
        }
    }

    /**
     * Sets the tenant's budgets; null returns a budget to the tier's default. Tenant administrators and the
     * super-admin only; a tenant administrator up to the tier's monthly budget, the super-admin beyond it; the daily
     * budget never above the monthly one. Audited.
     */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Status set(@DecimalMin(value = "0", message = "daily budget must not be negative")
                      @Digits(integer = 10, fraction = 2, message = "daily budget must be at most 9999999999.99 USD, in cents")
                      BigDecimal dailyUsd,
                      @DecimalMin(value = "0", message = "monthly budget must not be negative")
                      @Digits(integer = 10, fraction = 2, message = "monthly budget must be at most 9999999999.99 USD, in cents")
                      BigDecimal monthlyUsd) {
        Status before = status();
        BigDecimal tierMonthly = em.find(Tenant.class, context.requireTenant()).getTier().monthlyModelBudgetUsd();
        if (!context.isIn(RoleSet.SUPER_ADMIN)) {
            // the tier's budget is what the organisation pays for: more is the agency's decision (LLM10)
            refuseAbove("monthlyUsd", "monthly", monthlyUsd, tierMonthly);
            refuseAbove("dailyUsd", "daily", dailyUsd, tierMonthly);
        }
        BigDecimal monthly = monthlyUsd != null ? monthlyUsd : tierMonthly;
        if (dailyUsd != null && dailyUsd.compareTo(monthly) > 0) {
            throw Refusal.invalid("dailyUsd", "the daily budget ($" + dailyUsd.toPlainString() + ") must not be above the"
                    + " monthly one ($" + monthly.toPlainString() + ")");
        }
        ownBudget().setLimits(dailyUsd, monthlyUsd);
        em.flush();
        spendGuard.forget(context.requireTenant());
        Status after = status();
        audit.record(CHANGED, "tenant:" + context.requireTenant(), "daily $" + before.dailyUsd() + ", monthly $" + before.monthlyUsd(),
                "daily $" + after.dailyUsd() + ", monthly $" + after.monthlyUsd());
        return after;
    }

    private static void refuseAbove(String field, String period, BigDecimal asked, BigDecimal tierMonthly) {
        if (asked != null && asked.compareTo(tierMonthly) > 0) {
            throw Refusal.invalid(field, "the " + period + " budget may be at most $" + tierMonthly.toPlainString()
                    + ", the monthly model budget of this organisation's tier; the agency can set a larger one");
        }
    }

    private ModelBudget ownBudget() {
        ModelBudget own = em.find(ModelBudget.class, context.requireTenant());
        if (own == null) {
            own = new ModelBudget(context.requireTenant());
            em.persist(own);
        }
        return own;
    }

    private static BigDecimal money(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
