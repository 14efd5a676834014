package com.bizosaas.identity.boundary;

import com.bizosaas.identity.control.NetworkRange;
import com.bizosaas.identity.entity.SignInPolicy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a tenant's users may reach the platform from an address: its policy's networks, or every network when it
 * wrote none. API requests ask on every call, so each node remembers each tenant's networks; a change of policy makes
 * every node forget them at once ({@link AccessChanges}), and what is remembered is read again after a minute in any
 * case, should an announcement be lost.
 */
@ApplicationScoped
public class AllowedNetworks {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

    @EJB
    SignInPolicies policies;

    private final Map<UUID, Remembered> byTenant = new ConcurrentHashMap<>();

    private record Remembered(List<NetworkRange> ranges, Instant readAt) {
    }

    /** For a request whose transaction context is already the tenant's (the caller entered it). */
    public boolean admits(UUID tenantId, String address) {
        Instant now = Instant.now();
        Remembered remembered = byTenant.get(tenantId);
        if (remembered == null || remembered.readAt().plus(REMEMBERED_FOR).isBefore(now)) {
            remembered = new Remembered(ranges(policies.policyOf(tenantId)), now);
            byTenant.put(tenantId, remembered);
        }
        return admit(remembered.ranges(), address);
    }

    void forget(UUID tenantId) {
        byTenant.remove(tenantId);
    }

    /** Whether a policy admits an address. */
    public static boolean admit(SignInPolicy policy, String address) {
        return admit(ranges(policy), address);
    }

    private static boolean admit(List<NetworkRange> ranges, String address) {
        return ranges.isEmpty() || ranges.stream().anyMatch(range -> range.contains(address));
    }

    private static List<NetworkRange> ranges(SignInPolicy policy) {
        return policy.getAllowedNetworks().stream().map(NetworkRange::parse).toList();
    }
}
