package com.bizosaas.identity.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityControlTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    @Test
    void passwordsAreSaltedAndVerifiedAndForeignHashesRefused() {
        String first = PasswordHasher.hash("Correct-horse-42".toCharArray());
        String second = PasswordHasher.hash("Correct-horse-42".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(second);
        assertThat(PasswordHasher.matches("Correct-horse-42".toCharArray(), first)).isTrue();
        assertThat(PasswordHasher.matches("correct-horse-42".toCharArray(), first)).isFalse();
        assertThat(PasswordHasher.matches("x".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHasher.matches("x".toCharArray(), null)).isFalse();
    }

    @Test
    void aHashWeakerThanTodaysStillVerifiesAndAsksToBeRenewed() {
        // a hash stored before the count rose to OWASP's 600,000: "Correct-horse-42" at 310,000 iterations
        String older = "pbkdf2-sha256$310000$" + java.util.Base64.getEncoder().encodeToString(new byte[16]) + "$"
                + java.util.Base64.getEncoder().encodeToString(pbkdf2("Correct-horse-42", new byte[16], 310_000));
        assertThat(PasswordHasher.matches("Correct-horse-42".toCharArray(), older)).isTrue();
        assertThat(PasswordHasher.needsRehash(older)).isTrue();
        assertThat(PasswordHasher.needsRehash(PasswordHasher.hash("Correct-horse-42".toCharArray()))).isFalse();
        assertThat(PasswordHasher.needsRehash("plain-text")).isTrue();
        assertThat(PasswordHasher.needsRehash("pbkdf2-sha256$many$a$b")).isTrue();
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void policyRefusesShortSimpleAndSelfNamedPasswords() {
        assertThat(PasswordPolicy.check("Short-1", "a@b.c")).get().asString().contains("12 characters");
        assertThat(PasswordPolicy.check("alllowercaseletters", "a@b.c")).get().asString().contains("three");
        assertThat(PasswordPolicy.check("Maria-Lopez-2026", "maria@coreldove.com")).get().asString().contains("email");
        assertThat(PasswordPolicy.check("Correct-horse-42", "maria@coreldove.com")).isEmpty();
    }

    @Test
    void tokensRoundTripAndAnythingTamperedOrExpiredIsRefused() {
        TokenCodec codec = new TokenCodec(KEY);
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        var claims = new TokenCodec.Claims(UUID.randomUUID(), UUID.randomUUID(), "TENANT_ADMIN", "a@b.c",
                UUID.randomUUID(), now, now.plus(Duration.ofHours(1)));
        String token = codec.encode(claims);

        assertThat(codec.decode(token, now)).contains(claims);
        assertThat(codec.decode(token, now.plus(Duration.ofHours(2)))).as("expired").isEmpty();
        assertThat(new TokenCodec("another-key-another-key-another!!".getBytes(StandardCharsets.UTF_8)).decode(token, now))
                .as("other key").isEmpty();

        String[] parts = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("TENANT_ADMIN", "SUPER_ADMIN").getBytes(StandardCharsets.UTF_8));
        assertThat(codec.decode(parts[0] + "." + forgedPayload + "." + parts[2], now)).as("forged claims").isEmpty();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(codec.decode(none + "." + parts[1] + ".", now)).as("alg none").isEmpty();
        assertThat(codec.decode("garbage", now)).isEmpty();
    }
}
