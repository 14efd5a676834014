package com.bizosaas.vault.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialCipherTest {

    private static final String OLD = "k1:" + key('a');
    private static final String NEW = "k2:" + key('b');

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void sealsUnderTheFirstKeyAndOpensWithTheSameAssociatedDataOnly() {
        CredentialCipher cipher = new CredentialCipher(OLD);
        var sealed = cipher.seal("sk_live_123456", "tenant-a/stripe");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.UTF_8)).doesNotContain("sk_live");
        assertThat(cipher.open(sealed.ciphertext(), sealed.nonce(), "k1", "tenant-a/stripe")).isEqualTo("sk_live_123456");
        assertThatThrownBy(() -> cipher.open(sealed.ciphertext(), sealed.nonce(), "k1", "tenant-b/stripe"))
                .hasMessageContaining("moved from another tenant");
    }

    @Test
    void rotationAddsANewCurrentKeyAndOldSecretsStillOpen() {
        var sealedWithOld = new CredentialCipher(OLD).seal("hunter2-hunter2", "t/n");
        CredentialCipher rotated = new CredentialCipher(NEW + "," + OLD);

        assertThat(rotated.currentKeyId()).isEqualTo("k2");
        assertThat(rotated.open(sealedWithOld.ciphertext(), sealedWithOld.nonce(), "k1", "t/n")).isEqualTo("hunter2-hunter2");
        assertThat(rotated.seal("hunter2-hunter2", "t/n").keyId()).isEqualTo("k2");
        assertThatThrownBy(() -> new CredentialCipher(NEW).open(sealedWithOld.ciphertext(), sealedWithOld.nonce(), "k1", "t/n"))
                .hasMessageContaining("no longer configured");
    }

    @Test
    void badKeyConfigurationIsRefused() {
        assertThatThrownBy(() -> new CredentialCipher("")).hasMessageContaining("no vault key");
        assertThatThrownBy(() -> new CredentialCipher("k1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("256 bits");
        assertThatThrownBy(() -> new CredentialCipher("just-a-key")).hasMessageContaining("id:base64key");
    }
}
