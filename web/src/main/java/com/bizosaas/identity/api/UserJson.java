package com.bizosaas.identity.api;

import com.bizosaas.identity.entity.UserAccount;

import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it (never the password hash). */
public record UserJson(UUID id, UUID tenantId, String email, String displayName, String role, boolean locked,
                       boolean disabled, Instant createdAt, Instant lastLoginAt, Instant accessChangedAt) {

    public static UserJson of(UserAccount u) {
        return new UserJson(u.getId(), u.getTenantId(), u.getEmail(), u.getDisplayName(), u.getRole().name(),
                u.isLockedAt(Instant.now()), u.isDisabled(), u.getCreatedAt(), u.getLastLoginAt(), u.getAccessChangedAt());
    }
}
