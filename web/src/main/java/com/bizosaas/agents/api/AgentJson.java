package com.bizosaas.agents.api;

import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.agents.tasks.control.SensitiveTools;

import java.util.List;
import java.util.UUID;

/**
 * One agent of the catalogue; {@code sensitiveTools} are those whose calls wait for a person's approval
 * ({@code requiresApproval}: it has some). {@code enabled} and {@code configurationVersion} say how the caller's organisation
 * has it (version 0: as the catalogue defines it).
 */
public record AgentJson(UUID id, String slug, String name, String category, String integration, int pattern,
                        String role, String goal, List<String> tools, String modelTier, String minimumTier,
                        List<String> sensitiveTools, boolean requiresApproval, boolean enabled, int configurationVersion) {

    /** {@code configured} is the tenant's version in force, or null when it has not configured the agent. */
    static AgentJson of(Agent a, AgentConfiguration configured) {
        List<String> sensitive = SensitiveTools.among(a.getTools());
        return new AgentJson(a.getId(), a.getSlug(), a.getName(), a.getCategory(), a.getIntegration(), a.getPattern(),
                a.getRole(), a.getGoal(), a.getTools(), a.getModelTier(), a.getMinimumTier(), sensitive,
                !sensitive.isEmpty(), configured == null || configured.settings().enabled(),
                configured == null ? 0 : configured.getVersion());
    }
}
