package com.bizosaas.workflows.control;

import com.bizosaas.agents.configuration.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.errors.Refusal;
import com.bizosaas.tenancy.entity.Tier;
import com.bizosaas.workflows.entity.StepType;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a tenant's tier and the agent catalogue allow a workflow: the tier must include workflows, and each task step's
 * agent must be in the catalogue and within the tier, with a tool call its configuration allows — and, for a run to
 * start, enabled for the tenant. Saving and starting ask the same questions, so they are answered here once; the
 * boundary hands over its lookups, which keeps this testable without a server. Refusals name the step's field
 * ({@code steps[2].agent}, {@code steps[2].tool.name}).
 */
public final class WorkflowRules {

    /** The tier feature workflows need. */
    public static final String FEATURE = "workflows";

    private WorkflowRules() {
    }

    public static boolean inTier(Tier tier) {
        return tier.features().contains(FEATURE);
    }

    public static void refuseIfTierLacks(Tier tier) {
        if (!inTier(tier)) {
            throw Refusal.forbidden("this organisation's tier (" + tier + ") does not include workflows");
        }
    }

    /**
     * Checks every agent the definition names; {@code toRun} adds that each must be enabled (a 409 naming the step,
     * since an administrator can change that).
     *
     * @param bySlug  the catalogue's agent of a slug
     * @param inForce the settings the tenant runs an agent with
     */
    public static void checkAgents(WorkflowDefinition definition, Tier tier, boolean toRun,
                                   Function<String, Optional<Agent>> bySlug, Function<Agent, AgentSettings> inForce) {
        refuseIfTierLacks(tier);
        for (int i = 0; i < definition.steps().size(); i++) {
            WorkflowDefinition.Step step = definition.steps().get(i);
            if (step.type() != StepType.TASK) {
                continue;
            }
            String at = "steps[" + i + "]";
            Agent agent = bySlug.apply(step.agent()).orElseThrow(() -> Refusal.invalid(at + ".agent",
                    "there is no agent " + step.agent() + " in the catalogue (agents are named by slug, e.g. hubspot-analytics)"));
            if (tier.compareTo(Tier.valueOf(agent.getMinimumTier())) < 0) {
                throw Refusal.invalid(at + ".agent", agent.getName() + " needs " + agent.getMinimumTier()
                        + "; this organisation has " + tier);
            }
            AgentSettings settings = inForce.apply(agent);
            if (toRun && !settings.enabled()) {
                throw Refusal.conflict(at + ".agent", "step " + step.id() + ": " + agent.getName()
                        + " is disabled for this organisation; an administrator can enable it");
            }
            if (step.tool() != null) {
                checkToolCall(agent, settings, step, at);
            }
        }
    }

    private static void checkToolCall(Agent agent, AgentSettings settings, WorkflowDefinition.Step step, String at) {
        try {
            ConfigurationRules.checkedCall(agent, settings.tools(), step.tool().getString("name"),
                    step.tool().getJsonObject("arguments"));
        } catch (Refusal refused) {
            String field = refused.field() == null ? "tool" : refused.field().startsWith("tool.") ? refused.field()
                    : "tool." + refused.field();
            throw Refusal.invalid(at + "." + field, "step " + step.id() + ": " + refused.getMessage());
        }
    }
}
