package com.bizosaas.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The groups of roles the platform's rules are written in (PRODUCT.md, "People and how they reach it"). A boundary
 * declares one with {@link Allowed}; a page or a view asks {@link TenantContext#isIn}. Naming the group once here
 * keeps the consoles, the API and the beans from disagreeing about who may do what.
 */
public enum RoleSet {

    /** The platform operator: cross-tenant work, the catalogue, providers, announcements. */
    SUPER_ADMIN("the super-admin", Role.SUPER_ADMIN),

    /** Who administers an organisation: its users, credentials, budgets, agent configurations, workflows. */
    ADMINISTRATORS("administrators", Role.SUPER_ADMIN, Role.TENANT_ADMIN),

    /** Who runs agents and workflows and decides what waits for approval. */
    OPERATORS("administrators and managers", Role.SUPER_ADMIN, Role.TENANT_ADMIN, Role.MANAGER),

    /** Every signed-in user, whatever the role. */
    MEMBERS("signed-in users", Role.values());

    private final String who;
    private final Set<Role> roles;

    RoleSet(String who, Role... roles) {
        this.who = who;
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    public boolean includes(Role role) {
        return role != null && roles.contains(role);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** "administrators (SUPER_ADMIN, TENANT_ADMIN)" — for refusals and tooltips. */
    public String describe() {
        return this == MEMBERS ? who : who + " (" + roles.stream().map(Role::name).collect(Collectors.joining(", ")) + ")";
    }
}
