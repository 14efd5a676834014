package com.bizosaas.agents.api;

import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.agents.tasks.control.SensitiveTools;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of an organisation's configuration of an agent: its settings, who saved it, when and why (version 0
 * is the catalogue's definition: nobody saved it). {@code sensitiveTools} of the configured tools make tasks wait
 * for approval.
 */
public record ConfigurationJson(UUID agentId, int version, boolean enabled, String promptTemplate, List<String> tools,
                                String modelTier, BigDecimal temperature, int maxTokens, List<String> sensitiveTools,
                                String changedBy, Instant changedAt, String note, Integer restoredFrom) {

    static ConfigurationJson of(AgentConfigurations.Configured configured) {
        return of(configured.agent().getId(), configured.version(), configured.settings(), configured.latest());
    }

    static ConfigurationJson of(UUID agentId, AgentConfiguration version) {
        return of(agentId, version.getVersion(), version.settings(), version);
    }

    static ConfigurationJson of(UUID agentId, int version, AgentSettings s, AgentConfiguration saved) {
        return new ConfigurationJson(agentId, version, s.enabled(), s.promptTemplate(), s.tools(), s.modelTier(),
                s.temperature(), s.maxTokens(), SensitiveTools.among(s.tools()),
                saved == null ? null : saved.getChangedBy(), saved == null ? null : saved.getChangedAt(),
                saved == null ? null : saved.getNote(), saved == null ? null : saved.getRestoredFrom());
    }
}
