package com.bizosaas.identity.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.Role;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.control.NetworkRange;
import com.bizosaas.identity.entity.SignInPolicy;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's sign-in policy (issue 14 item 6), set by its administrators: the roles that must sign in in two steps,
 * the console's idle timeout, the networks its users may come from. A change is audited and announced
 * ({@value #CHANGED}), so that every node stops trusting what it remembered of the old networks at once
 * ({@link AllowedNetworks}). An administrator cannot write a list of networks that shuts out the address they are
 * writing it from.
 */
@Stateless
public class SignInPolicies {

    public static final String CHANGED = "sign-in-policy.changed";
    static final Duration LONGEST_IDLE = Duration.ofHours(12);
    static final int MOST_NETWORKS = 50;

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    Event<DomainEvent> onThisNode;

    /** The shortest idle timeout a tenant may set (tests shorten it to see a session expire in seconds). */
    @Inject
    @ConfigProperty(name = "bizosaas.identity.shortest-idle-timeout", defaultValue = "PT1M")
    Duration shortestIdle;

    /** A change of policy as a request writes it; null leaves that part as it is. */
    public record Change(List<String> twoStepRoles, String idleTimeout, List<String> allowedNetworks) {
    }

    /** The caller's tenant's policy (its defaults if it wrote none). */
    @Allowed(RoleSet.ADMINISTRATORS)
    public SignInPolicy current() {
        return policyOf(context.requireTenant());
    }

    /**
     * The policy of a tenant whose transaction this is (sign-in and session checks enter the tenant first); the
     * defaults if it wrote none.
     */
    public SignInPolicy policyOf(UUID tenantId) {
        SignInPolicy policy = em.find(SignInPolicy.class, tenantId);
        return policy != null ? policy : SignInPolicy.defaults(tenantId);
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public SignInPolicy change(@NotNull(message = "a JSON body {twoStepRoles, idleTimeout, allowedNetworks} is required")
                               Change change) {
        if (change.twoStepRoles() == null && change.idleTimeout() == null && change.allowedNetworks() == null) {
            throw Refusal.invalid("twoStepRoles", "name at least one of twoStepRoles, idleTimeout, allowedNetworks");
        }
        UUID tenant = context.requireTenant();
        SignInPolicy policy = em.find(SignInPolicy.class, tenant);
        boolean isNew = policy == null;
        if (isNew) {
            policy = new SignInPolicy(tenant);
        }
        String before = describe(policy);
        Set<Role> roles = change.twoStepRoles() == null ? policy.getTwoStepRoles() : roles(change.twoStepRoles());
        Duration idle = change.idleTimeout() == null ? policy.getIdleTimeout() : idle(change.idleTimeout());
        List<String> networks = change.allowedNetworks() == null ? policy.getAllowedNetworks() : networks(change.allowedNetworks());
        policy.change(roles, idle, networks, context.actor(), Instant.now());
        if (isNew) {
            em.persist(policy);
        }
        audit.record(CHANGED, "sign-in-policy", before, describe(policy));
        DomainEvent changed = DomainEvent.of(CHANGED, tenant, JsonValue.EMPTY_JSON_OBJECT);
        events.publish(changed); // the other nodes
        onThisNode.fire(changed); // this node, once committed
        return policy;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException notARole) {
                throw Refusal.invalid("twoStepRoles", "\"" + name + "\" is not a role; roles are " + List.of(Role.values()));
            }
        }
        return roles;
    }

    private Duration idle(String written) {
        Duration idle;
        try {
            idle = Duration.parse(written.strip());
        } catch (DateTimeParseException notADuration) {
            throw Refusal.invalid("idleTimeout", "idleTimeout is an ISO-8601 duration such as PT30M (30 minutes)");
        }
        if (idle.compareTo(shortestIdle) < 0 || idle.compareTo(LONGEST_IDLE) > 0) {
            throw Refusal.invalid("idleTimeout", "idleTimeout must be " + shortestIdle + " to " + LONGEST_IDLE);
        }
        return idle;
    }

    private List<String> networks(List<String> written) {
        if (written.size() > MOST_NETWORKS) {
            throw Refusal.invalid("allowedNetworks", "at most " + MOST_NETWORKS + " networks");
        }
        List<String> networks = new ArrayList<>();
        List<NetworkRange> ranges = new ArrayList<>();
        for (String text : written) {
            NetworkRange range;
            try {
                range = NetworkRange.parse(text);
            } catch (IllegalArgumentException wrong) {
                throw Refusal.invalid("allowedNetworks", wrong.getMessage());
            }
            ranges.add(range);
            networks.add(range.toString());
        }
        String caller = context.sourceIp();
        if (!ranges.isEmpty() && ranges.stream().noneMatch(range -> range.contains(caller))) {
            throw Refusal.conflict("allowedNetworks", "these networks would shut you out: your address " + caller
                    + " is in none of them; add it, or set the list from an address that is");
        }
        return networks;
    }

    private static String describe(SignInPolicy policy) {
        return "two-step for " + policy.getTwoStepRoles() + ", idle " + policy.getIdleTimeout() + ", networks "
                + (policy.getAllowedNetworks().isEmpty() ? "any" : policy.getAllowedNetworks());
    }
}
