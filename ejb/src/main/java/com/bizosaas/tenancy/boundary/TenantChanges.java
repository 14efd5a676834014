package com.bizosaas.tenancy.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the super-admin may change about a tenant; a null field stays as it is. */
public record TenantChanges(
        @Size(min = 1, max = 120, message = "name must be 1 to 120 characters") String name,
        @Pattern(regexp = "TIER_1|TIER_2|TIER_3", message = "tier must be one of TIER_1, TIER_2, TIER_3") String tier) {
}
