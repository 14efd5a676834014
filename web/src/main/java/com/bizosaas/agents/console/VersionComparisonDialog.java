package com.bizosaas.agents.console;

import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.configuration.control.ConfigurationDiff;
import com.bizosaas.console.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The configure page's "Two versions side by side" dialog: the settings of two of the agent's versions (0 being the
 * catalogue's definition) and their prompt templates line by line. It opens on a version against the one in force;
 * either side can then be changed.
 */
@Named
@ViewScoped
public class VersionComparisonDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentConfigurations configurations;

    @Inject
    AgentConfigurationEditor editor;

    private int compareFrom;
    private int compareTo;
    private ConfigurationDiff.Comparison comparison;

    /** Opens the comparison of a version with the one in force. */
    public void compareWithCurrent(int other) {
        compareFrom = other;
        compareTo = editor.getVersion();
        compare();
    }

    public void compare() {
        Messages.attempt(() -> {
            comparison = configurations.diff(editor.getAgentId(), compareFrom, compareTo);
            long changed = comparison.settings().stream().filter(ConfigurationDiff.Setting::changed).count();
            return "Version " + compareFrom + " and version " + compareTo + ": " + (changed == 0 ? "the same"
                    : changed + " setting" + (changed == 1 ? "" : "s") + " differ");
        });
    }

    /** The versions one can compare: the catalogue's (0) up to the one in force. */
    public List<Integer> getVersions() {
        List<Integer> versions = new ArrayList<>();
        for (int v = editor.getVersion(); v >= 0; v--) {
            versions.add(v);
        }
        return versions;
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
