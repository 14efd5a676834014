package com.bizosaas.llm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.UUID;

/**
 * One answer of the semantic cache (L3): the prompt it answered, its embedding, what must match exactly for
 * it to be reused (partition key, key facts) and what it cost, so that a hit can report the money saved.
 */
@Entity
@Table(name = "semantic_cache_entry")
public class CacheEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "partition_key")
    private String partitionKey;

    @Column(name = "key_facts")
    private String keyFacts;

    private String prompt;

    private byte[] embedding;

    private String answer;

    private String provider;

    private String model;

    @Column(name = "prompt_tokens")
    private int promptTokens;

    @Column(name = "completion_tokens")
    private int completionTokens;

    @Column(name = "cost_usd")
    private BigDecimal costUsd;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected CacheEntry() {
        // for JPA
    }

    public CacheEntry(UUID tenantId, String partitionKey, String keyFacts, String prompt, float[] vector,
                      String answer, String provider, String model, int promptTokens, int completionTokens,
                      BigDecimal costUsd, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.partitionKey = partitionKey;
        this.keyFacts = keyFacts;
        this.prompt = prompt;
        this.embedding = toBytes(vector);
        this.answer = answer;
        this.provider = provider;
        this.model = model;
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.costUsd = costUsd;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] toVector(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getPartitionKey() {
        return partitionKey;
    }

    public String getKeyFacts() {
        return keyFacts;
    }

    public String getPrompt() {
        return prompt;
    }

    public float[] vector() {
        return toVector(embedding);
    }

    public String getAnswer() {
        return answer;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
