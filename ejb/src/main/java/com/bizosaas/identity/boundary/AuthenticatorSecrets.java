package com.bizosaas.identity.boundary;

import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.entity.UserAuthenticator;
import com.bizosaas.vault.control.CredentialCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;

/**
 * Seals and opens authenticators' shared secrets with the vault's keys (a database copy alone gives no one the codes);
 * a sealed secret is bound to its tenant and user, and opens under a retired key until the vault is rotated.
 */
@ApplicationScoped
public class AuthenticatorSecrets {

    @Inject
    @ConfigProperty(name = "bizosaas.vault.keys")
    Optional<String> keys;

    private CredentialCipher cipher;

    @PostConstruct
    void init() {
        cipher = keys.filter(k -> !k.isBlank()).map(CredentialCipher::new).orElse(null);
    }

    void seal(UserAuthenticator authenticator, String secret, Instant now) {
        CredentialCipher.Sealed sealed = cipher().seal(secret, authenticator.associatedData());
        authenticator.seal(sealed.ciphertext(), sealed.nonce(), sealed.keyId(), now);
    }

    String open(UserAuthenticator authenticator) {
        return cipher().open(authenticator.getCiphertext(), authenticator.getNonce(), authenticator.getKeyId(),
                authenticator.associatedData());
    }

    private CredentialCipher cipher() {
        if (cipher == null) {
            throw Refusal.conflict(null, "two-step sign-in needs the vault's key: set bizosaas.vault.keys (BIZOSAAS_VAULT_KEYS)");
        }
        return cipher;
    }
}
