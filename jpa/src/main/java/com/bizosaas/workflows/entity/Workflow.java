package com.bizosaas.workflows.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's workflow definition: a name, what it is for, and its steps as JSON (checked when saved). Made from a
 * template or from scratch; runs copy it when they start.
 */
@Entity
@Table(name = "workflow")
public class Workflow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    private String description;

    private String definition;

    /** The template it was made from, if any. */
    @Column(name = "template_key")
    private String templateKey;

    /** Counts saves; a save based on an older version is refused instead of overwriting someone else's. */
    @Version
    private int version;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Workflow() {
        // for JPA
    }

    public Workflow(UUID tenantId, String name, String description, String definition, String templateKey,
                    String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.description = description;
        this.definition = definition;
        this.templateKey = templateKey;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void revise(String newName, String newDescription, String newDefinition, Instant now) {
        name = newName;
        description = newDescription;
        definition = newDefinition;
        updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getDefinition() {
        return definition;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
