package com.bizosaas.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One encrypted third-party secret of a tenant (T6). Only its last four characters are ever shown. */
@Entity
@Table(name = "credential")
@NamedQuery(name = Credential.ALL, query = "select c from Credential c order by c.name")
@NamedQuery(name = Credential.BY_NAME, query = "select c from Credential c where c.name = :name")
public class Credential implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Credential.all";
    public static final String BY_NAME = "Credential.byName";

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    private byte[] ciphertext;

    private byte[] nonce;

    @Column(name = "key_id")
    private String keyId;

    private String last4;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    protected Credential() {
        // for JPA
    }

    public Credential(UUID tenantId, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.createdAt = now;
    }

    /** Stores a new encryption of the secret (a new value, or the same value under a new key). */
    public void seal(byte[] newCiphertext, byte[] newNonce, String newKeyId, String newLast4, Instant now) {
        boolean resealing = ciphertext != null;
        this.ciphertext = newCiphertext;
        this.nonce = newNonce;
        this.keyId = newKeyId;
        this.last4 = newLast4;
        if (resealing) {
            this.rotatedAt = now;
        }
    }

    public String masked() {
        return "••••" + last4;
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

    public byte[] getCiphertext() {
        return ciphertext;
    }

    public byte[] getNonce() {
        return nonce;
    }

    public String getKeyId() {
        return keyId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRotatedAt() {
        return rotatedAt;
    }
}
