package com.bizosaas.identity.console;

import com.bizosaas.identity.entity.UserAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.UUID;

/** Who is signed in to the consoles in this browser session. Holds no secret. */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID userId;
    private UUID tenantId;
    private String email;
    private String displayName;
    private String role;

    void signedIn(UserAccount user) {
        this.userId = user.getId();
        this.tenantId = user.getTenantId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.role = user.getRole().name();
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    public boolean hasRole(String... anyOf) {
        return role != null && Arrays.asList(anyOf).contains(role);
    }

    public boolean isSuperAdmin() {
        return hasRole("SUPER_ADMIN");
    }

    public boolean isAdministrator() {
        return hasRole("SUPER_ADMIN", "TENANT_ADMIN");
    }

    public UUID getUserId() {
        return userId;
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

    public String getRole() {
        return role;
    }
}
