package com.bizosaas.agents.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a tenant runs an agent: whether at all, the prompt template ({@code {{tenant}}} is filled in; the task itself
 * reaches the model as the user's message, never in the prompt, so {@code {{input}}} only says where it is), the tools it may call (a subset of the catalogue's), the model tier ("auto", "cheap", "balanced",
 * "premium") and the sampling parameters.
 */
public record AgentSettings(boolean enabled, String promptTemplate, List<String> tools, String modelTier,
                            BigDecimal temperature, int maxTokens) implements Serializable {

    /** What the catalogue gives a tenant that has not configured the agent. */
    public static final BigDecimal DEFAULT_TEMPERATURE = new BigDecimal("0.30");
    public static final int DEFAULT_MAX_TOKENS = 800;

    public AgentSettings {
        tools = List.copyOf(tools);
    }

    /** The catalogue's definition: version 0 of every tenant's configuration. */
    public static AgentSettings of(Agent agent) {
        return new AgentSettings(true, agent.getPromptTemplate(), agent.getTools(), agent.getModelTier(),
                DEFAULT_TEMPERATURE, DEFAULT_MAX_TOKENS);
    }
}
