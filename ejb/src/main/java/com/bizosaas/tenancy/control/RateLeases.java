package com.bizosaas.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts API requests against a tenant's per-minute limit without a database round trip per request. The
 * count of a minute lives in the shared ledger (PostgreSQL, so every node of the cluster counts into it); a
 * node claims requests from it in leases and spends them locally. A tenant's first request of a minute claims
 * one; each further claim doubles, up to {@link #largestLease} — so a quiet tenant is counted exactly, and a busy
 * one costs a ledger write every few dozen requests. A lease never lets a node exceed the limit: it is granted
 * only from what is left of the minute. What a node leased but did not use is given back with its next claim,
 * so the ledger's count stays the number of requests served (give or take one lease per node per quiet tenant).
 * One instance per node.
 */
@ApplicationScoped
public class RateLeases {

    /** What the ledger granted of a claim, and the tenant's limit. */
    public record Claimed(int granted, int limit) {
    }

    /** The shared ledger. {@code returned} requests of {@code returnedWindow} (null: none) go back first. */
    @FunctionalInterface
    public interface Ledger {
        Claimed claim(Instant window, int asked, Instant returnedWindow, int returned);
    }

    /** One request's answer: allowed or not, under which limit, and when the window turns. */
    public record Verdict(boolean allowed, int limit, Instant windowEnds) {
    }

    private final ConcurrentMap<UUID, Lease> leases = new ConcurrentHashMap<>();

    /** Counts one request of {@code tenant} made at {@code now}, claiming from the ledger when the lease is spent. */
    public Verdict take(UUID tenant, Instant now, Ledger ledger) {
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        Instant windowEnds = window.plus(1, ChronoUnit.MINUTES);
        Lease lease = leases.computeIfAbsent(tenant, t -> new Lease());
        // one claim at a time per tenant: the other requests of the tenant wait for its lease rather than each
        // writing to the ledger
        synchronized (lease) {
            if (window.equals(lease.window) && lease.remaining > 0) {
                lease.remaining--;
                return new Verdict(true, lease.limit, windowEnds);
            }
            Instant returnedWindow = null;
            int returned = 0;
            if (!window.equals(lease.window)) {
                if (lease.window != null && lease.remaining > 0) {
                    returnedWindow = lease.window;
                    returned = lease.remaining;
                }
                lease.window = window;
                lease.remaining = 0;
                lease.nextAsk = 1;
            }
            Claimed claimed = ledger.claim(window, lease.nextAsk, returnedWindow, returned);
            lease.limit = claimed.limit();
            if (claimed.granted() <= 0) {
                lease.nextAsk = 1;
                return new Verdict(false, claimed.limit(), windowEnds);
            }
            lease.remaining = claimed.granted() - 1;
            lease.nextAsk = Math.min(largestLease(claimed.limit()), lease.nextAsk * 2);
            return new Verdict(true, claimed.limit(), windowEnds);
        }
    }

    /**
     * The most a node leases at once: a thirty-second of the limit, at most 64 — what a node may hold unused is
     * small against the limit, and a tenant allowed 1000 a minute costs one ledger write per 31 requests.
     */
    static int largestLease(int limit) {
        return Math.max(1, Math.min(64, limit / 32));
    }

    private static final class Lease {
        Instant window;
        int remaining;
        int nextAsk = 1;
        int limit;
    }
}
