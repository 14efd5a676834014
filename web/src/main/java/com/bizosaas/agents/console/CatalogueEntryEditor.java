package com.bizosaas.agents.console;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.console.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The configure page's catalogue entry, for the super-admin: the agent's goal, prompt template, tools, model tier
 * and minimum subscription tier as every organisation gets them. Filled each time {@link AgentConfigurationEditor}
 * reads the agent, so it shows the entry as it is now.
 */
@Named
@ViewScoped
public class CatalogueEntryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Agents agents;

    @Inject
    AgentConfigurationEditor editor;

    private String integration;
    private String goal;
    private String prompt;
    private String tools;
    private String modelTier;
    private String minimumTier;

    void fill(@Observes AgentConfigurationEditor.Loaded loaded) {
        Agent agent = loaded.agent();
        integration = agent.getIntegration();
        goal = agent.getGoal();
        prompt = agent.getPromptTemplate();
        tools = String.join(", ", agent.getTools());
        modelTier = agent.getModelTier();
        minimumTier = agent.getMinimumTier();
    }

    /** The super-admin's revision of the catalogue entry, for every organisation. */
    public void revise() {
        boolean done = Messages.attempt(() -> {
            agents.revise(editor.getAgentId(), new Agents.Revision(goal, prompt,
                    Arrays.stream(tools.split("[,\\s]+")).filter(t -> !t.isBlank()).toList(), modelTier, minimumTier));
            return "Catalogue entry revised for every organisation";
        });
        if (done) {
            editor.load();
        }
    }

    public List<String> getModelTiers() {
        return AgentCatalogue.MODEL_TIERS;
    }

    /** Whose tools an entry may name. */
    public String getIntegration() {
        return integration;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public String getModelTier() {
        return modelTier;
    }

    public void setModelTier(String modelTier) {
        this.modelTier = modelTier;
    }

    public String getMinimumTier() {
        return minimumTier;
    }

    public void setMinimumTier(String minimumTier) {
        this.minimumTier = minimumTier;
    }
}
