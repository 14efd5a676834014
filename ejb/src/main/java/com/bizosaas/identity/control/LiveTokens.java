package com.bizosaas.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The tokens this node recently found live (row not revoked, user active with the token's role, tenant
 * active), so that a correctly signed token need not be checked against the database on every request.
 * A confirmation is trusted for {@code bizosaas.token.recheck-seconds} (10 by default) and forgotten at once
 * when its token is revoked or its tenant suspended or offboarded — on this node directly, on the others when
 * the domain event reaches them. Only confirmations are remembered, never refusals.
 */
@ApplicationScoped
public class LiveTokens {

    private static final int MOST_REMEMBERED = 100_000;

    private record Confirmation(UUID userId, UUID tenantId, String role, long atNanos) {
    }

    private final ConcurrentMap<UUID, Confirmation> confirmed = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private long trustNanos;

    protected LiveTokens() {
        this(System::nanoTime, Duration.ofSeconds(10));
    }

    LiveTokens(LongSupplier nanoClock, Duration trust) {
        this.clock = nanoClock;
        this.trustNanos = trust.toNanos();
    }

    @Inject
    void configure(@ConfigProperty(name = "bizosaas.token.recheck-seconds", defaultValue = "10") int recheckSeconds) {
        trustNanos = Duration.ofSeconds(Math.max(0, recheckSeconds)).toNanos();
    }

    /** Whether these claims' token was found live recently enough to be trusted without a check. */
    public boolean recentlyConfirmed(TokenCodec.Claims claims) {
        Confirmation known = confirmed.get(claims.jti());
        return known != null && clock.getAsLong() - known.atNanos() < trustNanos
                && known.userId().equals(claims.userId()) && known.tenantId().equals(claims.tenantId())
                && known.role().equals(claims.role());
    }

    /** Remembers that the token was just found live. */
    public void confirm(TokenCodec.Claims claims) {
        if (trustNanos == 0) {
            return;
        }
        long now = clock.getAsLong();
        if (confirmed.size() >= MOST_REMEMBERED) {
            confirmed.values().removeIf(c -> now - c.atNanos() >= trustNanos);
            if (confirmed.size() >= MOST_REMEMBERED) {
                confirmed.clear();
            }
        }
        confirmed.put(claims.jti(), new Confirmation(claims.userId(), claims.tenantId(), claims.role(), now));
    }

    public void forgetToken(UUID jti) {
        confirmed.remove(jti);
    }

    public void forgetUser(UUID userId) {
        confirmed.values().removeIf(c -> c.userId().equals(userId));
    }

    public void forgetTenant(UUID tenantId) {
        confirmed.values().removeIf(c -> c.tenantId().equals(tenantId));
    }
}
