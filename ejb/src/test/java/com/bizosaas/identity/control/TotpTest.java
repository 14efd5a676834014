package com.bizosaas.identity.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", as apps are given it. */
    private static final String RFC_KEY = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void base32IsRfc4648sAndReadsBackWhatItWrote() {
        assertThat(RFC_KEY).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI"); // RFC 4648 §10
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
        assertThat(Totp.unbase32("gezd gnbv")).isEqualTo(Totp.unbase32("GEZDGNBV"));
    }

    /** RFC 6238 appendix B, SHA-1: the six digits an app shows are the last six of the eight there. */
    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
            "20000000000, 353130"})
    void codesAreTheRfcsTestVectors(long epochSecond, String code) {
        assertThat(Totp.codeAt(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(epochSecond)))).isEqualTo(code);
    }

    @Test
    void aCodeHoldsForItsStepAndOneEitherSideAndSaysWhichStep() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_KEY, "005924", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, "005 924", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.codeAt(RFC_KEY, step - 2), now)).isEmpty();
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        for (String wrong : new String[]{null, "", "28708", "2870821", "28708a", "94287082", "287082\n"}) {
            assertThat(Totp.matchingStep(RFC_KEY, wrong, now)).as(String.valueOf(wrong)).isEmpty();
        }
    }

    @Test
    void theProvisioningUriIsTheKeyUriFormatAppsRead() {
        assertThat(Totp.provisioningUri("BizOSaaS", "ann+ops@coreldove.com", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/BizOSaaS:ann%2Bops%40coreldove.com?secret=JBSWY3DPEHPK3PXP&issuer=BizOSaaS"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
