package com.bizosaas.access;

/**
 * A CDI event: {@link AllowedRoles} refused a caller an operation its role may not perform — a tenant's administrator
 * reaching for the super-admin's cross-tenant door, a manager for an administrator's setting. Fired before the refusal
 * rolls the caller's work back, so that an observer (the audit trail) can keep it on record.
 *
 * @param operation the bean and method, as "SignInPolicies.change"
 * @param required  who may perform it
 * @param caller    the caller's role, or null for nobody signed in
 */
public record AccessRefused(String operation, RoleSet required, Role caller) {
}
