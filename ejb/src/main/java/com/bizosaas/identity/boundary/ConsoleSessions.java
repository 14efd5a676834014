package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/** Whether a console session may go on (see {@link AccountChecks}). */
@Stateless
public class ConsoleSessions {

    @Inject
    TenantContext context;

    @EJB
    AccountChecks accounts;

    public boolean stillActive(UUID tenantId, UUID userId, Role role, Instant signedInAt) {
        context.enterAsPlatform(tenantId, "console-session", null);
        return accounts.activeSince(userId, role, tenantId, signedInAt);
    }
}
