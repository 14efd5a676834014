package com.bizosaas.tenancy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the super-admin fills in to onboard a client. The tier is a name so that an unknown one is named. */
public record NewTenant(
        @NotBlank(message = "name is required") @Size(max = 120, message = "name is longer than {max} characters") String name,
        @NotNull(message = "slug is required")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "slug must be lower-case letters and digits separated by single hyphens")
        @Size(max = 60, message = "slug is longer than {max} characters") String slug,
        @NotNull(message = "tier is required")
        @Pattern(regexp = "TIER_1|TIER_2|TIER_3", message = "tier must be one of TIER_1, TIER_2, TIER_3") String tier) {
}
