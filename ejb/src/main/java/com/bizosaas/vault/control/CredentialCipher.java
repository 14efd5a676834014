package com.bizosaas.vault.control;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AES-256-GCM for the vault. Keys come from configuration as {@code id:base64key,id:base64key}; the first
 * is the one new secrets are sealed with, the others only open what they sealed (rotation: add a new key in
 * front, re-seal, then drop the old one). The associated data binds a ciphertext to its tenant and name.
 */
public final class CredentialCipher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String currentKeyId;

    public CredentialCipher(String configuredKeys) {
        if (configuredKeys == null || configuredKeys.isBlank()) {
            throw new IllegalArgumentException("no vault key configured (bizosaas.vault.keys)");
        }
        for (String entry : configuredKeys.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,40}")) {
                throw new IllegalArgumentException("a vault key must be written id:base64key");
            }
            byte[] key = Base64.getDecoder().decode(parts[1].strip());
            if (key.length != 32) {
                throw new IllegalArgumentException("vault key " + parts[0] + " must be 256 bits");
            }
            keys.put(parts[0], new SecretKeySpec(key, "AES"));
        }
        currentKeyId = keys.keySet().iterator().next();
    }

    /** What sealing produced. */
    public record Sealed(byte[] ciphertext, byte[] nonce, String keyId) {
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Sealed seal(String secret, String associatedData) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        return new Sealed(run(Cipher.ENCRYPT_MODE, currentKeyId, nonce, associatedData, secret.getBytes(StandardCharsets.UTF_8)),
                nonce, currentKeyId);
    }

    public String open(byte[] ciphertext, byte[] nonce, String keyId, String associatedData) {
        return new String(run(Cipher.DECRYPT_MODE, keyId, nonce, associatedData, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, String keyId, byte[] nonce, String associatedData, byte[] input) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("vault key " + keyId + " is no longer configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException tampered) {
            throw new IllegalStateException("the credential does not open: altered, or moved from another tenant or name", tampered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }
}
