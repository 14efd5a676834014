package com.bizosaas.agents.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.agents.boundary.AgentConfigurations;
import com.bizosaas.agents.boundary.Agents;
import com.bizosaas.agents.control.ConfigurationDiff;
import com.bizosaas.agents.control.ConfigurationRules;
import com.bizosaas.agents.control.SensitiveTools;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One agent as the organisation runs it (A2): the editor for the version in force (administrators; managers
 * see it read-only), the versions saved so far, two of them side by side, and restoring one. The editor keeps
 * the version it started from, so a save after someone else's is refused rather than overwriting theirs.
 */
@Named
@ViewScoped
public class ConfigureAgentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentConfigurations configurations;

    @EJB
    Agents agents;

    @Inject
    ConsoleSession session;

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
    private int compareFrom;
    private int compareTo;
    private ConfigurationDiff.Comparison comparison;
    private String catalogueGoal;
    private String cataloguePrompt;
    private String catalogueTools;
    private String catalogueModelTier;
    private String catalogueMinimumTier;

    private final PagedModel<AgentConfiguration> history = new PagedModel<>(
            (filters, page) -> configurations.history(agentId, page), v -> String.valueOf(v.getVersion()));

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
            catalogueGoal = agent.getGoal();
            cataloguePrompt = agent.getPromptTemplate();
            catalogueTools = String.join(", ", agent.getTools());
            catalogueModelTier = agent.getModelTier();
            catalogueMinimumTier = agent.getMinimumTier();
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

    /** The super-admin's revision of the catalogue entry, for every organisation. */
    public void reviseCatalogue() {
        boolean done = Messages.attempt(() -> {
            agents.revise(agentId, new Agents.Revision(catalogueGoal, cataloguePrompt,
                    java.util.Arrays.stream(catalogueTools.split("[,\\s]+")).filter(t -> !t.isBlank()).toList(),
                    catalogueModelTier, catalogueMinimumTier));
            return "Catalogue entry revised for every organisation";
        });
        if (done) {
            load();
        }
    }

    public boolean mayReviseCatalogue() {
        return session.isIn(RoleSet.SUPER_ADMIN);
    }

    public String getCatalogueGoal() {
        return catalogueGoal;
    }

    public void setCatalogueGoal(String catalogueGoal) {
        this.catalogueGoal = catalogueGoal;
    }

    public String getCataloguePrompt() {
        return cataloguePrompt;
    }

    public void setCataloguePrompt(String cataloguePrompt) {
        this.cataloguePrompt = cataloguePrompt;
    }

    public String getCatalogueTools() {
        return catalogueTools;
    }

    public void setCatalogueTools(String catalogueTools) {
        this.catalogueTools = catalogueTools;
    }

    public String getCatalogueModelTier() {
        return catalogueModelTier;
    }

    public void setCatalogueModelTier(String catalogueModelTier) {
        this.catalogueModelTier = catalogueModelTier;
    }

    public String getCatalogueMinimumTier() {
        return catalogueMinimumTier;
    }

    public void setCatalogueMinimumTier(String catalogueMinimumTier) {
        this.catalogueMinimumTier = catalogueMinimumTier;
    }

    public void restore(int restored) {
        boolean done = Messages.attempt(() -> "Version " + restored + " restored as version "
                + configurations.restore(agentId, restored, "restored from the console").version());
        if (done) {
            load();
        }
    }

    /** Opens the comparison of a version with the one in force. */
    public void compareWithCurrent(int other) {
        compareFrom = other;
        compareTo = version;
        compare();
    }

    public void compare() {
        Messages.attempt(() -> {
            comparison = configurations.diff(agentId, compareFrom, compareTo);
            long changed = comparison.settings().stream().filter(ConfigurationDiff.Setting::changed).count();
            return "Version " + compareFrom + " and version " + compareTo + ": " + (changed == 0 ? "the same"
                    : changed + " setting" + (changed == 1 ? "" : "s") + " differ");
        });
    }

    public boolean mayConfigure() {
        return session.isIn(RoleSet.ADMINISTRATORS);
    }

    /** The versions one can compare: the catalogue's (0) up to the one in force. */
    public List<Integer> getVersions() {
        List<Integer> versions = new ArrayList<>();
        for (int v = version; v >= 0; v--) {
            versions.add(v);
        }
        return versions;
    }

    /** What the chosen tools mean for the agent's tasks. */
    public String getApprovalNote() {
        List<String> sensitive = SensitiveTools.among(tools);
        return sensitive.isEmpty() ? "No sensitive tool: its tasks run without approval."
                : "Its tasks wait for approval: it can act through " + String.join(", ", sensitive) + ".";
    }

    public List<String> getModelTiers() {
        return ConfigurationRules.MODEL_TIERS;
    }

    public ConfigurationRules.Range getTemperatureRange() {
        return ConfigurationRules.temperature(session.isIn(RoleSet.SUPER_ADMIN));
    }

    public ConfigurationRules.Range getMaxTokensRange() {
        return ConfigurationRules.maxTokens(session.isIn(RoleSet.SUPER_ADMIN));
    }

    public PagedModel<AgentConfiguration> getHistory() {
        return history;
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

    public int getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(int compareFrom) {
        this.compareFrom = compareFrom;
    }

    public int getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(int compareTo) {
        this.compareTo = compareTo;
    }

    public ConfigurationDiff.Comparison getComparison() {
        return comparison;
    }
}
