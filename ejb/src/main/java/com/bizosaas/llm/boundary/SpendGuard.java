package com.bizosaas.llm.boundary;

import com.bizosaas.errors.Refusal;
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
 * The budget check in front of every paid model call, without a database read per call (LLM10). Before a call, its
 * maximum cost — its prompt and the most it may answer, at the dearest model it may reach — is held against the
 * tenant's budgets; a call whose maximum does not fit what is left is refused, so any number of calls at once can
 * never spend more than the budget, not even the last cent of it. After the call its actual cost counts and the
 * hold is released. A tenant has at most {@code bizosaas.llm.max-calls-in-flight} (16) paid calls at once.
 * <p>
 * Each tenant's budgets and spend are read at most every {@code bizosaas.llm.budget-recheck-ms} (2000 by default) and
 * the spend of this node's calls since is added as they are accounted. On one node the refusal comes before the
 * budget is overspent; the calls of other nodes are seen within the re-check interval. A budget changed here is
 * re-read at once.
 */
@ApplicationScoped
public class SpendGuard {

    /** A call's maximum cost held against its tenant's budgets while it runs; {@code status} as it was before. */
    public record Hold(UUID tenant, BigDecimal amount, ModelBudgets.Status status) {
    }

    @EJB
    ModelBudgets budgets;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.budget-recheck-ms", defaultValue = "2000")
    long recheckMillis;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.max-calls-in-flight", defaultValue = "16")
    int maxInFlight;

    private final ConcurrentMap<UUID, Spend> spends = new ConcurrentHashMap<>();

    /**
     * Holds {@code maximum} against the tenant's budgets for a call about to be made, or refuses: the budget is used
     * up or cannot cover the call's maximum (429 budget-exhausted), or the tenant has too many calls in flight (429).
     * The caller {@linkplain #release releases} the hold when the call is over, whatever its outcome.
     */
    public Hold reserve(UUID tenant, BigDecimal maximum) {
        Spend spend = spends.computeIfAbsent(tenant, t -> new Spend());
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
            ModelBudgets.Status status = spend.read.plusSpent(spend.since.add(spend.held));
            ModelBudgets.refuseIfSpent(status);
            ModelBudgets.refuseIfCannotCover(status, maximum);
            if (spend.inFlight >= maxInFlight) {
                throw Refusal.tooMany("this organisation has " + spend.inFlight + " model calls under way, the most it may"
                        + " have at once; try again when one has answered", 1);
            }
            spend.held = spend.held.add(maximum);
            spend.inFlight++;
            return new Hold(tenant, maximum, status);
        }
    }

    /** The call held for is over: its hold goes (its actual cost was counted by {@link #spent} when accounted). */
    public void release(Hold hold) {
        Spend spend = spends.get(hold.tenant());
        if (spend != null) {
            synchronized (spend) {
                spend.held = spend.held.subtract(hold.amount()).max(BigDecimal.ZERO);
                spend.inFlight = Math.max(0, spend.inFlight - 1);
            }
        }
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

    /** The tenant's budgets changed: read them again before the next call (what is held stays held). */
    public void forget(UUID tenant) {
        Spend spend = spends.get(tenant);
        if (spend != null) {
            synchronized (spend) {
                spend.read = null;
            }
        }
    }

    private static final class Spend {
        ModelBudgets.Status read;
        LocalDate day;
        long readAtNanos;
        BigDecimal since = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        int inFlight;
    }
}
