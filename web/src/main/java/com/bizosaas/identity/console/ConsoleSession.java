package com.bizosaas.identity.console;

import com.bizosaas.access.Role;
import com.bizosaas.access.RoleSet;
import com.bizosaas.identity.entity.UserAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Who is signed in to the consoles in this browser session. Holds no secret. */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 4L;
    /** How long a proved password waits for its second step. */
    static final Duration SECOND_STEP_WITHIN = Duration.ofMinutes(5);

    private UUID userId;
    private UUID tenantId;
    private String email;
    private String displayName;
    private Role role;
    private Instant signedInAt;
    private Instant lastSeen;
    private boolean mustEnrol;
    private UUID awaitingUserId;
    private UUID awaitingTenantId;
    private String awaitingEmail;
    private Instant awaitingSince;

    void signedIn(UserAccount user) {
        forgetAwaitedCode();
        this.mustEnrol = false;
        this.signedInAt = Instant.now();
        this.lastSeen = signedInAt;
        this.userId = user.getId();
        this.tenantId = user.getTenantId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
    }

    /**
     * Signed in only to set up an authenticator, which the organisation requires of this user's role: every page but
     * the two-step page sends them there until they have.
     */
    void signedInToEnrol(UserAccount user) {
        signedIn(user);
        mustEnrol = true;
    }

    /** The authenticator the organisation required is set up: the consoles open. */
    void enrolled() {
        mustEnrol = false;
    }

    public boolean mustEnrol() {
        return mustEnrol;
    }

    /** The password was proved; the code from the authenticator app is next (within {@link #SECOND_STEP_WITHIN}). */
    void awaitCode(UserAccount user) {
        awaitingUserId = user.getId();
        awaitingTenantId = user.getTenantId();
        awaitingEmail = user.getEmail();
        awaitingSince = Instant.now();
    }

    public boolean isAwaitingCode() {
        return awaitingUserId != null && awaitingSince.plus(SECOND_STEP_WITHIN).isAfter(Instant.now());
    }

    void forgetAwaitedCode() {
        awaitingUserId = null;
        awaitingTenantId = null;
        awaitingEmail = null;
        awaitingSince = null;
    }

    UUID getAwaitingUserId() {
        return awaitingUserId;
    }

    UUID getAwaitingTenantId() {
        return awaitingTenantId;
    }

    public String getAwaitingEmail() {
        return awaitingEmail;
    }

    /** A click: the session was not idle until now. */
    void seenAt(Instant now) {
        lastSeen = now;
    }

    /** Whether the session has been idle for longer than its organisation allows. */
    boolean idleLongerThan(Duration idleTimeout, Instant now) {
        return lastSeen != null && lastSeen.plus(idleTimeout).isBefore(now);
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
