package com.bizosaas.workflows.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.StepState;
import com.bizosaas.workflows.entity.StepType;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The approval gates a tenant's runs wait at (A6): everyone of the tenant sees them; managers and administrators
 * decide them — approved, the run moves on; rejected, it is cancelled. Each decision is audited.
 */
@Stateless
public class WorkflowGates {

    public static final String APPROVED = "workflow.step.approved";
    public static final String REJECTED = "workflow.step.rejected";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    WorkflowRuns runs;

    @EJB
    WorkflowEngine engine;

    @EJB
    AuditTrail audit;

    /** An approval gate a run waits at, with its run. */
    public record WaitingGate(WorkflowRun run, WorkflowStep gate) {
    }

    /** The tenant's approval gates waiting for a decision, longest waiting first (at most 100). */
    public List<WaitingGate> waiting() {
        return em.createQuery("select r, s from WorkflowRun r, WorkflowStep s where s.runId = r.id and s.state = :waiting"
                        + " and r.state = :running order by s.startedAt", Object[].class)
                .setParameter("waiting", StepState.AWAITING_APPROVAL).setParameter("running", RunState.RUNNING)
                .setMaxResults(100).getResultList().stream()
                .map(row -> new WaitingGate((WorkflowRun) row[0], (WorkflowStep) row[1])).toList();
    }

    /** Approves an approval gate the run waits at (managers, administrators): the run moves on. */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun approve(@NotNull UUID runId, @NotBlank(message = "step is required") String step,
                               @Size(max = 1000, message = "note must be at most 1000 characters") String note) {
        return decide(runId, step, true, note);
    }

    /** Rejects an approval gate the run waits at, with the reason: the run is cancelled. */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun reject(@NotNull UUID runId, @NotBlank(message = "step is required") String step,
                              @NotBlank(message = "reason is required")
                              @Size(max = 1000, message = "reason must be at most 1000 characters") String reason) {
        return decide(runId, step, false, reason);
    }

    private WorkflowRun decide(UUID runId, String stepKey, boolean approved, String note) {
        WorkflowRun run = runs.lockRun(runId);
        WorkflowStep gate = engine.steps(runId).get(stepKey);
        if (gate == null) {
            throw Refusal.notFound("run " + runId + " has no step " + stepKey);
        }
        if (gate.getType() != StepType.APPROVAL || gate.getState() != StepState.AWAITING_APPROVAL
                || run.getState() != RunState.RUNNING) {
            throw Refusal.conflict("step", "only an approval gate the run waits at can be approved or rejected; step "
                    + stepKey + " is a " + gate.getType().name().toLowerCase(Locale.ROOT) + " step, "
                    + gate.getState() + ", in a run that is " + run.getState());
        }
        if (approved && context.actor().equalsIgnoreCase(run.getStartedBy())) {
            // one person cannot both set work going and wave it through (A5)
            throw Refusal.forbidden("the one who started a run cannot approve its gates: another manager or "
                    + "administrator decides (" + run.getStartedBy() + " started it)");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        engine.decide(run, gate, approved, context.actor(), cleanNote);
        audit.record(approved ? APPROVED : REJECTED, "workflow-run:" + runId, "step " + stepKey + " awaiting approval",
                "step " + stepKey + (approved ? " approved" : " rejected") + (cleanNote == null ? "" : ": " + cleanNote));
        return run;
    }
}
