package com.bizosaas.identity.console;

import com.bizosaas.console.Messages;
import com.bizosaas.identity.boundary.Authenticators;
import com.bizosaas.identity.boundary.UserLifecycle;
import com.bizosaas.identity.entity.UserAccount;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.UUID;

/**
 * The users table's actions on one user (T2): disable and enable, reset two-step sign-in (confirmed on the page),
 * another role and a new password (in a dialog). Each ends the user's sessions and tokens at once, and the page says so.
 */
@Named
@ViewScoped
public class UserAccessDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient UserLifecycle lifecycle;

    @EJB
    transient Authenticators authenticators;

    @Inject
    ConsoleSession session;

    private UUID userId;
    private String email;
    private String role;
    private String password;

    /** Opens the dialog for a user. */
    public void choose(UserAccount user) {
        userId = user.getId();
        email = user.getEmail();
        role = user.getRole().name();
        password = null;
    }

    public void disable(UserAccount user) {
        Messages.attempt(() -> lifecycle.disable(user.getId()).getEmail()
                + " is disabled: signed out everywhere, and cannot sign in until enabled");
    }

    public void enable(UserAccount user) {
        Messages.attempt(() -> lifecycle.enable(user.getId()).getEmail() + " is enabled and can sign in again");
    }

    /** For a user who lost their authenticator app and recovery codes. */
    public void resetTwoStep(UserAccount user) {
        Messages.attempt(() -> {
            authenticators.resetFor(user.getId());
            return user.getEmail() + " signs in with their password alone now, and sets up two-step sign-in again where"
                    + " your policy requires it";
        });
    }

    public void saveRole() {
        Messages.attempt(() -> {
            UserAccount user = lifecycle.changeRole(userId, role);
            return user.getEmail() + " is now " + user.getRole() + ": signed out everywhere, to sign in with the new role";
        });
    }

    public void resetPassword() {
        Messages.attempt(() -> lifecycle.resetPassword(userId, password).getEmail()
                + " has a new password: pass it on; they were signed out everywhere");
        password = null;
    }

    /** Whether the row is the signed-in administrator's own (no action on oneself). */
    public boolean isSelf(UserAccount user) {
        return user.getId().equals(session.getUserId());
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
