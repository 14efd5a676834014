package com.bizosaas.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One recovery code of a user, for when the authenticator is lost: kept as its SHA-256 only, spent on use. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = RecoveryCode.UNUSED_OF_USER, query = "select c from RecoveryCode c where c.userId = :user and c.usedAt is null")
@NamedQuery(name = RecoveryCode.DELETE_OF_USER, query = "delete from RecoveryCode c where c.userId = :user")
public class RecoveryCode implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String UNUSED_OF_USER = "RecoveryCode.unusedOfUser";
    public static final String DELETE_OF_USER = "RecoveryCode.deleteOfUser";

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(UUID tenantId, UUID userId, String codeHash, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.userId = Objects.requireNonNull(userId);
        this.codeHash = Objects.requireNonNull(codeHash);
        this.createdAt = now;
    }

    public void spend(Instant now) {
        usedAt = now;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public UUID getUserId() {
        return userId;
    }
}
