package com.bizosaas.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.identity.boundary.Users;
import com.bizosaas.llm.boundary.ModelBudgets;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.boundary.RateLimits;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

@ApplicationScoped
@Path("usage")
@Tag(name = "Tenancy")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    @EJB
    Tenants tenants;

    @EJB
    Users users;

    @EJB
    RateLimits rateLimits;

    @EJB
    ModelBudgets modelBudgets;

    @Inject
    TenantContext context;

    /** The caller's tenant's use of its tier. */
    public record UsageJson(String tier, long users, int maxUsers, int maxAgents, long apiCallsLastHour, int apiRequestsPerMinute,
                            BigDecimal modelSpendThisMonthUsd, BigDecimal monthlyModelBudgetUsd) {
    }

    @GET
    @Operation(summary = "The caller's tenant's use of its tier: users, API calls in the last hour, model spend this month (administrators)")
    public UsageJson usage() {
        long userCount = users.list(PageRequest.first(1)).totalItems(); // also checks the caller administers
        Tenant tenant = tenants.find(context.requireTenant()).orElseThrow();
        ModelBudgets.Status budget = modelBudgets.status();
        return new UsageJson(tenant.getTier().name(), userCount, tenant.getTier().maxUsers(), tenant.getTier().maxAgents(),
                rateLimits.callsInTheLastHour(), tenant.getTier().apiRequestsPerMinute(), budget.spentThisMonthUsd(),
                budget.monthlyUsd());
    }
}
