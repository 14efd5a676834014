package com.bizosaas.tenancy.entity;

/** A suspended tenant's users cannot sign in, its tokens stop working and its background work pauses. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
