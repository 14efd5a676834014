package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.access.TenantContext;
import com.bizosaas.identity.entity.SignInPolicy;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether a console session may go on, asked at every click: the account is still active as it signed in
 * ({@link AccountChecks}), the click comes from a network the organisation allows, and the organisation's idle
 * timeout, which the console holds the session to.
 */
@Stateless
public class ConsoleSessions {

    @Inject
    TenantContext context;

    @EJB
    AccountChecks accounts;

    @EJB
    SignInPolicies policies;

    /** Why a session ends now, if it does. */
    public enum Ending {
        NONE, ACCESS_CHANGED, NETWORK
    }

    /** The answer: go on (idle for at most {@code idleTimeout}), or end, and why. */
    public record Verdict(Ending ending, Duration idleTimeout) {

        public boolean goesOn() {
            return ending == Ending.NONE;
        }
    }

    public Verdict check(UUID tenantId, UUID userId, Role role, Instant signedInAt, String address) {
        context.enterAsPlatform(tenantId, "console-session", address);
        if (!accounts.activeSince(userId, role, tenantId, signedInAt)) {
            return new Verdict(Ending.ACCESS_CHANGED, Duration.ZERO);
        }
        SignInPolicy policy = policies.policyOf(tenantId);
        if (!AllowedNetworks.admit(policy, address)) {
            return new Verdict(Ending.NETWORK, Duration.ZERO);
        }
        return new Verdict(Ending.NONE, policy.getIdleTimeout());
    }
}
