package com.bizosaas.identity.entity;

/** What a user may do; see PRODUCT.md, "People and how they reach it". */
public enum Role {
    SUPER_ADMIN, TENANT_ADMIN, MANAGER, CLIENT, SUPPORT_AGENT
}
