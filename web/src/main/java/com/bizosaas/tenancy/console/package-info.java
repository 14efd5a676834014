/** The super-admin's tenants page: the tenant tree with tiers and status, onboarding, suspension, offboarding. */
package com.bizosaas.tenancy.console;
