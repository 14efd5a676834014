package com.bizosaas.workflows.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's workflow runs (A6): managers and administrators start and cancel them; everyone of the tenant may read
 * them, with their steps and the tasks those gave agents. The {@link WorkflowEngine} does the running; another
 * tenant's run reads as absent.
 */
@Stateless
public class WorkflowRuns {

    public static final String STARTED = "workflow.run.started";
    public static final String CANCELLED = "workflow.run.cancel-requested";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    WorkflowDefinitions definitions;

    @EJB
    WorkflowEngine engine;

    @Inject
    WorkflowDispatch dispatch;

    @EJB
    AuditTrail audit;

    /**
     * Starts a run (managers, administrators): every agent the definition names must still be in the catalogue,
     * within the tier and enabled (409 naming the step otherwise). Returns the run at once; the engine takes it from
     * there.
     */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun start(@NotNull UUID workflowId,
                             @NotBlank(message = "input is required")
                             @Size(max = WorkflowDefinition.MAX_INPUT, message = "input must be at most 4000 characters") String input) {
        WorkflowDefinitions.ReadyToRun ready = definitions.readyToRun(workflowId);
        WorkflowRun run = new WorkflowRun(ready.workflow(), input.strip(), context.actor(), Instant.now());
        em.persist(run);
        List<WorkflowDefinition.Step> steps = ready.definition().steps();
        for (int i = 0; i < steps.size(); i++) {
            em.persist(new WorkflowStep(run, steps.get(i).id(), i, steps.get(i).type()));
        }
        dispatch.advance(run.getId(), run.getTenantId());
        audit.record(STARTED, "workflow-run:" + run.getId(), null, ready.workflow().getName() + ": " + run.getInput());
        return run;
    }

    /** The tenant's runs, newest first, optionally in one state and of one workflow. */
    public Page<WorkflowRun> runs(RunState state, UUID workflowId, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (state != null) {
            conditions.add("r.state = :state");
        }
        if (workflowId != null) {
            conditions.add("r.workflowId = :workflow");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = em.createQuery("select r from WorkflowRun r" + where + " order by r.startedAt desc", WorkflowRun.class);
        var count = em.createQuery("select count(r) from WorkflowRun r" + where, Long.class);
        for (var q : List.of(query, count)) {
            if (state != null) {
                q.setParameter("state", state);
            }
            if (workflowId != null) {
                q.setParameter("workflow", workflowId);
            }
        }
        return Page.of(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    public Optional<WorkflowRun> findRun(@NotNull UUID runId) {
        return Optional.ofNullable(em.find(WorkflowRun.class, runId));
    }

    public WorkflowRun requireRun(@NotNull UUID runId) {
        return findRun(runId).orElseThrow(() -> Refusal.notFound("no workflow run " + runId));
    }

    /**
     * The run under its row lock, held until the caller's transaction ends: a person's cancellation or decision and
     * the engine's next look at the run take turns.
     */
    public WorkflowRun lockRun(@NotNull UUID runId) {
        return Optional.ofNullable(em.find(WorkflowRun.class, runId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Refusal.notFound("no workflow run " + runId));
    }

    /** A run's steps in the order the definition writes them. */
    public List<WorkflowStep> steps(@NotNull UUID runId) {
        requireRun(runId);
        return List.copyOf(engine.steps(runId).values());
    }

    /** The tasks a run's steps gave agents, by id. */
    public Map<UUID, AgentTask> tasksOf(@NotNull UUID runId) {
        Map<UUID, AgentTask> tasks = new HashMap<>();
        em.createQuery("select t from AgentTask t where t.workflowRunId = :run", AgentTask.class).setParameter("run", runId)
                .getResultList().forEach(t -> tasks.put(t.getId(), t));
        return tasks;
    }

    /** Cancels a run under way (managers, administrators): its waiting steps end, a task not yet started with them. */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun cancel(@NotNull UUID runId) {
        WorkflowRun run = lockRun(runId);
        if (run.getState().isFinal()) {
            throw Refusal.conflict("state", "only a run under way can be cancelled; this one is " + run.getState());
        }
        engine.stop(runId, RunState.CANCELLED, "cancelled by " + context.actor());
        audit.record(CANCELLED, "workflow-run:" + runId, "RUNNING", "CANCELLED");
        return run;
    }
}
