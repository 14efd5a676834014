package com.bizosaas.agents.console;

import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The configure page's versions: every configuration the organisation saved of the agent, newest first, and
 * restoring one — or the catalogue's definition — as a new version in force, which the editor then shows. Comparing
 * two is {@link VersionComparisonDialog}'s.
 */
@Named
@ViewScoped
public class ConfigurationVersionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentConfigurations configurations;

    @Inject
    AgentConfigurationEditor editor;

    private final PagedModel<AgentConfiguration> history = new PagedModel<>(
            (filters, page) -> configurations.history(editor.getAgentId(), page), v -> String.valueOf(v.getVersion()));

    public void restore(int restored) {
        boolean done = Messages.attempt(() -> "Version " + restored + " restored as version "
                + configurations.restore(editor.getAgentId(), restored, "restored from the console").version());
        if (done) {
            editor.load();
        }
    }

    /** The version in force, which there is no restoring. */
    public int getVersionInForce() {
        return editor.getVersion();
    }

    public PagedModel<AgentConfiguration> getHistory() {
        return history;
    }
}
