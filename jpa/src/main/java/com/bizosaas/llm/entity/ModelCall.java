package com.bizosaas.llm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One call through the gateway, as accounted: who (tenant, feature, agent), what answered (provider, model,
 * tier, cache or not, after a fallback or not), how much (tokens, cost, what the cache saved) and how fast.
 * Written once, never changed.
 */
@Entity
@Table(name = "model_call")
public class ModelCall implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String feature;

    @Column(name = "agent_id")
    private UUID agentId;

    private String provider;

    private String model;

    private String tier;

    @Column(name = "prompt_tokens")
    private int promptTokens;

    @Column(name = "completion_tokens")
    private int completionTokens;

    @Column(name = "cost_usd")
    private BigDecimal costUsd;

    @Column(name = "saved_usd")
    private BigDecimal savedUsd;

    @Column(name = "saved_tokens")
    private int savedTokens;

    @Column(name = "latency_ms")
    private int latencyMs;

    @Column(name = "cache_hit")
    private boolean cacheHit;

    @Column(name = "fallback_used")
    private boolean fallbackUsed;

    /** The providers that failed before the one that answered, with their causes. */
    private String failures;

    protected ModelCall() {
        // for JPA
    }

    public ModelCall(UUID tenantId, Instant occurredAt, String feature, UUID agentId, String provider, String model,
                     String tier, int promptTokens, int completionTokens, BigDecimal costUsd, BigDecimal savedUsd,
                     int savedTokens, int latencyMs, boolean cacheHit, boolean fallbackUsed, String failures) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.occurredAt = occurredAt;
        this.feature = feature;
        this.agentId = agentId;
        this.provider = provider;
        this.model = model;
        this.tier = tier;
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.costUsd = costUsd;
        this.savedUsd = savedUsd;
        this.savedTokens = savedTokens;
        this.latencyMs = latencyMs;
        this.cacheHit = cacheHit;
        this.fallbackUsed = fallbackUsed;
        this.failures = failures == null || failures.length() <= 1000 ? failures : failures.substring(0, 1000);
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getFeature() {
        return feature;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    public String getTier() {
        return tier;
    }

    public int getPromptTokens() {
        return promptTokens;
    }

    public int getCompletionTokens() {
        return completionTokens;
    }

    public BigDecimal getCostUsd() {
        return costUsd;
    }

    public BigDecimal getSavedUsd() {
        return savedUsd;
    }

    /** The tokens a cache hit did not spend. */
    public int getSavedTokens() {
        return savedTokens;
    }

    public int getLatencyMs() {
        return latencyMs;
    }

    public boolean isCacheHit() {
        return cacheHit;
    }

    public boolean isFallbackUsed() {
        return fallbackUsed;
    }

    public String getFailures() {
        return failures;
    }
}
