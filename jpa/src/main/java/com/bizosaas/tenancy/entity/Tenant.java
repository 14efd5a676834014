package com.bizosaas.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A business on the platform: the agency (master, no parent) or one of its clients. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.parentId nulls first, lower(t.name)")
@NamedQuery(name = Tenant.BY_SLUG, query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(name = Tenant.COUNT_BY_NAME_OR_SLUG,
        query = "select count(t) from Tenant t where lower(t.name) = lower(:name) or t.slug = :slug")
public class Tenant implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Tenant.all";
    public static final String BY_SLUG = "Tenant.bySlug";
    public static final String COUNT_BY_NAME_OR_SLUG = "Tenant.countByNameOrSlug";

    @Id
    private UUID id;

    @Column(name = "parent_id")
    private UUID parentId;

    private String name;

    private String slug;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "status_since")
    private Instant statusSince;

    protected Tenant() {
        // for JPA
    }

    public Tenant(UUID parentId, String name, String slug, Tier tier, Instant now) {
        this.id = UUID.randomUUID();
        this.parentId = parentId;
        this.name = Objects.requireNonNull(name).strip();
        this.slug = Objects.requireNonNull(slug);
        this.tier = Objects.requireNonNull(tier);
        this.status = TenantStatus.ACTIVE;
        this.createdAt = now;
        this.statusSince = now;
    }

    public void suspend(Instant now) {
        status = TenantStatus.SUSPENDED;
        statusSince = now;
    }

    public void reactivate(Instant now) {
        status = TenantStatus.ACTIVE;
        statusSince = now;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }

    public void changeTier(Tier newTier) {
        this.tier = Objects.requireNonNull(newTier);
    }

    public boolean isMaster() {
        return parentId == null;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public UUID getId() {
        return id;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public Tier getTier() {
        return tier;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    /** A one-line description for the audit trail. */
    public String describe() {
        return "name=" + name + ", slug=" + slug + ", tier=" + tier + ", status=" + status;
    }
}
