package com.bizosaas.agents.monitoring.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.entity.Alert;
import com.bizosaas.agents.entity.AlertRule;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Alert rules on agents' results (A7) and the alerts they raise. Administrators keep the rules; everyone of the
 * tenant sees the alerts, managers and administrators acknowledge them. {@link #evaluate} — run for each tenant by
 * {@link AlertWatch} — fires a rule once when its condition starts to hold (an alert, the domain event
 * {@value #FIRED}) and resolves it when it stops ({@value #RESOLVED}).
 */
@Stateless
public class AlertRules {

    public static final String FIRED = "agent.alert.fired";
    public static final String RESOLVED = "agent.alert.resolved";

    /** What one evaluation saw for a rule. */
    public record Reading(long finished, long succeeded, long failed, Double p95Millis) {
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    Agents agents;

    @EJB
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Allowed(RoleSet.ADMINISTRATORS)
    public AlertRule create(@NotBlank(message = "name is required") @Size(max = 120, message = "name must be at most 120 characters") String name,
                            UUID agentId,
                            @NotNull(message = "metric is required (SUCCESS_RATE_BELOW, FAILURES_AT_LEAST or P95_ABOVE_MS)") AlertRule.Metric metric,
                            @NotNull(message = "threshold is required") BigDecimal threshold,
                            @Min(value = 5, message = "windowMinutes must be 5 to 10080 (a week)")
                            @Max(value = 10080, message = "windowMinutes must be 5 to 10080 (a week)") int windowMinutes,
                            @Min(value = 1, message = "minTasks must be 1 to 10000")
                            @Max(value = 10000, message = "minTasks must be 1 to 10000") int minTasks) {
        if (agentId != null) {
            agents.require(agentId);
        }
        switch (metric) {
            case SUCCESS_RATE_BELOW -> {
                if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
                    throw Refusal.invalid("threshold", "a success rate threshold is a share above 0 and at most 1 (0.9 = 90 %)");
                }
            }
            case FAILURES_AT_LEAST, P95_ABOVE_MS -> {
                if (threshold.compareTo(BigDecimal.ONE) < 0 || threshold.compareTo(new BigDecimal("100000000")) > 0) {
                    throw Refusal.invalid("threshold", "the threshold must be a count or milliseconds from 1 to 100000000");
                }
            }
        }
        boolean taken = !em.createQuery("select r.id from AlertRule r where r.name = :name", UUID.class)
                .setParameter("name", name.strip()).getResultList().isEmpty();
        if (taken) {
            throw Refusal.conflict("name", "there is already an alert rule named " + name.strip());
        }
        AlertRule rule = new AlertRule(context.requireTenant(), name.strip(), agentId, metric, threshold, windowMinutes,
                minTasks, context.actor(), Instant.now());
        em.persist(rule);
        try {
            em.flush();
        } catch (PersistenceException sameMoment) {
            throw Refusal.conflict("name", "there is already an alert rule named " + name.strip());
        }
        audit.record("agent.alert-rule.created", "alert-rule:" + rule.getId(), null, describe(rule));
        return rule;
    }

    public Page<AlertRule> rules(@NotNull @Valid PageRequest page) {
        List<AlertRule> items = em.createQuery("select r from AlertRule r order by r.name", AlertRule.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, em.createQuery("select count(r) from AlertRule r", Long.class).getSingleResult());
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public void delete(@NotNull UUID ruleId) {
        AlertRule rule = em.find(AlertRule.class, ruleId);
        if (rule == null) {
            throw Refusal.notFound("no alert rule " + ruleId);
        }
        em.remove(rule);
        audit.record("agent.alert-rule.deleted", "alert-rule:" + ruleId, describe(rule), null);
    }

    /** The tenant's alerts, newest first; {@code open}: only those not yet resolved. */
    public Page<Alert> alerts(boolean open, @NotNull @Valid PageRequest page) {
        String where = open ? " where a.resolvedAt is null" : "";
        List<Alert> items = em.createQuery("select a from Alert a" + where + " order by a.firedAt desc", Alert.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, em.createQuery("select count(a) from Alert a" + where, Long.class).getSingleResult());
    }

    @Allowed(RoleSet.OPERATORS)
    public Alert acknowledge(@NotNull UUID alertId) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw Refusal.notFound("no alert " + alertId);
        }
        if (alert.getAcknowledgedBy() != null) {
            throw Refusal.conflict("alert", "already acknowledged by " + alert.getAcknowledgedBy());
        }
        alert.acknowledge(context.actor(), Instant.now());
        return alert;
    }

    /**
     * Looks at every rule of the caller's tenant; returns how many fired. A rule whose condition holds and was not
     * firing fires; one that was firing and no longer holds (or has too few finished tasks) resolves.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int evaluate(Instant now) {
        int fired = 0;
        for (AlertRule rule : em.createQuery("select r from AlertRule r", AlertRule.class).getResultList()) {
            Reading reading = read(rule, now);
            BigDecimal observed = observed(rule, reading);
            boolean holds = reading.finished() >= rule.getMinTasks() && observed != null && rule.breachedBy(observed);
            if (holds && !rule.isFiring()) {
                rule.setFiring(true);
                Alert alert = new Alert(rule, message(rule, reading, observed), observed, now);
                em.persist(alert);
                publish(FIRED, rule, alert);
                fired++;
            } else if (!holds && rule.isFiring()) {
                rule.setFiring(false);
                List<Alert> open = em.createQuery("select a from Alert a where a.ruleId = :rule and a.resolvedAt is null",
                        Alert.class).setParameter("rule", rule.getId()).getResultList();
                open.forEach(a -> a.resolve(now));
                open.forEach(a -> publish(RESOLVED, rule, a));
            }
        }
        return fired;
    }

    private Reading read(AlertRule rule, Instant now) {
        String agentFilter = rule.getAgentId() == null ? "" : " and agent_id = cast(?2 as uuid)";
        var query = em.createNativeQuery("""
                select count(*), count(*) filter (where state = 'SUCCEEDED'), count(*) filter (where state = 'FAILED'),
                       percentile_cont(0.95) within group (order by extract(epoch from finished_at - started_at) * 1000)
                           filter (where started_at is not null)
                from bizosaas.agent_task where state in ('SUCCEEDED', 'FAILED') and finished_at >= ?1""" + agentFilter)
                .setParameter(1, now.minus(rule.getWindowMinutes(), ChronoUnit.MINUTES));
        if (rule.getAgentId() != null) {
            query.setParameter(2, rule.getAgentId().toString());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Reading(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                row[3] == null ? null : ((Number) row[3]).doubleValue());
    }

    private static BigDecimal observed(AlertRule rule, Reading reading) {
        return switch (rule.getMetric()) {
            case SUCCESS_RATE_BELOW -> reading.finished() == 0 ? null
                    : BigDecimal.valueOf(reading.succeeded()).divide(BigDecimal.valueOf(reading.finished()), 4, RoundingMode.HALF_UP);
            case FAILURES_AT_LEAST -> BigDecimal.valueOf(reading.failed());
            case P95_ABOVE_MS -> reading.p95Millis() == null ? null : BigDecimal.valueOf(reading.p95Millis()).setScale(1, RoundingMode.HALF_UP);
        };
    }

    private String message(AlertRule rule, Reading reading, BigDecimal observed) {
        String scope = rule.getAgentId() == null ? "all agents" : agents.find(rule.getAgentId()).map(a -> a.getName()).orElse("an agent");
        String over = " over the last " + rule.getWindowMinutes() + " min (" + reading.finished() + " finished tasks) — "
                + scope + ", rule \"" + rule.getName() + "\"";
        return switch (rule.getMetric()) {
            case SUCCESS_RATE_BELOW -> "Success rate " + percent(observed) + " is below " + percent(rule.getThreshold()) + over;
            case FAILURES_AT_LEAST -> observed.toPlainString() + " tasks failed (alert at " + rule.getThreshold().stripTrailingZeros().toPlainString() + ")" + over;
            case P95_ABOVE_MS -> "p95 run time " + observed.toPlainString() + " ms is above " + rule.getThreshold().stripTrailingZeros().toPlainString() + " ms" + over;
        };
    }

    private void publish(String type, AlertRule rule, Alert alert) {
        events.publish(DomainEvent.of(type, rule.getTenantId(), Jsonp.createObjectBuilder()
                .add("alertId", alert.getId().toString()).add("ruleId", rule.getId().toString())
                .add("rule", rule.getName()).add("message", alert.getMessage())
                .add("observed", alert.getObserved()).build()));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    private static String describe(AlertRule rule) {
        return rule.getName() + ": " + rule.getMetric() + " " + rule.getThreshold().stripTrailingZeros().toPlainString()
                + " over " + rule.getWindowMinutes() + " min, at least " + rule.getMinTasks() + " tasks"
                + (rule.getAgentId() == null ? ", all agents" : ", agent " + rule.getAgentId());
    }
}
