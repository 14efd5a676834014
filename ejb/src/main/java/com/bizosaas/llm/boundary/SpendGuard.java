package com.bizosaas.llm.boundary;

import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The budget check in front of every paid model call, without a database read per call: each tenant's budgets
 * and spend are read at most every {@code bizosaas.llm.budget-recheck-ms} (2000 by default) and the spend of
 * this node's calls since is added as they are accounted. On one node the refusal comes exactly when the budget
 * is spent; the calls of other nodes are seen within the re-check interval. A budget changed here is re-read at
 * once.
 */
@ApplicationScoped
public class SpendGuard {

    @EJB
    ModelBudgets budgets;

    @Inject
    TenantContext context;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.budget-recheck-ms", defaultValue = "2000")
    long recheckMillis;

    private final ConcurrentMap<UUID, Spend> spends = new ConcurrentHashMap<>();

    /** Refuses (over budget) or returns the caller's tenant's budget status, this call not yet counted. */
    public ModelBudgets.Status ensureAvailable() {
        UUID tenant = context.requireTenant();
        Spend spend = spends.computeIfAbsent(tenant, t -> new Spend());
        ModelBudgets.Status status;
        synchronized (spend) {
            long now = System.nanoTime();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            if (spend.read == null || !today.equals(spend.day)
                    || now - spend.readAtNanos >= TimeUnit.MILLISECONDS.toNanos(recheckMillis)) {
                spend.read = budgets.status();
                spend.day = today;
                spend.readAtNanos = now;
                spend.since = BigDecimal.ZERO;
            }
            status = spend.read.plusSpent(spend.since);
        }
        ModelBudgets.refuseIfSpent(status);
        return status;
    }

    /** Counts a call's cost against its tenant's budgets on this node. */
    public void spent(UUID tenant, BigDecimal cost) {
        Spend spend = spends.get(tenant);
        if (spend != null && cost.signum() > 0) {
            synchronized (spend) {
                spend.since = spend.since.add(cost);
            }
        }
    }

    /** The tenant's budgets changed: read them again before the next call. */
    public void forget(UUID tenant) {
        spends.remove(tenant);
    }

    private static final class Spend {
        ModelBudgets.Status read;
        LocalDate day;
        long readAtNanos;
        BigDecimal since = BigDecimal.ZERO;
    }
}
