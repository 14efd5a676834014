package com.bizosaas.agents.api;

import com.bizosaas.agents.entity.Agent;

import java.util.List;
import java.util.UUID;

/** One agent of the catalogue. */
public record AgentJson(UUID id, String slug, String name, String category, String integration, int pattern,
                        String role, String goal, List<String> tools, String modelTier, String minimumTier) {

    static AgentJson of(Agent a) {
        return new AgentJson(a.getId(), a.getSlug(), a.getName(), a.getCategory(), a.getIntegration(), a.getPattern(),
                a.getRole(), a.getGoal(), a.getTools(), a.getModelTier(), a.getMinimumTier());
    }
}
