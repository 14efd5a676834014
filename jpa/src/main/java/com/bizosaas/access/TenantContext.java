package com.bizosaas.access;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
    private Role role;
    private String sourceIp;

    /** Work for {@code tenant} on behalf of an authenticated user. */
    public void enter(UUID tenant, UUID user, String email, Role userRole, String ip) {
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

    /** The caller's role, or null when no user is signed in. */
    public Role role() {
        return role;
    }

    /** Whether the signed-in caller holds one of the group's roles (the platform itself holds none). */
    public boolean isIn(RoleSet roles) {
        return roles.includes(role);
    }

    /**
     * Runs {@code work} for another tenant and comes back to the caller's own, however the work ends. Only the
     * explicit, audited cross-tenant door ({@code tenancy.boundary.CrossTenant}) and offboarding call it; row-level
     * security then shows exactly that tenant's rows to every bean the work calls.
     */
    public <T> T runAs(UUID tenant, Supplier<T> work) {
        UUID own = tenantId;
        tenantId = tenant;
        try {
            return work.get();
        } finally {
            tenantId = own;
        }
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
