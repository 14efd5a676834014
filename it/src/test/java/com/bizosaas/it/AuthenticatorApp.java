package com.bizosaas.it;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * What a phone's authenticator app does with the secret it scanned, written here from RFC 6238 for the tests (not the
 * platform's own code, so that a mistake there cannot agree with itself): HMAC-SHA1 of the 30-second step, six digits.
 */
public final class AuthenticatorApp {

    private final byte[] key;

    public AuthenticatorApp(String base32Secret) {
        this.key = decode(base32Secret.replace(" ", ""));
    }

    /** The code the app shows now, or {@code stepsAhead} steps of 30 seconds later. */
    public String code(int stepsAhead) {
        long step = Instant.now().getEpochSecond() / 30 + stepsAhead;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 0xf;
            int value = ByteBuffer.wrap(h, o, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long bits = 0;
        int count = 0;
        for (char c : base32.toCharArray()) {
            bits = (bits << 5) | alphabet.indexOf(c);
            count += 5;
            if (count >= 8) {
                out.write((int) (bits >> (count - 8)) & 0xff);
                count -= 8;
            }
        }
        return out.toByteArray();
    }
}
