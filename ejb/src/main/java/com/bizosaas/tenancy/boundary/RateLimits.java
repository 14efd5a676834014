package com.bizosaas.tenancy.boundary;

import com.bizosaas.tenancy.control.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.time.temporal.ChronoUnit;

/**
 * Per-tenant API rate limits (T5): a fixed one-minute window per tenant, counted in PostgreSQL so that all
 * nodes of the cluster share it; the limit is the tenant's tier's (or {@code bizosaas.api.requests-per-minute} for
 * all). One statement counts and answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimits {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    /** An operator's limit for every tenant instead of the tiers' (load tests, a private installation). */
    @Inject
    @ConfigProperty(name = "bizosaas.api.requests-per-minute")
    Optional<Integer> override;

    /** The answer for one request: allowed, or refused with the seconds until the window turns. */
    public record Decision(boolean allowed, int limit, long retryAfterSeconds) {
    }

    public Decision consume() {
        Instant now = Instant.now();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        // a rate window is metering: its commit need not wait for the disk (see ModelAccounting.record)
        em.createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
        Tenant tenant = em.find(Tenant.class, context.requireTenant());
        int limit = override.orElse(tenant.getTier().apiRequestsPerMinute());
        Number count = (Number) em.createNativeQuery("""
                insert into bizosaas.api_rate_window as w (tenant_id, window_start, requests) values (?1, ?2, 1)
                on conflict (tenant_id, window_start) do update set requests = w.requests + 1
                returning w.requests""")
                .setParameter(1, tenant.getId())
                .setParameter(2, window)
                .getSingleResult();
        if (count.intValue() == 1) {
            // a new window: forget the old ones of this tenant
            em.createNativeQuery("delete from bizosaas.api_rate_window where tenant_id = ?1 and window_start < ?2")
                    .setParameter(1, tenant.getId()).setParameter(2, window.minus(1, ChronoUnit.HOURS)).executeUpdate();
        }
        long retryAfter = Math.max(1, window.plus(1, ChronoUnit.MINUTES).getEpochSecond() - now.getEpochSecond());
        return new Decision(count.intValue() <= limit, limit, retryAfter);
    }

    /** API calls the caller's tenant made in the last hour (the windows kept), for its usage panel. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long callsInTheLastHour() {
        Number sum = (Number) em.createNativeQuery(
                        "select coalesce(sum(requests), 0) from bizosaas.api_rate_window where window_start > ?1")
                .setParameter(1, Instant.now().minus(1, ChronoUnit.HOURS))
                .getSingleResult();
        return sum.longValue();
    }
}
