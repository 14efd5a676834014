/** The tenant registry's facade: onboarding, suspension, reactivation. */
package com.bizosaas.tenancy.boundary;
