package com.bizosaas.llm.boundary;

import com.bizosaas.access.TenantContext;
import com.bizosaas.vault.boundary.Vault;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant's own provider keys ("bring your own key"): vault credentials named {@code llm.openai.api-key} or
 * {@code llm.anthropic.api-key}. Each vault read is audited, so a key read is kept in memory for five minutes
 * rather than read (and audited) on every call; deleting or replacing the credential takes effect within that time.
 */
@ApplicationScoped
public class TenantKeys {

    private static final Duration KEEP = Duration.ofMinutes(5);

    private record Remembered(Optional<String> key, Instant until) {
    }

    @EJB
    Vault vault;

    @Inject
    TenantContext context;

    private final Map<String, Remembered> keys = new ConcurrentHashMap<>();

    public static String credentialName(String provider) {
        return "llm." + provider + ".api-key";
    }

    public Optional<String> key(String provider) {
        UUID tenant = context.requireTenant();
        String id = tenant + "/" + provider;
        Remembered remembered = keys.get(id);
        if (remembered == null || remembered.until().isBefore(Instant.now())) {
            remembered = new Remembered(vault.reveal(credentialName(provider)), Instant.now().plus(KEEP));
            keys.put(id, remembered);
        }
        return remembered.key();
    }
}
