/** Tenancy logic behind the registry: which tenants are active (for timers), and the rate limiter's leases. */
package com.bizosaas.tenancy.control;
