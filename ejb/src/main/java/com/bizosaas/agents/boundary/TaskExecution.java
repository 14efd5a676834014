package com.bizosaas.agents.boundary;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of working on a task, each committed at once so that its state is visible while the model works:
 * started (RUNNING, one more attempt), finished (SUCCEEDED) or failed (FAILED) — the last two announced as
 * {@link TaskEnded} in the same transaction. Every step reads the task under the tenant the message named; a task of
 * another tenant is simply not there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskExecution {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    Event<TaskEnded> ended;

    /**
     * Starts the task if there is work to do: QUEUED, or RUNNING when the message is a redelivery (an earlier
     * attempt broke off). A finished or cancelled task, one this tenant does not have, one another consumer is
     * running (a second message for it that is not a redelivery), and any task of a suspended tenant (its work
     * pauses: the task stays QUEUED until {@link TenantResumption}) are left alone. The row is locked, so two
     * consumers of the same task take turns.
     */
    public Optional<AgentTask> start(UUID taskId, boolean redelivered) {
        AgentTask task = em.find(AgentTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || task.getState().isFinal() || task.getState() == TaskState.AWAITING_APPROVAL
                || (task.getState() == TaskState.RUNNING && !redelivered)
                || !em.find(Tenant.class, task.getTenantId()).isActive()) {
            return Optional.empty();
        }
        task.start(Instant.now());
        return Optional.of(task);
    }

    public void succeed(UUID taskId, String result, String provider, String model, BigDecimal cost) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && task.getState() == TaskState.RUNNING) {
            task.succeed(result, provider, model, cost, Instant.now());
            ended.fire(new TaskEnded(task.getId(), task.getTenantId(), task.getWorkflowRunId()));
        }
    }

    /** An attempt broke off; the broker will redeliver. The cause is kept, shown until the task ends. */
    public void attemptFailed(UUID taskId, String cause) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && !task.getState().isFinal()) {
            task.noteFailure(cause);
        }
    }

    /** Gives up on a task; {@code reason} is shown with it (after the last attempt's cause). Final states are kept. */
    public void fail(UUID taskId, String reason) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && !task.getState().isFinal()) {
            task.fail(task.getError() == null ? reason : reason + "; last attempt: " + task.getError(), Instant.now());
            ended.fire(new TaskEnded(task.getId(), task.getTenantId(), task.getWorkflowRunId()));
        }
    }
}
