package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.entity.ToolCall;
import com.bizosaas.agents.insights.boundary.AgentInsights;
import com.bizosaas.connectors.boundary.Connectors;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two commits of working on a task, so that its state is visible while the model works: started (RUNNING, one
 * more attempt) and ended — SUCCEEDED, FAILED, or an attempt that broke off — announced as {@link TaskEnded} in the
 * same transaction. Starting also reads everything the attempt needs, so the work between the two reads nothing;
 * ending writes what the attempt did that is not yet on record (its sandboxed and refused tool calls, its
 * insights). Every step reads the task under the tenant the message named; a task of another tenant is simply not
 * there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskExecution {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    Event<TaskEnded> ended;

    @EJB
    AgentConfigurations configurations;

    @EJB
    AgentInsights insights;

    @EJB
    Connectors connectors;

    @EJB
    AgentTasks tasks;

    /**
     * What an attempt works with, read when it starts: the task, its agent as the tenant configures it now (its
     * version in force, not the one when the task was queued), the tenant's name, its category's latest insights,
     * whether the agent's integration reaches the real API (a credential in the vault), and the tool calls an
     * earlier attempt left on record, by sequence number.
     */
    public record Work(AgentTask task, Agent agent, String tenantName, AgentSettings settings, List<String> insights,
                       boolean reachesRealApi, Map<Integer, ToolCall> earlierCalls) {
    }

    /**
     * Starts the task if there is work to do: QUEUED, or RUNNING when the message is a redelivery (an earlier
     * attempt broke off). A finished or cancelled task, one this tenant does not have, one another consumer is
     * running (a second message for it that is not a redelivery), and any task of a suspended tenant (its work
     * pauses: the task stays QUEUED until {@link TenantResumption}) are left alone. The row is locked, so two
     * consumers of the same task take turns.
     */
    public Optional<Work> start(UUID taskId, boolean redelivered) {
        AgentTask task = em.find(AgentTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || task.getState().isFinal() || task.getState() == TaskState.AWAITING_APPROVAL
                || (task.getState() == TaskState.RUNNING && !redelivered)) {
            return Optional.empty();
        }
        Tenant tenant = em.find(Tenant.class, task.getTenantId());
        if (!tenant.isActive()) {
            return Optional.empty();
        }
        task.start(Instant.now());
        Agent agent = em.find(Agent.class, task.getAgentId());
        Map<Integer, ToolCall> earlier = em.createQuery("select c from ToolCall c where c.taskId = :task", ToolCall.class)
                .setParameter("task", taskId).getResultStream()
                .collect(Collectors.toMap(ToolCall::getSeq, Function.identity()));
        return Optional.of(new Work(task, agent, tenant.getName(), configurations.inForce(agent).settings(),
                insights.sharedWith(agent), connectors.reachesRealApi(agent.getIntegration()), earlier));
    }

    /** The attempt answered: its calls not yet on record and its insights are kept, and the task SUCCEEDS. */
    public void succeed(Work work, List<ToolCall> unrecordedCalls, String result, String provider, String model, BigDecimal cost) {
        AgentTask task = em.find(AgentTask.class, work.task().getId());
        if (task != null && task.getState() == TaskState.RUNNING) {
            unrecordedCalls.forEach(em::persist);
            insights.recordFrom(work.agent(), task.getId(), result);
            task.succeed(result, provider, model, cost, Instant.now());
            ended.fire(new TaskEnded(task.getId(), task.getTenantId(), task.getWorkflowRunId()));
        }
    }

    /**
     * The agent asked for a call that changes something at a vendor and that nobody approved: the calls the attempt
     * made are put on record and the task waits for a person to approve that call ({@link AgentTasks#awaitApprovalOfCall}).
     */
    public void awaitApprovalOfCall(Work work, List<ToolCall> unrecordedCalls, String tool, JsonObject arguments) {
        AgentTask task = em.find(AgentTask.class, work.task().getId());
        if (task != null && task.getState() == TaskState.RUNNING) {
            unrecordedCalls.forEach(em::persist);
            tasks.awaitApprovalOfCall(task, work.agent(), tool, arguments);
        }
    }

    /**
     * An attempt broke off; the broker will redeliver. The cause is kept, shown until the task ends, and the calls
     * the attempt made are put on record, so the next attempt reuses their results.
     */
    public void attemptFailed(UUID taskId, List<ToolCall> unrecordedCalls, String cause) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && !task.getState().isFinal()) {
            unrecordedCalls.forEach(em::persist);
            task.noteFailure(cause);
        }
    }

    /** Gives up on a task, keeping the calls its attempt made; see {@link #fail(UUID, String)}. */
    public void fail(UUID taskId, List<ToolCall> unrecordedCalls, String reason) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && !task.getState().isFinal()) {
            unrecordedCalls.forEach(em::persist);
            failNow(task, reason);
        }
    }

    /** Gives up on a task; {@code reason} is shown with it (after the last attempt's cause). Final states are kept. */
    public void fail(UUID taskId, String reason) {
        AgentTask task = em.find(AgentTask.class, taskId);
        if (task != null && !task.getState().isFinal()) {
            failNow(task, reason);
        }
    }

    private void failNow(AgentTask task, String reason) {
        task.fail(task.getError() == null ? reason : reason + "; last attempt: " + task.getError(), Instant.now());
        ended.fire(new TaskEnded(task.getId(), task.getTenantId(), task.getWorkflowRunId()));
    }
}
