package com.bizosaas.workflows.boundary;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.tasks.boundary.AgentTasks;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.control.WorkflowProgress;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.StepState;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Moves workflow runs forward (A6), always under the run's row lock, so two messages about the same run (two
 * parallel tasks ending at once) take turns: it reads what ended (a step's task), lets {@link WorkflowProgress}
 * decide what comes next, and does it — gives an agent its task, opens an approval gate, starts waiting for an event,
 * ends the run. Everything it does is in the transaction of the message that asked, together with the messages it
 * sends: after a crash a run is exactly where its last committed step left it, and the broker redelivers the
 * message that was under way. Looking at a run again changes nothing that has not changed, so a redelivered or
 * duplicate message is harmless.
 */
@Stateless
public class WorkflowEngine {

    public static final String APPROVAL_REQUESTED = "workflow.approval.requested";
    public static final String RUN_ENDED = "workflow.run.";
    private static final int MAX_TASK_INPUT = 20_000;

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    AgentTasks tasks;

    @Inject
    WorkflowDispatch dispatch;

    @EJB
    AuditTrail audit;

    @Inject
    EventPublisher events;

    /** Looks at the run again and takes every step it can; a run that ended (or is not this tenant's) is left alone. */
    public void advance(UUID runId) {
        WorkflowRun run = em.find(WorkflowRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getState().isFinal()) {
            return;
        }
        WorkflowDefinition definition = WorkflowDefinition.parse(run.getDefinition());
        Map<String, WorkflowStep> steps = steps(runId);
        steps.values().forEach(this::followTask);
        Instant now = Instant.now();
        WorkflowProgress.Next next;
        do {
            next = WorkflowProgress.next(definition, views(steps));
            for (WorkflowProgress.Decision decision : next.decisions()) {
                WorkflowStep step = steps.get(decision.step());
                if (decision instanceof WorkflowProgress.Skip skip) {
                    step.end(StepState.SKIPPED, null, skip.why(), now);
                } else if (decision instanceof WorkflowProgress.Decide verdict) {
                    step.end(StepState.SUCCEEDED, verdict.holds() ? WorkflowProgress.HELD : "false", verdict.why(), now);
                } else {
                    start(run, definition.step(step.getKey()), step, steps, now);
                }
            }
        } while (!next.decisions().isEmpty());
        if (next.end() != null) {
            end(run, steps, next.end().state(), next.end().why(), now);
        }
    }

    /** A task step follows its task: succeeded, failed, rejected by a person, or cancelled. */
    private void followTask(WorkflowStep step) {
        if (step.getState() != StepState.RUNNING || step.getTaskId() == null) {
            return;
        }
        AgentTask task = em.find(AgentTask.class, step.getTaskId());
        if (task == null) {
            step.end(StepState.FAILED, null, "its task is gone", Instant.now());
            return;
        }
        switch (task.getState()) {
            case SUCCEEDED -> step.end(StepState.SUCCEEDED, task.getResult(), null, task.getFinishedAt());
            case FAILED -> step.end(StepState.FAILED, null, "its task failed: " + task.getError(), task.getFinishedAt());
            case CANCELLED -> step.end(task.getDecidedBy() != null ? StepState.REJECTED : StepState.CANCELLED, null,
                    task.getDecidedBy() != null ? "its task was " + task.getError() : "its task was cancelled",
                    task.getFinishedAt());
            default -> {
                // still queued, running or awaiting approval: its end will send the run another message
            }
        }
    }

    private void start(WorkflowRun run, WorkflowDefinition.Step definition, WorkflowStep step,
                       Map<String, WorkflowStep> steps, Instant now) {
        switch (step.getType()) {
            case TASK -> {
                Map<String, String> results = new HashMap<>();
                steps.values().forEach(s -> results.put(s.getKey(), s.getResult()));
                String input = WorkflowDefinition.inputFor(definition, run.getInput(), results);
                JsonObject tool = definition.tool();
                AgentTasks.StepOutcome given = tasks.submitForStep(new AgentTasks.StepTask(definition.agent(),
                        input.length() > MAX_TASK_INPUT ? input.substring(0, MAX_TASK_INPUT) : input,
                        tool == null ? null : new AgentTasks.ToolRequest(tool.getString("name"), tool.getJsonObject("arguments")),
                        run.getId(), run.getStartedBy()));
                if (given.task() == null) {
                    step.end(StepState.FAILED, null, "its task could not be given: " + given.refusal(), now);
                } else {
                    step.startTask(given.task().getId(), now);
                }
            }
            case APPROVAL -> {
                step.await(StepState.AWAITING_APPROVAL, null, now, null);
                audit.record(APPROVAL_REQUESTED, "workflow-run:" + run.getId(), null, "step " + step.getKey()
                        + (definition.reason() == null ? "" : ": " + definition.reason()));
                events.publish(DomainEvent.of(APPROVAL_REQUESTED, run.getTenantId(), Jsonp.createObjectBuilder()
                        .add("runId", run.getId().toString()).add("workflow", run.getWorkflowName())
                        .add("step", step.getKey()).build()));
            }
            case EVENT -> step.await(StepState.AWAITING_EVENT, definition.event(), now,
                    definition.timeout() == null ? null : now.plus(definition.timeout()));
            case CONDITION -> throw new IllegalStateException("conditions are decided, not started: " + step.getKey());
        }
    }

    /**
     * A person decided on an approval gate waiting in the run: approved, it succeeds and the run moves on; rejected,
     * the run is cancelled. The caller checked who may decide and that the gate waits.
     */
    public void decide(WorkflowRun run, WorkflowStep gate, boolean approved, String person, String note) {
        gate.decidedBy(person);
        gate.end(approved ? StepState.SUCCEEDED : StepState.REJECTED, approved ? "approved by " + person : null,
                (approved ? "approved by " : "rejected by ") + person + (note == null || note.isBlank() ? "" : ": " + note),
                Instant.now());
        dispatch.advance(run.getId(), run.getTenantId());
    }

    /**
     * An event of {@code type} arrived for the caller's tenant: every step of its runs waiting for that type
     * succeeds with the event's payload as its result, and each run moves on. Returns how many steps it released.
     */
    public int eventArrived(String type, JsonObject payload, Instant at) {
        List<WorkflowStep> waiting = em.createQuery("select s from WorkflowStep s where s.state = :waiting"
                        + " and s.eventType = :type", WorkflowStep.class)
                .setParameter("waiting", StepState.AWAITING_EVENT).setParameter("type", type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (WorkflowStep step : waiting) {
            step.end(StepState.SUCCEEDED, payload == null ? "{}" : payload.toString(), "event " + type + " at " + at,
                    Instant.now());
            dispatch.advance(step.getRunId(), step.getTenantId());
        }
        return waiting.size();
    }

    /**
     * The caller's tenant's steps whose wait for an event passed its timeout fail ("no … within …"), and with them
     * their runs; returns how many. Called by {@link WorkflowDeadlines} per tenant, each tenant in a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireWaits(Instant now) {
        List<WorkflowStep> overdue = em.createQuery("select s from WorkflowStep s where s.state = :waiting"
                        + " and s.dueAt < :now", WorkflowStep.class)
                .setParameter("waiting", StepState.AWAITING_EVENT).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (WorkflowStep step : overdue) {
            step.end(StepState.FAILED, null, "no " + step.getEventType() + " within "
                    + Duration.between(step.getStartedAt(), step.getDueAt()), now);
            dispatch.advance(step.getRunId(), step.getTenantId());
        }
        return overdue.size();
    }

    /** Ends a run that has not ended: cancelled by a person, or failed when the broker gave up on its message. */
    public void stop(UUID runId, RunState end, String why) {
        WorkflowRun run = em.find(WorkflowRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && !run.getState().isFinal()) {
            end(run, steps(runId), end, why, Instant.now());
        }
    }

    /**
     * Ends the run: steps that had not ended are cancelled (a task not yet started is cancelled with them; one under
     * way finishes, and is not waited for), and the end is announced as {@code workflow.run.<state>}.
     */
    private void end(WorkflowRun run, Map<String, WorkflowStep> steps, RunState state, String why, Instant now) {
        run.end(state, why, now);
        for (WorkflowStep step : steps.values()) {
            if (step.getState().isFinal()) {
                continue;
            }
            if (step.getTaskId() != null) {
                AgentTask task = em.find(AgentTask.class, step.getTaskId());
                if (task != null && (task.getState() == TaskState.QUEUED || task.getState() == TaskState.AWAITING_APPROVAL)) {
                    task.cancel(now);
                }
            }
            step.end(StepState.CANCELLED, null, "the run ended (" + state.name().toLowerCase(Locale.ROOT) + ")", now);
        }
        events.publish(DomainEvent.of(RUN_ENDED + state.name().toLowerCase(Locale.ROOT), run.getTenantId(),
                Jsonp.createObjectBuilder().add("runId", run.getId().toString()).add("workflow", run.getWorkflowName())
                        .add("outcome", why == null ? "" : why).build()));
    }

    /** A run's steps by id, in the order the definition writes them. */
    public Map<String, WorkflowStep> steps(UUID runId) {
        Map<String, WorkflowStep> steps = new LinkedHashMap<>();
        em.createQuery("select s from WorkflowStep s where s.runId = :run order by s.position", WorkflowStep.class)
                .setParameter("run", runId).getResultList().forEach(s -> steps.put(s.getKey(), s));
        return steps;
    }

    private static Map<String, WorkflowProgress.StepView> views(Map<String, WorkflowStep> steps) {
        Map<String, WorkflowProgress.StepView> views = new LinkedHashMap<>();
        steps.forEach((key, s) -> views.put(key, new WorkflowProgress.StepView(s.getState(), s.getResult(), s.getDetail())));
        return views;
    }
}
