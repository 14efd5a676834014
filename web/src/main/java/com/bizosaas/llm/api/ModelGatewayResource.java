package com.bizosaas.llm.api;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.llm.boundary.TenantCosts;
import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.errors.Refusal;
import com.bizosaas.llm.boundary.ModelBudgets;
import com.bizosaas.llm.boundary.ModelUsage;
import com.bizosaas.llm.boundary.ProviderHealth;
import com.bizosaas.llm.boundary.ProviderSettings;
import com.bizosaas.llm.boundary.Providers;
import com.bizosaas.llm.boundary.SemanticCache;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway's administration under {@code /api/v1/llm}: usage and cost (the dashboard's figures), budgets,
 * the semantic cache, and provider health. The models themselves are called at {@code /v1}.
 */
@ApplicationScoped
@Path("llm")
@Tag(name = "Language models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelGatewayResource {

    @EJB
    ModelUsage usage;

    @EJB
    ModelBudgets budgets;

    @EJB
    TenantCosts tenantCosts;

    @Inject
    SemanticCache cache;

    @Inject
    ProviderHealth health;

    @Inject
    Providers providers;

    @EJB
    ProviderSettings settings;

    @Inject
    TenantContext context;

    /** New budgets; a null field returns that budget to the tier's default. */
    public record BudgetJson(BigDecimal dailyUsd, BigDecimal monthlyUsd) {

        /**
         * Both budgets must be named — a number of US dollars, or null for the tier's default — so that a body that
         * names neither (a typo, another shape) changes nothing by accident.
         */
        static BudgetJson from(JsonObject body) {
            if (body == null) {
                throw Refusal.invalid("body", "a body {dailyUsd, monthlyUsd} is required");
            }
            return new BudgetJson(amount(body, "dailyUsd"), amount(body, "monthlyUsd"));
        }

        private static BigDecimal amount(JsonObject body, String field) {
            if (!body.containsKey(field)) {
                throw Refusal.invalid(field, field + " is required: a number of US dollars, or null for the tier's default");
            }
            JsonValue value = body.get(field);
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            throw Refusal.invalid(field, field + " must be a number of US dollars, or null for the tier's default");
        }
    }

    /** One provider as the console shows it: never its key. */
    public record ProviderJson(String name, boolean enabled, boolean inChain, int position, String baseUrl,
                               boolean keyConfigured, Map<String, String> models, boolean fromConsole,
                               String state, long calls, long failures, String lastError) {
    }

    /** The super-admin's setting of a provider. {@code baseUrl} null: the configured one. */
    public record ProviderSettingJson(Boolean enabled, Integer position, String baseUrl, Map<String, String> models) {
    }

    @GET
    @Path("usage")
    @Operation(summary = "Model calls, tokens, cost and cache savings of the caller's tenant over the last days (default 30)")
    public ModelUsage.Report usage(@QueryParam("days") @DefaultValue("30") int days) {
        return usage.report(days);
    }

    @GET
    @Path("tenants/{tenantId}/usage")
    @Operation(summary = "Another tenant's model usage (super-admin, audited)")
    public ModelUsage.Report usageOf(@PathParam("tenantId") UUID tenantId, @QueryParam("days") @DefaultValue("30") int days) {
        return tenantCosts.usage(tenantId, days);
    }

    @GET
    @Path("budget")
    @Operation(summary = "The caller's tenant's daily and monthly model budgets and what is spent of them")
    public ModelBudgets.Status budget() {
        return budgets.status();
    }

    @PUT
    @Path("budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the caller's tenant's model budgets (administrators, audited)")
    public ModelBudgets.Status setBudget(@RequestBody(content = @Content(schema = @Schema(implementation = BudgetJson.class)))
                                         JsonObject body) {
        BudgetJson budget = BudgetJson.from(body);
        return budgets.set(budget.dailyUsd(), budget.monthlyUsd());
    }

    @PUT
    @Path("tenants/{tenantId}/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set another tenant's model budgets (super-admin, audited)")
    public ModelBudgets.Status setBudgetOf(@PathParam("tenantId") UUID tenantId,
                                           @RequestBody(content = @Content(schema = @Schema(implementation = BudgetJson.class)))
                                           JsonObject body) {
        BudgetJson budget = BudgetJson.from(body);
        return tenantCosts.setBudget(tenantId, budget.dailyUsd(), budget.monthlyUsd());
    }

    /** How many answers were forgotten. */
    public record InvalidatedJson(int removed) {
    }

    @DELETE
    @Path("cache")
    @Operation(summary = "Forget every cached answer of the caller's tenant (administrators)")
    public InvalidatedJson invalidateCache() {
        return new InvalidatedJson(cache.invalidate());
    }

    @GET
    @Path("providers")
    @Operation(summary = "Every known provider: in the chain or not, position, base URL, models per tier, whether a key "
            + "is configured (never the key) and its health on this node")
    @Allowed(RoleSet.ADMINISTRATORS)
    public List<ProviderJson> providers() {
        Map<String, ProviderHealth.Status> seen = new java.util.HashMap<>();
        health.all().forEach(s -> seen.put(s.provider(), s));
        return providers.descriptions().stream().map(p -> {
            ProviderHealth.Status s = seen.get(p.name());
            Map<String, String> models = new java.util.LinkedHashMap<>();
            p.models().forEach((tier, model) -> models.put(tier.label(), model));
            return new ProviderJson(p.name(), p.enabled(), p.inChain(), p.position(), p.baseUrl(), p.keyConfigured(), models,
                    p.fromConsole(), !p.inChain() ? "not in the chain" : s == null ? "no calls yet" : s.state(),
                    s == null ? 0 : s.calls(), s == null ? 0 : s.failures(), s == null ? null : s.lastError());
        }).toList();
    }

    @PUT
    @Path("providers/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Override a provider's configuration: enabled, position, baseUrl, models {cheap, balanced, premium} "
            + "(super-admin, audited; a configured key is never sent to a base URL set here)")
    public List<ProviderJson> changeProvider(@PathParam("name") String name, ProviderSettingJson body) {
        if (body == null || body.enabled() == null || body.position() == null || body.models() == null) {
            throw Refusal.invalid("body", "enabled, position and models {cheap, balanced, premium} are required");
        }
        settings.change(name, body.enabled(), body.position(), body.baseUrl(), body.models().get("cheap"),
                body.models().get("balanced"), body.models().get("premium"));
        return providers();
    }

    @DELETE
    @Path("providers/{name}")
    @Operation(summary = "Return a provider to its configuration (super-admin, audited)")
    public List<ProviderJson> resetProvider(@PathParam("name") String name) {
        settings.reset(name);
        return providers();
    }
}
