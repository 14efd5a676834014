package com.bizosaas.identity.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aKeyWaitsOnceItHasTheLimitOfFailuresInTheWindowUntilTheOldestLeavesIt() {
        SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15));
        throttle.failed("a@x.test", T0);
        throttle.failed("a@x.test", T0.plusSeconds(60));
        assertThat(throttle.waitFor("a@x.test", T0.plusSeconds(61))).isZero();
        throttle.failed("a@x.test", T0.plusSeconds(120));
        assertThat(throttle.waitFor("a@x.test", T0.plusSeconds(121))).isEqualTo(Duration.ofMinutes(15).minusSeconds(121));
        // another key is not held back; the first goes on once its oldest failure is out of the window
        assertThat(throttle.waitFor("b@x.test", T0.plusSeconds(121))).isZero();
        assertThat(throttle.waitFor("a@x.test", T0.plus(Duration.ofMinutes(15)))).isZero();
    }

    @Test
    void failuresBeyondTheLimitDoNotLengthenTheWaitForever() {
        SignInThrottle throttle = new SignInThrottle(2, Duration.ofMinutes(1));
        for (int i = 0; i < 100; i++) {
            throttle.failed("10.0.0.7", T0.plusSeconds(i % 10));
        }
        assertThat(throttle.waitFor("10.0.0.7", T0.plusSeconds(10))).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("10.0.0.7", T0.plusSeconds(70))).isZero();
    }

    @Test
    void whatItRemembersIsBounded() {
        SignInThrottle throttle = new SignInThrottle(1, Duration.ofSeconds(1));
        for (int i = 0; i < SignInThrottle.MOST_KEYS + 10; i++) {
            throttle.failed("guess-" + i + "@x.test", T0.plusSeconds(i < SignInThrottle.MOST_KEYS ? 0 : 5));
        }
        assertThat(throttle.waitFor("guess-1@x.test", T0.plusSeconds(5))).isZero();
        assertThat(throttle.waitFor("guess-" + (SignInThrottle.MOST_KEYS + 5) + "@x.test", T0.plusSeconds(5))).isPositive();
    }
}
