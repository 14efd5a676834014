package com.bizosaas.tenancy.entity;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a tenant pays for and what that buys: monthly price, features, and the quotas the platform enforces.
 */
public enum Tier {
    TIER_1(new BigDecimal("97"), 5, 3, new BigDecimal("25"), 1000, Set.of("directory", "prd-builder")),
    TIER_2(new BigDecimal("297"), 25, 10, new BigDecimal("100"), 1000, Set.of("directory", "prd-builder", "agents", "knowledge", "workflows")),
    TIER_3(new BigDecimal("997"), 250, 88, new BigDecimal("500"), 5000,
            Set.of("directory", "prd-builder", "agents", "knowledge", "workflows", "bot-configs", "village-knowledge"));

    private final BigDecimal monthlyPriceUsd;
    private final int maxUsers;
    private final int maxAgents;
    private final BigDecimal monthlyModelBudgetUsd;
    private final int apiRequestsPerMinute;
    private final Set<String> features;

    Tier(BigDecimal monthlyPriceUsd, int maxUsers, int maxAgents, BigDecimal monthlyModelBudgetUsd,
         int apiRequestsPerMinute, Set<String> features) {
        this.monthlyPriceUsd = monthlyPriceUsd;
        this.maxUsers = maxUsers;
        this.maxAgents = maxAgents;
        this.monthlyModelBudgetUsd = monthlyModelBudgetUsd;
        this.apiRequestsPerMinute = apiRequestsPerMinute;
        this.features = features;
    }

    public BigDecimal monthlyPriceUsd() {
        return monthlyPriceUsd;
    }

    public int maxUsers() {
        return maxUsers;
    }

    public int maxAgents() {
        return maxAgents;
    }

    public BigDecimal monthlyModelBudgetUsd() {
        return monthlyModelBudgetUsd;
    }

    public int apiRequestsPerMinute() {
        return apiRequestsPerMinute;
    }

    public Set<String> features() {
        return features;
    }
}
