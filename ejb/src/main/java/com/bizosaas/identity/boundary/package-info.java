/**
 * Identity (T2): a tenant's users and the super-admin's view of any tenant's ({@code TenantUsers}), invitations,
 * password sign-in with lock-out, API tokens and their revocation, the checks behind console sessions, and the demo
 * users. The domain's tables and usage figure are declared here too ({@code IdentityTables}, {@code IdentityUsage}).
 */
package com.bizosaas.identity.boundary;
