package com.bizosaas.agents.monitoring.boundary;

import com.bizosaas.llm.boundary.Metering;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Monitoring (A7), per agent of the caller's tenant over the last days: tasks run, how many succeeded and failed,
 * the success rate, p50 and p95 of the time from start to finish, and the tokens and cost the gateway accounted
 * to the agent. Row-level security keeps it to the tenant.
 */
@Stateless
public class AgentMonitoring {

    /** One agent's figures; {@code agentId} null for the tenant's total. */
    public record AgentStats(String agentId, String agent, long tasks, long succeeded, long failed, double successRate,
                             Double p50Millis, Double p95Millis, long tokens, BigDecimal costUsd) {
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    Metering metering;

    /** Per agent, most tasks first, and the tenant's total last. */
    public List<AgentStats> lastDays(@Min(value = 1, message = "days must be 1 to 90") @Max(value = 90, message = "days must be 1 to 90") int days) {
        Instant since = Instant.now().minus(days, ChronoUnit.DAYS);
        metering.awaitWritten();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with runs as (
                    select t.agent_id, count(*) as tasks,
                           count(*) filter (where t.state = 'SUCCEEDED') as succeeded,
                           count(*) filter (where t.state = 'FAILED') as failed,
                           percentile_cont(0.5) within group (order by extract(epoch from t.finished_at - t.started_at) * 1000)
                               filter (where t.finished_at is not null and t.started_at is not null) as p50,
                           percentile_cont(0.95) within group (order by extract(epoch from t.finished_at - t.started_at) * 1000)
                               filter (where t.finished_at is not null and t.started_at is not null) as p95
                    from bizosaas.agent_task t where t.queued_at >= ?1
                    group by grouping sets ((t.agent_id), ())),
                spend as (
                    select c.agent_id, sum(c.prompt_tokens + c.completion_tokens) as tokens, sum(c.cost_usd) as cost
                    from bizosaas.model_call c where c.occurred_at >= ?1 and c.agent_id is not null
                    group by grouping sets ((c.agent_id), ()))
                select cast(r.agent_id as varchar), coalesce(a.name, 'All agents'), r.tasks, r.succeeded, r.failed,
                       r.p50, r.p95, coalesce(s.tokens, 0), coalesce(s.cost, 0)
                from runs r
                left join bizosaas.agent a on a.id = r.agent_id
                left join spend s on s.agent_id is not distinct from r.agent_id
                order by r.agent_id is null, r.tasks desc, a.name""")
                .setParameter(1, since).getResultList();
        return rows.stream().map(r -> {
            long tasks = ((Number) r[2]).longValue();
            long succeeded = ((Number) r[3]).longValue();
            return new AgentStats((String) r[0], (String) r[1], tasks, succeeded, ((Number) r[4]).longValue(),
                    tasks == 0 ? 0 : (double) succeeded / tasks, r[5] == null ? null : ((Number) r[5]).doubleValue(),
                    r[6] == null ? null : ((Number) r[6]).doubleValue(), ((Number) r[7]).longValue(),
                    r[8] instanceof BigDecimal d ? d : new BigDecimal(r[8].toString()));
        }).toList();
    }
}
