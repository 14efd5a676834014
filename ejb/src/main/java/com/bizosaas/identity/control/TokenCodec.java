package com.bizosaas.identity.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Compact JWTs signed with HMAC-SHA256 (RFC 7519/7515): header {@code {"alg":"HS256","typ":"JWT"}},
 * claims {@code iss, sub (user), tid (tenant), role, email, jti, iat, exp}. Only tokens with exactly this
 * header are accepted ("alg":"none" and algorithm confusion are refused by construction).
 */
public final class TokenCodec {

    public static final String ISSUER = "bizosaas";
    private static final String HEADER = b64(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key;

    public TokenCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the token signing key must have at least 256 bits");
        }
        this.key = key.clone();
    }

    /** The claims of a token. */
    public record Claims(UUID userId, UUID tenantId, String role, String email, UUID jti, Instant issuedAt, Instant expiresAt) {
    }

    public String encode(Claims claims) {
        String payload = b64(Jsonp.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", claims.userId().toString())
                .add("tid", claims.tenantId().toString())
                .add("role", claims.role())
                .add("email", claims.email())
                .add("jti", claims.jti().toString())
                .add("iat", claims.issuedAt().getEpochSecond())
                .add("exp", claims.expiresAt().getEpochSecond())
                .build().toString().getBytes(StandardCharsets.UTF_8));
        String signingInput = HEADER + "." + payload;
        return signingInput + "." + b64(sign(signingInput));
    }

    /** The claims of a well-formed, correctly signed, unexpired token; empty for anything else. */
    public Optional<Claims> decode(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            JsonObject json;
            try (JsonReader reader = Jsonp.createReader(new StringReader(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
                json = reader.readObject();
            }
            Claims claims = new Claims(UUID.fromString(json.getString("sub")), UUID.fromString(json.getString("tid")),
                    json.getString("role"), json.getString("email"), UUID.fromString(json.getString("jti")),
                    Instant.ofEpochSecond(json.getJsonNumber("iat").longValue()),
                    Instant.ofEpochSecond(json.getJsonNumber("exp").longValue()));
            if (!ISSUER.equals(json.getString("iss")) || !claims.expiresAt().isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
