package com.bizosaas.identity.boundary;

import com.bizosaas.identity.control.LiveTokens;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.tenancy.boundary.Offboarding;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;

/**
 * What ends API access at once: a revoked token, a user disabled or given another role or password
 * ({@link UserLifecycle}), a suspended or offboarded tenant; and a tenant's new sign-in policy ends what this node
 * remembered of its allowed networks ({@link AllowedNetworks}). This node's remembered
 * token confirmations ({@link LiveTokens}) are forgotten as soon as such a change commits here (the beans that
 * make the change fire the domain event on this node too), and when the domain event reaches the other nodes
 * ({@link AccessChangeListener}).
 */
@ApplicationScoped
public class AccessChanges {

    static final Set<String> TYPES = Set.of(Tokens.REVOKED, UserLifecycle.ACCESS_CHANGED, Tenants.SUSPENDED,
            Offboarding.OFFBOARDED, SignInPolicies.CHANGED);

    @Inject
    LiveTokens liveTokens;

    @Inject
    AllowedNetworks networks;

    void committedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        apply(event);
    }

    public void apply(DomainEvent event) {
        if (!TYPES.contains(event.type())) {
            return;
        }
        if (Tokens.REVOKED.equals(event.type())) {
            liveTokens.forgetToken(UUID.fromString(event.payload().getString("jti")));
        } else if (SignInPolicies.CHANGED.equals(event.type())) {
            networks.forget(event.tenantId());
        } else if (UserLifecycle.ACCESS_CHANGED.equals(event.type())) {
            liveTokens.forgetUser(UUID.fromString(event.payload().getString("userId")));
        } else if (event.tenantId() != null) {
            liveTokens.forgetTenant(event.tenantId());
        }
    }
}
