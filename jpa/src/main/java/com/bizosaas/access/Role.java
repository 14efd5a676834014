package com.bizosaas.access;

/**
 * What a user may do; see PRODUCT.md, "People and how they reach it". Rules name groups of roles, not roles one by
 * one: see {@link RoleSet}.
 */
public enum Role {
    SUPER_ADMIN, TENANT_ADMIN, MANAGER, CLIENT, SUPPORT_AGENT
}
