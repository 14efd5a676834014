package com.bizosaas.llm.boundary;

import com.bizosaas.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The budget hold in front of every paid call (LLM10), without a server: the arithmetic and its concurrency. */
class SpendGuardTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final BigDecimal CALL = new BigDecimal("0.004");

    @Test
    void fiftyCallsAtOnceWithBudgetForFiveMakeFiveTheRestAreRefused() throws Exception {
        SpendGuard guard = guard(new BigDecimal("0.02"), new BigDecimal("0.0000"), 64);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch allAsked = new CountDownLatch(50);
        AtomicInteger refused = new AtomicInteger();
        List<Future<SpendGuard.Hold>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                try {
                    return guard.reserve(TENANT, CALL);
                } catch (Refusal overBudget) {
                    assertThat(overBudget.kind()).isEqualTo(Refusal.Kind.OVER_BUDGET);
                    refused.incrementAndGet();
                    return null;
                } finally {
                    allAsked.countDown();
                }
            }));
        }
        start.countDown();
        assertThat(allAsked.await(10, TimeUnit.SECONDS)).isTrue();
        List<SpendGuard.Hold> made = new ArrayList<>();
        for (Future<SpendGuard.Hold> call : calls) {
            if (call.get() != null) {
                made.add(call.get());
            }
        }
        pool.shutdown();
        assertThat(made).hasSize(5);
        assertThat(refused).hasValue(45);
        // each call billed its whole maximum: the budget is spent to the cent, never beyond
        made.forEach(hold -> {
            guard.spent(TENANT, CALL);
            guard.release(hold);
        });
        Refusal after = catchThrowableOfType(() -> guard.reserve(TENANT, new BigDecimal("0.000001")), Refusal.class);
        assertThat(after.getMessage()).contains("daily model budget of $0.02 is used up");
    }

    @Test
    void aCallWhoseMaximumDoesNotFitWhatIsLeftIsRefusedSayingWhatIsLeft() {
        SpendGuard guard = guard(new BigDecimal("1.00"), new BigDecimal("0.99"), 64);
        Refusal refused = catchThrowableOfType(() -> guard.reserve(TENANT, new BigDecimal("0.02")), Refusal.class);
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.OVER_BUDGET);
        assertThat(refused.getMessage()).contains("may cost up to $0.02", "$0.01 is left", "daily model budget", "lower max_tokens");
        assertThat(refused.retryAfterSeconds()).isPositive();
        assertThat(guard.reserve(TENANT, new BigDecimal("0.01"))).isNotNull();
    }

    @Test
    void aReleasedHoldFreesItsRoomAndTheCallsInFlightAreCapped() {
        SpendGuard guard = guard(new BigDecimal("100"), BigDecimal.ZERO, 2);
        SpendGuard.Hold first = guard.reserve(TENANT, CALL);
        guard.reserve(TENANT, CALL);
        Refusal third = catchThrowableOfType(() -> guard.reserve(TENANT, CALL), Refusal.class);
        assertThat(third.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
        assertThat(third.getMessage()).contains("2 model calls under way");
        guard.release(first);
        assertThat(guard.reserve(TENANT, CALL)).isNotNull();
    }

    /** A guard whose tenant has {@code daily} a day (ten times that a month), {@code spent} of it today. */
    private static SpendGuard guard(BigDecimal daily, BigDecimal spent, int inFlight) {
        SpendGuard guard = new SpendGuard();
        guard.budgets = new ModelBudgets() {
            @Override
            public Status status() {
                return new Status(daily, daily.multiply(BigDecimal.TEN), spent, spent, false, false);
            }
        };
        guard.recheckMillis = 60_000;
        guard.maxInFlight = inFlight;
        return guard;
    }
}
