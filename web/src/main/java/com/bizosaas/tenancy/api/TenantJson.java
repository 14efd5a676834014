package com.bizosaas.tenancy.api;

import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A tenant with the entitlements its tier grants. */
public record TenantJson(UUID id, UUID parentId, String name, String slug, String tier, String status,
                         Instant createdAt, Instant statusSince, Entitlements entitlements) {

    /** What the tier buys. */
    public record Entitlements(BigDecimal monthlyPriceUsd, int maxUsers, int maxAgents, BigDecimal monthlyModelBudgetUsd,
                               int apiRequestsPerMinute, Set<String> features) {

        static Entitlements of(Tier tier) {
            return new Entitlements(tier.monthlyPriceUsd(), tier.maxUsers(), tier.maxAgents(), tier.monthlyModelBudgetUsd(),
                    tier.apiRequestsPerMinute(), tier.features());
        }
    }

    static TenantJson of(Tenant t) {
        return new TenantJson(t.getId(), t.getParentId(), t.getName(), t.getSlug(), t.getTier().name(), t.getStatus().name(),
                t.getCreatedAt(), t.getStatusSince(), Entitlements.of(t.getTier()));
    }
}
