package com.bizosaas.agents.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the signed-in user may do on the agents pages, asked by every section to show or hide its actions — one
 * answer for the whole page, so two sections cannot disagree. The boundaries decide again on each call.
 */
@Named
@RequestScoped
public class AgentPermissions {

    @Inject
    ConsoleSession session;

    /** Run agents, decide what waits for approval, acknowledge alerts, keep alert rules. */
    public boolean mayRun() {
        return session.isIn(RoleSet.OPERATORS);
    }

    /** Configure agents for the organisation, delete insights and alert rules. */
    public boolean mayConfigure() {
        return session.isIn(RoleSet.ADMINISTRATORS);
    }

    /** Revise an agent's catalogue entry, for every organisation. */
    public boolean mayReviseCatalogue() {
        return session.isIn(RoleSet.SUPER_ADMIN);
    }
}
