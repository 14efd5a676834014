/**
 * The tenant registry (T1, T5): onboarding, renaming, tier changes, suspension and reactivation ({@code Tenants}),
 * offboarding with the tenant's archive ({@code Offboarding}, {@code TenantExport} reading every domain's declared
 * tables), per-tenant rate limits, demo tenants, and the extension points other domains fill: the audited
 * cross-tenant door ({@code CrossTenant}) and an organisation's use of its tier ({@code TierUsage}). Depends on no
 * domain above it.
 */
package com.bizosaas.tenancy.boundary;
