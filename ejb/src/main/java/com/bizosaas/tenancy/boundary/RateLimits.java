package com.bizosaas.tenancy.boundary;

import com.bizosaas.tenancy.control.RateLeases;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.time.temporal.ChronoUnit;

/**
 * Per-tenant API rate limits (T5): a fixed one-minute window per tenant, counted in PostgreSQL so that all
 * nodes of the cluster share it; the limit is the tenant's tier's (or {@code bizosaas.api.requests-per-minute} for
 * all). Requests are counted locally from leases claimed from that count ({@link RateLeases}), so most requests
 * never wait for the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimits {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @Inject
    RateLeases leases;

    @Resource
    SessionContext self;

    /** An operator's limit for every tenant instead of the tiers' (load tests, a private installation). */
    @Inject
    @ConfigProperty(name = "bizosaas.api.requests-per-minute")
    Optional<Integer> override;

    /** The answer for one request: allowed, or refused with the seconds until the window turns. */
    public record Decision(boolean allowed, int limit, long retryAfterSeconds) {
    }

    /** Counts one request of the caller's tenant. Holds no transaction unless it has to claim a lease. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Decision consume() {
        Instant now = Instant.now();
        RateLimits ledger = self.getBusinessObject(RateLimits.class);
        RateLeases.Verdict verdict = leases.take(context.requireTenant(), now, ledger::claim);
        long retryAfter = Math.max(1, verdict.windowEnds().getEpochSecond() - now.getEpochSecond());
        return new Decision(verdict.allowed(), verdict.limit(), retryAfter);
    }

    /**
     * Claims up to {@code asked} requests of the window from the shared count, after giving back what this node
     * leased of an earlier window and did not use; one transaction, not waiting for the disk (it is metering).
     */
    public RateLeases.Claimed claim(Instant window, int asked, Instant returnedWindow, int returned) {
        em.createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
        Tenant tenant = em.find(Tenant.class, context.requireTenant());
        int limit = override.orElse(tenant.getTier().apiRequestsPerMinute());
        if (returnedWindow != null) {
            countMore(tenant.getId(), returnedWindow, -returned);
        }
        int count = em.createNativeQuery("""
                insert into bizosaas.api_rate_window as w (tenant_id, window_start, requests) values (?1, ?2, ?3)
                on conflict (tenant_id, window_start) do update set requests = w.requests + excluded.requests
                returning w.requests""")
                .setParameter(1, tenant.getId())
                .setParameter(2, window)
                .setParameter(3, asked)
                .getSingleResult() instanceof Number n ? n.intValue() : 0;
        int granted = Math.max(0, Math.min(asked, limit - (count - asked)));
        if (granted < asked) {
            // the ledger counts requests served, not requests asked for
            countMore(tenant.getId(), window, granted - asked);
        }
        if (count == asked) {
            // a new window: forget the old ones of this tenant
            em.createNativeQuery("delete from bizosaas.api_rate_window where tenant_id = ?1 and window_start < ?2")
                    .setParameter(1, tenant.getId()).setParameter(2, window.minus(1, ChronoUnit.HOURS)).executeUpdate();
        }
        return new RateLeases.Claimed(granted, limit);
    }

    private void countMore(UUID tenantId, Instant window, int requests) {
        em.createNativeQuery("update bizosaas.api_rate_window set requests = greatest(requests + ?3, 0)"
                        + " where tenant_id = ?1 and window_start = ?2")
                .setParameter(1, tenantId).setParameter(2, window).setParameter(3, requests).executeUpdate();
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
