package com.bizosaas.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's authenticator app for two-step sign-in: the shared TOTP secret, sealed with the vault's keys. It counts
 * only once a code from the app confirmed it; the last time step a code was accepted for is kept, so that no code is
 * accepted twice (a code seen over someone's shoulder is already spent).
 */
@Entity
@Table(name = "user_authenticator")
public class UserAuthenticator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private byte[] ciphertext;

    private byte[] nonce;

    @Column(name = "key_id")
    private String keyId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step")
    private long lastStep;

    protected UserAuthenticator() {
        // for JPA
    }

    public UserAuthenticator(UUID tenantId, UUID userId, Instant now) {
        this.tenantId = Objects.requireNonNull(tenantId);
        this.userId = Objects.requireNonNull(userId);
        this.createdAt = now;
    }

    /** A new secret (enrolment begun again): unconfirmed until a code from the app proves it was scanned. */
    public void seal(byte[] ciphertext, byte[] nonce, String keyId, Instant now) {
        this.ciphertext = ciphertext;
        this.nonce = nonce;
        this.keyId = keyId;
        this.createdAt = now;
        this.confirmedAt = null;
        this.lastStep = 0;
    }

    public void confirm(Instant now) {
        confirmedAt = now;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /**
     * Spends the time step a code was accepted for.
     *
     * @return false if that step, or a later one, was already spent: the code is a replay
     */
    public boolean spend(long step) {
        if (step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }

    /** What binds the sealed secret to its owner: a ciphertext copied to another user's row does not open. */
    public String associatedData() {
        return tenantId + "/authenticator/" + userId;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getTenantId() {
        return tenantId;
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

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
