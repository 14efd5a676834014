package com.bizosaas.tenancy.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RateLeasesTest {

    private static final Instant MINUTE = Instant.parse("2026-11-22T10:15:00Z");

    /** The shared count, as RateLimits keeps it in PostgreSQL: requests served per window. */
    static final class Ledger implements RateLeases.Ledger {
        final int limit;
        final Map<Instant, Integer> served = new HashMap<>();
        final AtomicInteger claims = new AtomicInteger();

        Ledger(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized RateLeases.Claimed claim(Instant window, int asked, Instant returnedWindow, int returned) {
            claims.incrementAndGet();
            if (returnedWindow != null) {
                served.merge(returnedWindow, -returned, Integer::sum);
            }
            int before = served.getOrDefault(window, 0);
            int granted = Math.max(0, Math.min(asked, limit - before));
            served.put(window, before + granted);
            return new RateLeases.Claimed(granted, limit);
        }
    }

    @Test
    void twoNodesSharingALedgerServeExactlyTheLimitAndClaimRarely() throws Exception {
        Ledger ledger = new Ledger(1000);
        RateLeases nodeA = new RateLeases();
        RateLeases nodeB = new RateLeases();
        UUID tenant = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            RateLeases node = i % 2 == 0 ? nodeA : nodeB;
            answers.add(pool.submit(() -> node.take(tenant, MINUTE.plusSeconds(5), ledger).allowed()));
        }
        int allowed = 0;
        for (Future<Boolean> answer : answers) {
            allowed += answer.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(allowed).as("every lease is granted from what is left of the limit").isEqualTo(1000);
        assertThat(ledger.served.get(MINUTE)).isEqualTo(1000);
        // per node about 5 growing leases and 500 / 31 full ones, then one claim per refused request
        assertThat(ledger.claims.get()).as("leases, not a ledger write per request").isLessThan(260);
    }

    @Test
    void aQuietTenantIsCountedExactlyAndUnusedLeasesGoBackWhenTheMinuteTurns() {
        Ledger ledger = new Ledger(1000);
        RateLeases node = new RateLeases();
        UUID tenant = UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            assertThat(node.take(tenant, MINUTE.plusSeconds(i), ledger).allowed()).isTrue();
        }
        // leases of 1, 2, 4: seven served, seven counted, nothing held back
        assertThat(ledger.served.get(MINUTE)).isEqualTo(7);
        node.take(tenant, MINUTE.plusSeconds(8), ledger);
        assertThat(ledger.served.get(MINUTE)).as("a lease of 8 taken for one request").isEqualTo(15);

        RateLeases.Verdict next = node.take(tenant, MINUTE.plusSeconds(61), ledger);
        assertThat(next.allowed()).isTrue();
        assertThat(next.windowEnds()).isEqualTo(MINUTE.plusSeconds(120));
        assertThat(ledger.served.get(MINUTE)).as("the seven unused went back").isEqualTo(8);
        assertThat(ledger.served.get(MINUTE.plusSeconds(60))).isEqualTo(1);
    }

    @Test
    void overTheLimitIsRefusedUntilTheMinuteTurnsAndTenantsAreApart() {
        Ledger ledger = new Ledger(5);
        RateLeases node = new RateLeases();
        UUID busy = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(node.take(busy, MINUTE, ledger).allowed()).isTrue();
        }
        RateLeases.Verdict refused = node.take(busy, MINUTE.plusSeconds(30), ledger);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(5);
        assertThat(refused.windowEnds()).isEqualTo(MINUTE.plusSeconds(60));
        assertThat(node.take(busy, MINUTE.plusSeconds(59), ledger).allowed()).isFalse();

        Ledger otherLedger = new Ledger(5);
        assertThat(node.take(other, MINUTE.plusSeconds(30), otherLedger).allowed()).isTrue();
        assertThat(node.take(busy, MINUTE.plusSeconds(60), ledger).allowed()).as("a new minute").isTrue();
    }

    @Test
    void theLargestLeaseIsSmallAgainstTheLimit() {
        assertThat(RateLeases.largestLease(5)).isEqualTo(1);
        assertThat(RateLeases.largestLease(1000)).isEqualTo(31);
        assertThat(RateLeases.largestLease(1_000_000)).isEqualTo(64);
    }
}
