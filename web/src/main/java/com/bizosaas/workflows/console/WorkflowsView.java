package com.bizosaas.workflows.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.workflows.boundary.WorkflowDefinitions;
import com.bizosaas.workflows.boundary.WorkflowGates;
import com.bizosaas.workflows.boundary.WorkflowRuns;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.Workflow;
import com.bizosaas.workflows.entity.WorkflowRun;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The workflows page: the tier's templates, the tenant's definitions (run one, edit, delete) and its runs, whose
 * states the page refreshes on its own.
 */
@Named
@ViewScoped
public class WorkflowsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkflowDefinitions workflowDefinitions;

    @EJB
    WorkflowRuns workflowRuns;

    @EJB
    WorkflowGates gates;

    @Inject
    ConsoleSession session;

    private Workflow chosen;
    private String input;
    private RunState runState;
    private UUID runsOf;

    private final PagedModel<Workflow> definitions = new PagedModel<>(
            (filters, page) -> workflowDefinitions.list(PagedModel.filter(filters, "name"), page), w -> w.getId().toString());

    private final PagedModel<WorkflowRun> runs = new PagedModel<>(
            (filters, page) -> workflowRuns.runs(runState, runsOf, page), r -> r.getId().toString());

    /** The gates runs wait at, for managers and administrators to open and decide. */
    public List<WorkflowGates.WaitingGate> getGates() {
        return gates.waiting();
    }

    public List<WorkflowDefinitions.TemplateOffer> getTemplates() {
        return workflowDefinitions.templates();
    }

    public void useTemplate(String key) {
        Messages.attempt(() -> "Workflow \"" + workflowDefinitions.createFromTemplate(key, null).getName()
                + "\" made from the template: open it to adapt it, or run it as it is");
    }

    public void choose(Workflow workflow) {
        chosen = workflow;
        input = null;
    }

    /** Starts a run of the chosen workflow; its page then shows it live. */
    public String run() {
        WorkflowRun[] started = new WorkflowRun[1];
        boolean ok = Messages.attempt(() -> {
            started[0] = workflowRuns.start(chosen.getId(), input);
            return "Run of \"" + chosen.getName() + "\" started";
        });
        // the message is to show on the page the redirect opens
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return ok ? "/workflows/run?faces-redirect=true&run=" + started[0].getId() : null;
    }

    public void delete(Workflow workflow) {
        Messages.attempt(() -> {
            workflowDefinitions.delete(workflow.getId());
            return "Workflow \"" + workflow.getName() + "\" deleted; its runs are kept";
        });
    }

    public boolean mayEdit() {
        return session.isIn(RoleSet.ADMINISTRATORS);
    }

    public boolean mayRun() {
        return session.isIn(RoleSet.OPERATORS);
    }

    public int stepsOf(Workflow workflow) {
        return WorkflowDefinition.parse(workflow.getDefinition()).steps().size();
    }

    public RunState[] getRunStates() {
        return RunState.values();
    }

    /** The definitions to filter the runs by, by name (the first page's worth: a name filter covers the rest). */
    public List<Workflow> getRunFilterChoices() {
        return workflowDefinitions.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public PagedModel<Workflow> getDefinitions() {
        return definitions;
    }

    public PagedModel<WorkflowRun> getRuns() {
        return runs;
    }

    public Workflow getChosen() {
        return chosen;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public RunState getRunState() {
        return runState;
    }

    public void setRunState(RunState runState) {
        this.runState = runState;
    }

    /** The workflow whose runs are listed; null for every workflow's. */
    public UUID getRunsOf() {
        return runsOf;
    }

    public void setRunsOf(UUID runsOf) {
        this.runsOf = runsOf;
    }
}
