package com.bizosaas.llm.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.llm.control.CacheKeys;
import com.bizosaas.llm.control.SemanticIndex;
import com.bizosaas.llm.entity.CacheEntry;
import com.bizosaas.access.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The semantic cache (L3): per-tenant answers reused for prompts that mean the same, within one partition
 * (same system prompt, tier, tools, temperature, format) and with the same key facts. A hit needs a cosine
 * similarity of at least {@code bizosaas.llm.cache.threshold} (0.95) and an entry younger than
 * {@code bizosaas.llm.cache.ttl} (24 h). PostgreSQL keeps the entries under row-level security; this node's
 * index only points at them, and is filled from PostgreSQL the first time a tenant asks.
 */
@ApplicationScoped
public class SemanticCache {

    /** What a prompt is looked up by. */
    public record Key(String partition, String prompt, String keyFacts, float[] vector) {
    }

    /** A reusable answer, and how similar its prompt was. */
    public record Hit(CacheEntry entry, double similarity) {
    }

    @Inject
    Embeddings embeddings;

    @EJB
    CacheEntries entries;

    @Inject
    TenantContext context;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.cache.threshold", defaultValue = "0.95")
    double threshold;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.cache.ttl", defaultValue = "PT24H")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.cache.max-entries-per-tenant", defaultValue = "100000")
    int maxEntriesPerTenant;

    private final SemanticIndex index = new SemanticIndex();
    private final Set<UUID> indexedTenants = ConcurrentHashMap.newKeySet();

    public Key key(String partition, String prompt) {
        return new Key(partition, prompt, CacheKeys.keyFacts(prompt), SemanticIndex.unit(embeddings.embed(prompt)));
    }

    public Optional<Hit> find(Key key) {
        UUID tenant = context.requireTenant();
        ensureIndexed(tenant);
        Instant now = Instant.now();
        return index.nearest(tenant, key.partition(), key.vector(), key.keyFacts(), threshold, now)
                .flatMap(match -> entries.find(match.id())
                        // the row decides, not the index: RLS, exact facts, exact similarity, expiry
                        .filter(e -> e.getExpiresAt().isAfter(now) && e.getKeyFacts().equals(key.keyFacts()))
                        .map(e -> new Hit(e, SemanticIndex.cosine(e.vector(), key.vector())))
                        .filter(hit -> hit.similarity() >= threshold));
    }

    public void store(Key key, String answer, String provider, String model, int promptTokens, int completionTokens,
                      BigDecimal cost) {
        UUID tenant = context.requireTenant();
        Instant now = Instant.now();
        CacheEntry entry = new CacheEntry(tenant, key.partition(), key.keyFacts(), key.prompt(), key.vector(), answer,
                provider, model, promptTokens, completionTokens, cost, now, now.plus(ttl));
        entries.store(entry);
        if (indexedTenants.contains(tenant)) {
            index.add(tenant, key.partition(), entry.getId(), key.vector(), key.keyFacts(), entry.getExpiresAt());
        }
    }

    /** Forgets the caller's tenant's answers, here and in PostgreSQL; returns how many. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public int invalidate() {
        UUID tenant = context.requireTenant();
        int removed = entries.deleteAll();
        index.removeTenant(tenant);
        return removed;
    }

    public double threshold() {
        return threshold;
    }

    public Duration ttl() {
        return ttl;
    }

    private void ensureIndexed(UUID tenant) {
        if (indexedTenants.contains(tenant)) {
            return;
        }
        synchronized (indexedTenants) {
            if (indexedTenants.add(tenant)) {
                index.removeTenant(tenant);
                index.addAll(entries.live(Instant.now(), maxEntriesPerTenant).stream()
                        .map(e -> new SemanticIndex.Entry(tenant, e.getPartitionKey(), e.getId(), e.vector(),
                                e.getKeyFacts(), e.getExpiresAt()))
                        .toList());
            }
        }
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
