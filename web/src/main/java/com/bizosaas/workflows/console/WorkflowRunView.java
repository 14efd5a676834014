package com.bizosaas.workflows.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.console.JsonText;
import com.bizosaas.console.Messages;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.workflows.boundary.WorkflowGates;
import com.bizosaas.workflows.boundary.WorkflowRuns;
import com.bizosaas.workflows.boundary.WorkflowSignals;
import com.bizosaas.workflows.control.WorkflowDiagram;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One run, live: its diagram coloured by the steps' states and its steps with their results, refreshed while it
 * runs; a manager or administrator decides its approval gates, signals the event a step waits for, or cancels it.
 */
@Named
@ViewScoped
public class WorkflowRunView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkflowRuns runs;

    @EJB
    WorkflowGates gates;

    @EJB
    WorkflowSignals signals;

    @Inject
    ConsoleSession session;

    private UUID runId;
    private WorkflowRun run;
    private List<WorkflowStep> steps = List.of();
    private Map<UUID, AgentTask> tasks = Map.of();
    private transient FacesContext readIn;
    private String note;
    private String decidedStep;
    private String reason;
    private String eventType;
    private String eventPayload;

    public void load() {
        read();
    }

    /**
     * The run as the database has it now, read once per request: the page's poll re-renders it every two seconds,
     * and an action reads it again after acting.
     */
    private void read() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (readIn == request) {
            return;
        }
        readIn = request;
        run = runId == null ? null : runs.findRun(runId).orElse(null);
        steps = run == null ? List.of() : runs.steps(runId);
        tasks = run == null ? Map.of() : runs.tasksOf(runId);
    }

    private void reread() {
        readIn = null;
        read();
    }

    public String getDiagram() {
        read();
        return WorkflowDiagram.of(run, steps);
    }

    /** The approval gate a decision dialog is about to decide. */
    public void choose(WorkflowStep gate) {
        decidedStep = gate.getKey();
        note = null;
        reason = null;
    }

    public void approve() {
        Messages.attempt(() -> {
            gates.approve(runId, decidedStep, note);
            return "Step " + decidedStep + " approved: the run goes on";
        });
        reread();
    }

    public void reject() {
        Messages.attempt(() -> {
            gates.reject(runId, decidedStep, reason);
            return "Step " + decidedStep + " rejected: the run is cancelled";
        });
        reread();
    }

    public void cancel() {
        Messages.attempt(() -> {
            runs.cancel(runId);
            return "Run cancelled";
        });
        reread();
    }

    /**
     * Starts another run of the same workflow with this run's input — the workflow as it is now, which may have
     * changed since — and opens it.
     */
    public String runAgain() {
        WorkflowRun[] started = new WorkflowRun[1];
        boolean ok = Messages.attempt(() -> {
            started[0] = runs.start(run.getWorkflowId(), run.getInput());
            return "Run of \"" + started[0].getWorkflowName() + "\" started again with the same input";
        });
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return ok ? "/workflows/run?faces-redirect=true&run=" + started[0].getId() : null;
    }

    public void prepareSignal(WorkflowStep waiting) {
        eventType = waiting.getEventType();
        eventPayload = null;
    }

    public void signal() {
        Messages.attempt(() -> {
            int released = signals.signal(eventType, JsonText.object("payload", eventPayload));
            return eventType + " signalled: " + released + (released == 1 ? " waiting step" : " waiting steps") + " released";
        });
        reread();
    }

    public AgentTask taskOf(WorkflowStep step) {
        read();
        return step.getTaskId() == null ? null : tasks.get(step.getTaskId());
    }

    public boolean mayAct() {
        return session.isIn(RoleSet.OPERATORS);
    }

    public UUID getRunId() {
        return runId;
    }

    public void setRunId(UUID runId) {
        this.runId = runId;
    }

    public WorkflowRun getRun() {
        read();
        return run;
    }

    public List<WorkflowStep> getSteps() {
        read();
        return steps;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDecidedStep() {
        return decidedStep;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getEventPayload() {
        return eventPayload;
    }

    public void setEventPayload(String eventPayload) {
        this.eventPayload = eventPayload;
    }
}
