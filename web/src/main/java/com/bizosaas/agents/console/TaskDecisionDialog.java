package com.bizosaas.agents.console;

import com.bizosaas.agents.approvals.boundary.TaskApprovals;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.console.JsonText;
import com.bizosaas.console.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;

import java.io.Serializable;
import java.util.Objects;

/**
 * The agents page's "Approve or reject" dialog on a task of the approval inbox: its input (and its tool call's
 * arguments) to edit before approving, a note — the reason, when rejecting. A task that needs two approvals waits on
 * for an administrator after the first.
 */
@Named
@ViewScoped
public class TaskDecisionDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TaskApprovals approvals;

    @Inject
    AgentNames agentNames;

    private AgentTask reviewed;
    private String editedInput;
    private String editedArguments;
    private String note;

    /** Opens the dialog on a waiting task, its input (and its tool call's arguments) ready to edit. */
    public void review(AgentTask task) {
        reviewed = task;
        editedInput = task.getInput();
        editedArguments = task.getToolArguments();
        note = null;
    }

    public void approve() {
        Messages.attempt(() -> {
            JsonObject arguments = reviewed.getTool() == null || Objects.equals(editedArguments, reviewed.getToolArguments())
                    ? null : JsonText.object("arguments", editedArguments);
            AgentTask task = approvals.approve(reviewed.getId(), editedInput, arguments, note);
            return task.getState() == TaskState.AWAITING_APPROVAL
                    ? "First of two approvals given: the task for " + agentNames.of(reviewed) + " now waits for an administrator"
                    : "Approved: the task for " + agentNames.of(reviewed) + " is queued";
        });
    }

    public void reject() {
        Messages.attempt(() -> {
            approvals.reject(reviewed.getId(), note);
            return "Rejected: the task for " + agentNames.of(reviewed) + " is cancelled";
        });
    }

    public AgentTask getReviewed() {
        return reviewed;
    }

    public String getEditedInput() {
        return editedInput;
    }

    public void setEditedInput(String editedInput) {
        this.editedInput = editedInput;
    }

    public String getEditedArguments() {
        return editedArguments;
    }

    public void setEditedArguments(String editedArguments) {
        this.editedArguments = editedArguments;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
