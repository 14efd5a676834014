package com.bizosaas.identity.console;

import com.bizosaas.access.Role;
import com.bizosaas.access.RoleSet;
import com.bizosaas.identity.entity.UserAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Who is signed in to the consoles in this browser session. Holds no secret. */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 3L;

    private UUID userId;
    private UUID tenantId;
    private String email;
    private String displayName;
    private Role role;
    private Instant signedInAt;

    void signedIn(UserAccount user) {
        this.signedInAt = Instant.now();
        this.userId = user.getId();
        this.tenantId = user.getTenantId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
    }

    /** The user changed their own password here: this session goes on; all others of theirs ended. */
    void renewed() {
        signedInAt = Instant.now();
    }

    /** When this session signed in (or was renewed): a change of the user's access after it ends it. */
    public Instant getSignedInAt() {
        return signedInAt;
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    public boolean isIn(RoleSet roles) {
        return roles.includes(role);
    }

    public boolean isSuperAdmin() {
        return isIn(RoleSet.SUPER_ADMIN);
    }

    public boolean isAdministrator() {
        return isIn(RoleSet.ADMINISTRATORS);
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

    public Role getRole() {
        return role;
    }
}
