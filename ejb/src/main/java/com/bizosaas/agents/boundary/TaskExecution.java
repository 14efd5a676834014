package com.bizosaas.agents.boundary;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of working on a task, each committed at once so that its state is visible while the model works:
 * started (RUNNING, one more attempt), finished (SUCCEEDED) or failed (FAILED). Every step reads the task under the
 * tenant the message named; a task of another tenant is simply not there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskExecution {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    /**
     * Starts the task if there is work to do: QUEUED, or RUNNING when an earlier attempt broke off (a redelivery).
     * A finished or cancelled task, or one this tenant does not have, is left alone — a redelivered message
     * never runs a task twice.
     */
    public Optional<AgentTask> start(UUID taskId) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task == null || task.getState().isFinal() || task.getState() == TaskState.AWAITING_APPROVAL) {
            return Optional.empty();
        }
        task.start(Instant.now());
        return Optional.of(task);
    }

    public void succeed(UUID taskId, String result, String provider, String model, BigDecimal cost) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && task.getState() == TaskState.RUNNING) {
            task.succeed(result, provider, model, cost, Instant.now());
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
        }
    }
}
