package com.bizosaas.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per key — an email address, a client's network address — over a sliding window: once a
 * key has {@code limit} failures in the window it waits until the oldest of them leaves it. The lock-out of an
 * account stops guessing one account's password; this stops trying many addresses from one place, and addresses that
 * have no account, which a lock-out never reaches. What it remembers is bounded: past {@value #MOST_KEYS} keys, those
 * without a failure in the window are forgotten first.
 */
public final class SignInThrottle {

    static final int MOST_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs a limit of 1 or more and a positive window");
        }
        this.limit = limit;
        this.window = window;
    }

    /** How long {@code key} must wait before its next attempt counts: zero while it is under the limit. */
    public Duration waitFor(String key, Instant now) {
        Deque<Instant> seen = failures.get(key);
        if (seen == null) {
            return Duration.ZERO;
        }
        synchronized (seen) {
            forgetOld(seen, now);
            return seen.size() < limit ? Duration.ZERO : Duration.between(now, seen.peekFirst().plus(window));
        }
    }

    /** One more failure of {@code key}. */
    public void failed(String key, Instant now) {
        if (failures.size() >= MOST_KEYS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    forgetOld(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> seen = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (seen) {
            forgetOld(seen, now);
            seen.addLast(now);
            while (seen.size() > limit) {
                seen.removeFirst(); // the oldest beyond the limit decide nothing
            }
        }
    }

    private void forgetOld(Deque<Instant> seen, Instant now) {
        while (!seen.isEmpty() && !seen.peekFirst().plus(window).isAfter(now)) {
            seen.removeFirst();
        }
    }
}
