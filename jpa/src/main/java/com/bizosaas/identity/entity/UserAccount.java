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
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who signs in, within one tenant. Tenant-owned: row-level security shows a tenant only its own
 * users. Five failed sign-ins in a row lock the account for fifteen minutes.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where lower(u.email) = lower(:email)")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by lower(u.email)")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.ACTIVE_ADMINISTRATORS, query = "select count(u) from UserAccount u"
        + " where u.role = com.bizosaas.access.Role.TENANT_ADMIN and u.status = 'ACTIVE'")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_EMAIL = "UserAccount.byEmail";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";
    public static final String ACTIVE_ADMINISTRATORS = "UserAccount.activeAdministrators";
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    private String status;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** When the account's access last changed (disabled, role, password): sessions from before it end. */
    @Column(name = "access_changed_at")
    private Instant accessChangedAt;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(UUID tenantId, String email, String displayName, Role role, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.email = Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.role = Objects.requireNonNull(role);
        this.passwordHash = passwordHash;
        this.status = "ACTIVE";
        this.createdAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** @return true if this failure locked the account */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_OUT);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The same password, hashed anew (at a stronger setting): nothing else changes, no session ends. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** A new password: every session and token from before now ends; a lock-out is lifted. */
    public void setPassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        failedLogins = 0;
        lockedUntil = null;
        accessChangedAt = now;
    }

    /** Another role: every session and token from before now ends (they carry the old role). */
    public void changeRole(Role newRole, Instant now) {
        role = Objects.requireNonNull(newRole);
        accessChangedAt = now;
    }

    /** Disabled: it cannot sign in, and every session and token ends. */
    public void disable(Instant now) {
        status = "DISABLED";
        accessChangedAt = now;
    }

    /** Enabled again: it signs in anew (sessions ended while it was disabled stay ended). */
    public void enable() {
        status = "ACTIVE";
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isDisabled() {
        return "DISABLED".equals(status);
    }

    /** Whether a session that signed in at {@code signedInAt} may go on: enabled, and no change of access since. */
    public boolean admitsSessionFrom(Instant signedInAt) {
        return !isDisabled() && (accessChangedAt == null || !signedInAt.isBefore(accessChangedAt));
    }

    public Instant getAccessChangedAt() {
        return accessChangedAt;
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

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
