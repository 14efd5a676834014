package com.bizosaas.tenancy.control;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose data the current request, message or timer works on, and who is acting. Set once from the
 * authenticated principal (API token or console session) or from the tenant a message carries — never from a
 * client-supplied header alone. {@link TenantTransactions} hands it to PostgreSQL in every transaction,
 * where row-level security does the rest.
 */
@RequestScoped
public class TenantContext {

    private UUID tenantId;
    private UUID userId;
    private String actor = "anonymous";
    private String role;
    private String sourceIp;

    /** Work for {@code tenant} on behalf of an authenticated user. */
    public void enter(UUID tenant, UUID user, String email, String userRole, String ip) {
        this.tenantId = tenant;
        this.userId = user;
        this.actor = email;
        this.role = userRole;
        this.sourceIp = ip;
    }

    /** Work for {@code tenant} on behalf of the platform itself (messages, timers, demo data, sign-in). */
    public void enterAsPlatform(UUID tenant, String what, String ip) {
        enter(tenant, null, what, null, ip);
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public Optional<UUID> user() {
        return Optional.ofNullable(userId);
    }

    /** The caller's role name, or null when no user is signed in. */
    public String role() {
        return role;
    }

    public boolean hasRole(String... anyOf) {
        for (String r : anyOf) {
            if (r.equals(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The super-admin's explicit path into another tenant's data: the only way tenant-owned rows of a
     * tenant other than one's own become visible. Callers audit it.
     */
    public void actAs(UUID tenant) {
        this.tenantId = tenant;
    }

    public Optional<UUID> tenant() {
        return Optional.ofNullable(tenantId);
    }

    public UUID requireTenant() {
        if (tenantId == null) {
            throw new IllegalStateException("no tenant in context");
        }
        return tenantId;
    }

    public String actor() {
        return actor;
    }

    public String sourceIp() {
        return sourceIp;
    }
}
