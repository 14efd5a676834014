package com.bizosaas.identity.console;

import com.bizosaas.console.Messages;
import com.bizosaas.identity.boundary.UserLifecycle;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Changing one's own password (T2), with the current one: every other session and token of the user ends; this
 * session goes on.
 */
@Named
@RequestScoped
public class PasswordView {

    @EJB
    UserLifecycle lifecycle;

    @Inject
    ConsoleSession session;

    private String current;
    private String chosen;

    public void change() {
        Messages.attempt(() -> {
            lifecycle.changeOwnPassword(current, chosen);
            session.renewed();
            return "Password changed: every other session and API token of yours has ended";
        });
        current = null;
        chosen = null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }
}
