package com.bizosaas.vault.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.access.TenantContext;
import com.bizosaas.vault.control.CredentialCipher;
import com.bizosaas.vault.entity.Credential;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's third-party secrets (T6), encrypted at rest. The API and consoles only ever see them masked;
 * {@link #reveal} is for the connectors that call the third party, and every reveal is audited.
 */
@Stateless
public class Vault {

    public static final String STORED = "credential.stored";
    public static final String READ = "credential.read";
    public static final String DELETED = "credential.deleted";
    public static final String ROTATED = "credential.rotated";

    /** What a credential's name may be. */
    static final String NAME = "[a-z0-9][a-z0-9._-]{0,79}";
    static final String NAME_RULE = "name must be lower-case letters, digits, dots, dashes or underscores, at most 80";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "bizosaas.vault.keys")
    Optional<String> keys;

    private CredentialCipher cipher;

    @PostConstruct
    void init() {
        cipher = keys.filter(k -> !k.isBlank()).map(CredentialCipher::new).orElse(null);
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public List<Credential> list() {
        return em.createNamedQuery(Credential.ALL, Credential.class).getResultList();
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public Credential store(@NotNull @Pattern(regexp = NAME, message = NAME_RULE) String name,
                            @NotBlank(message = "secret is required") @Size(min = 4, max = 8192,
                                    message = "secret must be 4 to 8192 characters") String secret) {
        CredentialCipher sealer = cipher();
        Instant now = Instant.now();
        Optional<Credential> existing = find(name);
        Credential credential = existing.orElseGet(() -> new Credential(context.requireTenant(), name, now));
        var sealed = sealer.seal(secret, associatedData(credential));
        credential.seal(sealed.ciphertext(), sealed.nonce(), sealed.keyId(), shownPart(secret), now);
        if (existing.isEmpty()) {
            em.persist(credential); // only once sealed: the row never exists without its ciphertext
        }
        audit.record(STORED, "credential:" + name, null, credential.masked());
        return credential;
    }

    /** Whether the tenant holds a credential of this name (the secret stays sealed; nothing to audit). */
    public boolean holds(@NotNull String name) {
        return find(name).isPresent();
    }

    /** The plain secret, for a connector about to call the third party. Audited. */
    public Optional<String> reveal(@NotNull String name) {
        return find(name).map(credential -> {
            audit.record(READ, "credential:" + name, null, null);
            return cipher().open(credential.getCiphertext(), credential.getNonce(), credential.getKeyId(), associatedData(credential));
        });
    }

    /** Deletes a credential; a name no credential can have is refused as such (400), never looked up. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public void delete(@NotNull @Pattern(regexp = NAME, message = NAME_RULE) String name) {
        Credential credential = find(name).orElseThrow(() -> Refusal.notFound("no credential " + name));
        em.remove(credential);
        audit.record(DELETED, "credential:" + name, credential.masked(), null);
    }

    /** Re-seals every secret of the tenant under the current key; returns how many moved. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public int rotate() {
        CredentialCipher sealer = cipher();
        int moved = 0;
        for (Credential credential : em.createNamedQuery(Credential.ALL, Credential.class).getResultList()) {
            if (!credential.getKeyId().equals(sealer.currentKeyId())) {
                String secret = sealer.open(credential.getCiphertext(), credential.getNonce(), credential.getKeyId(),
                        associatedData(credential));
                var sealed = sealer.seal(secret, associatedData(credential));
                credential.seal(sealed.ciphertext(), sealed.nonce(), sealed.keyId(), shownPart(secret), Instant.now());
                moved++;
            }
        }
        audit.record(ROTATED, "vault", null, moved + " credentials re-sealed under key " + sealer.currentKeyId());
        return moved;
    }

    private Optional<Credential> find(String name) {
        return em.createNamedQuery(Credential.BY_NAME, Credential.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    private static String associatedData(Credential credential) {
        return credential.getTenantId() + "/" + credential.getName();
    }

    private CredentialCipher cipher() {
        if (cipher == null) {
            throw Refusal.invalid("secret", "the vault has no key: set bizosaas.vault.keys (BIZOSAAS_VAULT_KEYS)");
        }
        return cipher;
    }

    /**
     * The last four characters people recognise a key by — but not of a short secret, where four characters are half
     * of it or more: a secret of 8 characters or fewer is shown as a mask alone.
     */
    static String shownPart(String secret) {
        return secret.length() > 8 ? secret.substring(secret.length() - 4) : "";
    }
}
