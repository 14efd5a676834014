/** The tenant registry's API: tenants, offboarding, an organisation's use of its tier, and the platform's data map. */
package com.bizosaas.tenancy.api;
