package com.bizosaas.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One version of a tenant's configuration of a catalogue agent (A2): whether the tenant uses it, the prompt it is
 * asked with, the catalogue tools it may use, its model tier and parameters — with who changed it, when and why.
 * Versions are never changed; the highest is the one in force. Version 0 is the catalogue's own definition and is
 * not stored.
 */
@Entity
@Table(name = "agent_configuration")
public class AgentConfiguration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "agent_id")
    private UUID agentId;

    private int version;

    private boolean enabled;

    @Column(name = "prompt_template")
    private String promptTemplate;

    private String tools;

    @Column(name = "model_tier")
    private String modelTier;

    private BigDecimal temperature;

    @Column(name = "max_tokens")
    private int maxTokens;

    private String note;

    /** The version this one restored, or null when it was an edit. */
    @Column(name = "restored_from")
    private Integer restoredFrom;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected AgentConfiguration() {
        // for JPA
    }

    public AgentConfiguration(UUID tenantId, UUID agentId, int version, AgentSettings settings, String note,
                              Integer restoredFrom, String changedBy, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.agentId = agentId;
        this.version = version;
        this.enabled = settings.enabled();
        this.promptTemplate = settings.promptTemplate();
        this.tools = String.join(",", settings.tools());
        this.modelTier = settings.modelTier();
        this.temperature = settings.temperature();
        this.maxTokens = settings.maxTokens();
        this.note = note;
        this.restoredFrom = restoredFrom;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** What this version sets, as one value. */
    public AgentSettings settings() {
        return new AgentSettings(enabled, promptTemplate, tools.isBlank() ? List.of() : Arrays.asList(tools.split(",")),
                modelTier, temperature, maxTokens);
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public int getVersion() {
        return version;
    }

    public String getNote() {
        return note;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
