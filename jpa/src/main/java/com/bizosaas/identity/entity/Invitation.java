package com.bizosaas.identity.entity;

import com.bizosaas.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An invitation to join a tenant with a role, until it expires or is accepted. Tenant-owned. */
@Entity
@Table(name = "invitation")
@NamedQuery(name = Invitation.BY_TOKEN_HASH, query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = Invitation.PENDING, query = "select i from Invitation i where i.acceptedAt is null order by i.createdAt desc")
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
    public static final String PENDING = "Invitation.pending";

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "invited_by")
    private String invitedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
        // for JPA
    }

    public Invitation(UUID tenantId, String email, Role role, String tokenHash, String invitedBy, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isOpenAt(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    public void accept(Instant now) {
        this.acceptedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
