package com.bizosaas.agents.console;

import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.tasks.boundary.AgentTasks;
import com.bizosaas.agents.tasks.control.SensitiveTools;
import com.bizosaas.console.JsonText;
import com.bizosaas.console.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The agents page's "Run a task" dialog: what the chosen agent should do and, optionally, the one tool call it makes
 * (from its tools as the organisation configured them). The task list shows the task once queued; a task that can
 * act through sensitive tools goes to the approval inbox instead.
 */
@Named
@ViewScoped
public class RunAgentDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentTasks tasks;

    @EJB
    AgentConfigurations configurations;

    private Agent chosen;
    private String input;
    private List<String> chosenTools = List.of();
    private String tool;
    private String toolArguments;

    /** Opens the dialog on an agent of the catalogue. */
    public void choose(Agent agent) {
        chosen = agent;
        input = null;
        tool = null;
        toolArguments = null;
        chosenTools = configurations.inForce(agent).settings().tools();
    }

    public void run() {
        boolean queued = Messages.attempt(() -> {
            AgentTasks.ToolRequest call = tool == null || tool.isBlank() ? null
                    : new AgentTasks.ToolRequest(tool, JsonText.object("arguments", toolArguments));
            AgentTask task = tasks.submit(chosen.getId(), input, call);
            String id = " (" + task.getId().toString().substring(0, 8) + ")";
            return task.getState() == TaskState.AWAITING_APPROVAL
                    ? "Task for " + chosen.getName() + " waits for approval" + id + ": " + task.getTool() + " changes something"
                    : "Task queued for " + chosen.getName() + id + (SensitiveTools.among(chosenTools).isEmpty() ? ""
                    : "; a call it makes of " + String.join(" or ", SensitiveTools.among(chosenTools)) + " will wait for approval");
        });
        if (queued) {
            input = null;
        }
    }

    public Agent getChosen() {
        return chosen;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public List<String> getChosenTools() {
        return chosenTools;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getToolArguments() {
        return toolArguments;
    }

    public void setToolArguments(String toolArguments) {
        this.toolArguments = toolArguments;
    }
}
