package com.bizosaas.identity.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LiveTokensTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final LiveTokens tokens = new LiveTokens(nanos::get, Duration.ofSeconds(10));
    private final UUID tenant = UUID.randomUUID();

    private TokenCodec.Claims claims(UUID tenantId, String role) {
        Instant now = Instant.now();
        return new TokenCodec.Claims(UUID.randomUUID(), tenantId, role, "someone@example.com", UUID.randomUUID(), now,
                now.plusSeconds(3600));
    }

    @Test
    void aConfirmationIsTrustedForTheRecheckIntervalOnly() {
        TokenCodec.Claims claims = claims(tenant, "MANAGER");
        assertThat(tokens.recentlyConfirmed(claims)).as("nothing is assumed").isFalse();
        tokens.confirm(claims);
        assertThat(tokens.recentlyConfirmed(claims)).isTrue();
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(tokens.recentlyConfirmed(claims)).as("checked again after 10 s").isFalse();
    }

    @Test
    void revocationAndSuspensionAreForgottenAtOnce() {
        TokenCodec.Claims revoked = claims(tenant, "MANAGER");
        TokenCodec.Claims sameTenant = claims(tenant, "CLIENT");
        TokenCodec.Claims otherTenant = claims(UUID.randomUUID(), "CLIENT");
        tokens.confirm(revoked);
        tokens.confirm(sameTenant);
        tokens.confirm(otherTenant);

        tokens.forgetToken(revoked.jti());
        assertThat(tokens.recentlyConfirmed(revoked)).isFalse();
        assertThat(tokens.recentlyConfirmed(sameTenant)).isTrue();

        tokens.forgetTenant(tenant);
        assertThat(tokens.recentlyConfirmed(sameTenant)).isFalse();
        assertThat(tokens.recentlyConfirmed(otherTenant)).isTrue();
    }

    @Test
    void claimsThatDifferFromTheConfirmedOnesAreNotTrusted() {
        TokenCodec.Claims claims = claims(tenant, "MANAGER");
        tokens.confirm(claims);
        TokenCodec.Claims otherRole = new TokenCodec.Claims(claims.userId(), claims.tenantId(), "TENANT_ADMIN",
                claims.email(), claims.jti(), claims.issuedAt(), claims.expiresAt());
        assertThat(tokens.recentlyConfirmed(otherRole)).isFalse();
    }

    @Test
    void aRecheckIntervalOfZeroChecksEveryTime() {
        LiveTokens always = new LiveTokens(nanos::get, Duration.ZERO);
        TokenCodec.Claims claims = claims(tenant, "MANAGER");
        always.confirm(claims);
        assertThat(always.recentlyConfirmed(claims)).isFalse();
    }
}
