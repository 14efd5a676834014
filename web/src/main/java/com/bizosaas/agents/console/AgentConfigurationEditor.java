package com.bizosaas.agents.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.configuration.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.agents.tasks.control.SensitiveTools;
import com.bizosaas.console.Messages;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The configure page's editor (A2): the organisation's version in force of one agent, to change and save as a new
 * version (administrators; managers see it read-only). It keeps the version it started from, so a save after someone
 * else's is refused rather than overwriting theirs. It holds the page's agent: the page's other sections
 * ({@link CatalogueEntryEditor}, {@link ConfigurationVersionsView}, {@link VersionComparisonDialog}) read the agent
 * and the version in force here, and have it read again after they change them.
 */
@Named
@ViewScoped
public class AgentConfigurationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The agent was read again, with the organisation's version in force: on opening the page and after a change. */
    public record Loaded(Agent agent) {
    }

    @EJB
    AgentConfigurations configurations;

    @Inject
    ConsoleSession session;

    @Inject
    Event<Loaded> loaded;

    private UUID agentId;
    private Agent agent;
    private int version;
    private boolean enabled;
    private String promptTemplate;
    private List<String> tools = new ArrayList<>();
    private String modelTier;
    private BigDecimal temperature;
    private Integer maxTokens;
    private String note;

    /** The page's view action: reads the agent and fills the editor with the version in force. */
    public void load() {
        if (agentId == null) {
            return;
        }
        try {
            AgentConfigurations.Configured current = configurations.current(agentId);
            agent = current.agent();
            version = current.version();
            AgentSettings s = current.settings();
            enabled = s.enabled();
            promptTemplate = s.promptTemplate();
            tools = new ArrayList<>(s.tools());
            modelTier = s.modelTier();
            temperature = s.temperature();
            maxTokens = s.maxTokens();
            note = null;
            loaded.fire(new Loaded(agent));
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void save() {
        boolean saved = Messages.attempt(() -> {
            int before = version;
            AgentConfigurations.Configured now = configurations.change(agentId, version, new AgentConfigurations.Change(
                    enabled, promptTemplate, tools, modelTier, temperature, maxTokens), note);
            return now.version() == before ? "Nothing changed: version " + before + " stays in force"
                    : "Saved as version " + now.version() + (now.settings().enabled() ? "" : " — the agent is disabled");
        });
        if (saved) {
            load();
        }
    }

    /** What the chosen tools mean for the agent's calls. */
    public String getApprovalNote() {
        List<String> sensitive = SensitiveTools.among(tools);
        return sensitive.isEmpty() ? "No sensitive tool: its tasks run without approval."
                : "Its calls of " + String.join(", ", sensitive) + " wait for approval: a person sees each one, its"
                + " arguments and its amount, before it is made.";
    }

    public List<String> getModelTiers() {
        return AgentCatalogue.MODEL_TIERS;
    }

    public ConfigurationRules.Range getTemperatureRange() {
        return ConfigurationRules.temperature(session.isIn(RoleSet.SUPER_ADMIN));
    }

    public ConfigurationRules.Range getMaxTokensRange() {
        return ConfigurationRules.maxTokens(session.isIn(RoleSet.SUPER_ADMIN));
    }

    public UUID getAgentId() {
        return agentId;
    }

    public void setAgentId(UUID agentId) {
        this.agentId = agentId;
    }

    public Agent getAgent() {
        return agent;
    }

    /** The organisation's version in force: 0 while it runs the agent as the catalogue defines it. */
    public int getVersion() {
        return version;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPromptTemplate() {
        return promptTemplate;
    }

    public void setPromptTemplate(String promptTemplate) {
        this.promptTemplate = promptTemplate;
    }

    public List<String> getTools() {
        return tools;
    }

    public void setTools(List<String> tools) {
        this.tools = tools;
    }

    public String getModelTier() {
        return modelTier;
    }

    public void setModelTier(String modelTier) {
        this.modelTier = modelTier;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public void setTemperature(BigDecimal temperature) {
        this.temperature = temperature;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
