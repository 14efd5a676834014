package com.bizosaas.agents.configuration.control;

import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.connectors.control.ToolArguments;
import com.bizosaas.connectors.control.ToolDefinition;
import com.bizosaas.connectors.control.ToolDefinitions;
import com.bizosaas.errors.Refusal;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tenant may make of a catalogue agent (A2). Everyone: tools only from the agent's catalogue set, a prompt of
 * at most {@value #MAX_PROMPT} characters, a known model tier. A tenant administrator stays within the tier: premium
 * models from Tier 3 on, temperature 0–1, 64–4,000 tokens per answer. The super-admin may go to the models' own
 * limits (temperature 0–2, up to 16,000 tokens) and any model tier.
 */
public final class ConfigurationRules {

    public static final int MAX_PROMPT = 8000;

    /** A range a parameter must stay in. */
    public record Range(BigDecimal min, BigDecimal max) {

        boolean holds(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }

        @Override
        public String toString() {
            return min.toPlainString() + " to " + max.toPlainString();
        }
    }

    private ConfigurationRules() {
    }

    /** Whether the tenant's tier lets it use the agent at all: the agents feature and the agent's minimum tier. */
    public static void refuseIfTierLacks(Agent agent, Tier tier, String feature) {
        if (!tier.features().contains(feature)) {
            throw Refusal.forbidden("this organisation's tier (" + tier + ") does not include agents");
        }
        if (tier.compareTo(Tier.valueOf(agent.getMinimumTier())) < 0) {
            throw Refusal.forbidden(agent.getName() + " needs " + agent.getMinimumTier() + "; this organisation has " + tier);
        }
    }

    /**
     * A tool call asked of an agent: the tool must be one of {@code configuredTools} (the agent's as the tenant
     * configured it) and a tool the platform can call, and the arguments must validate; returns them in canonical
     * form. Refusals name the field ({@code tool.name}, {@code arguments.<name>}).
     */
    public static JsonObject checkedCall(Agent agent, List<String> configuredTools, String tool, JsonObject arguments) {
        if (tool == null || !configuredTools.contains(tool)) {
            throw Refusal.invalid("tool.name", "not a tool of " + agent.getName() + " as configured: " + tool
                    + "; its tools are " + String.join(", ", configuredTools));
        }
        ToolDefinition definition = ToolDefinitions.of(tool, agent.getIntegration())
                .orElseThrow(() -> Refusal.invalid("tool.name", tool + " is not a tool the platform can call"));
        return ToolArguments.check(definition, arguments);
    }

    public static Range temperature(boolean superAdmin) {
        return new Range(BigDecimal.ZERO, superAdmin ? new BigDecimal("2") : BigDecimal.ONE);
    }

    public static Range maxTokens(boolean superAdmin) {
        return new Range(new BigDecimal(superAdmin ? 1 : 64), new BigDecimal(superAdmin ? 16_000 : 4_000));
    }

    /**
     * Checks proposed settings and returns them tidied (prompt stripped, tools de-duplicated in the catalogue's
     * order); refuses the first field that breaks a rule, naming it and what it may be.
     */
    public static AgentSettings check(Agent agent, Tier tier, boolean superAdmin, AgentSettings proposed) {
        String prompt = proposed.promptTemplate() == null ? "" : proposed.promptTemplate().strip();
        if (prompt.isEmpty() || prompt.length() > MAX_PROMPT) {
            throw Refusal.invalid("promptTemplate", "the prompt template must be 1 to " + MAX_PROMPT + " characters");
        }
        Set<String> chosen = new LinkedHashSet<>(proposed.tools());
        chosen.removeAll(agent.getTools());
        if (!chosen.isEmpty()) {
            throw Refusal.invalid("tools", "not a tool of " + agent.getName() + ": " + String.join(", ", chosen)
                    + "; its tools are " + String.join(", ", agent.getTools()));
        }
        List<String> tools = agent.getTools().stream().filter(proposed.tools()::contains).toList();
        if (!AgentCatalogue.MODEL_TIERS.contains(proposed.modelTier())) {
            throw Refusal.invalid("modelTier", "model tier must be one of " + String.join(", ", AgentCatalogue.MODEL_TIERS));
        }
        if ("premium".equals(proposed.modelTier()) && tier.compareTo(Tier.TIER_3) < 0 && !superAdmin
                && !"premium".equals(agent.getModelTier())) {
            throw Refusal.invalid("modelTier", "premium models come with TIER_3; this organisation has " + tier);
        }
        Range temperature = temperature(superAdmin);
        if (proposed.temperature() == null || !temperature.holds(proposed.temperature())) {
            throw Refusal.invalid("temperature", "temperature must be " + temperature);
        }
        Range maxTokens = maxTokens(superAdmin);
        if (!maxTokens.holds(BigDecimal.valueOf(proposed.maxTokens()))) {
            throw Refusal.invalid("maxTokens", "maxTokens must be " + maxTokens);
        }
        return new AgentSettings(proposed.enabled(), prompt, tools, proposed.modelTier(),
                proposed.temperature().setScale(2, RoundingMode.HALF_UP), proposed.maxTokens());
    }
}
