package com.bizosaas.tenancy.boundary;

import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.util.List;
import java.util.Map;

/** The registry's figures: the tier itself, and the API calls its rate limit counts. */
@Dependent
public class TenancyUsage implements TierUsage {

    @EJB
    RateLimits rateLimits;

    @Override
    public List<UsageFigure> figures(Tenant tenant) {
        Tier tier = tenant.getTier();
        long calls = rateLimits.callsInTheLastHour();
        return List.of(
                UsageFigure.of(10, "Tier", tier.name(), "$" + tier.monthlyPriceUsd() + "/month · up to " + tier.maxAgents() + " agents",
                        Map.of("tier", tier.name(), "maxAgents", tier.maxAgents())),
                UsageFigure.of(30, "API calls", calls + " in the last hour",
                        "limit " + tier.apiRequestsPerMinute() + " a minute",
                        Map.of("apiCallsLastHour", calls, "apiRequestsPerMinute", tier.apiRequestsPerMinute())));
    }
}
