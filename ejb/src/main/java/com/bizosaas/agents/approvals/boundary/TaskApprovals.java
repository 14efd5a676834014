package com.bizosaas.agents.approvals.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.configuration.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.tasks.boundary.AgentTasks;
import com.bizosaas.agents.tasks.boundary.TaskDispatch;
import com.bizosaas.agents.tasks.boundary.TaskEnded;
import com.bizosaas.agents.tasks.control.ApprovalPolicy;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deciding on tasks that wait for a person (A5): approve (with edited input or tool arguments, checked again),
 * reject with a reason, and escalate what waited past its due time. Tasks are accepted — and told to wait — by
 * {@link AgentTasks}; this is the other side of the inbox.
 */
@Stateless
public class TaskApprovals {

    public static final String APPROVED = "agent.task.approved";
    public static final String REJECTED = "agent.task.rejected";
    public static final String APPROVAL_OVERDUE = "agent.task.approval-overdue";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AgentTasks tasks;

    @EJB
    Agents agents;

    @EJB
    AgentConfigurations configurations;

    @Inject
    TaskDispatch dispatch;

    @EJB
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    Event<TaskEnded> ended;

    /** Above this sum a task that can move money needs a second approval. */
    @Inject
    @ConfigProperty(name = "bizosaas.agents.second-approval-above", defaultValue = "1000")
    BigDecimal secondApprovalAbove;

    /**
     * Approves a task waiting for a person (A5), optionally with edited input: it is queued at once — unless it
     * needs two approvals and this is the first, then it keeps waiting for an administrator who is not this
     * approver. Managers and administrators; audited with the input before and after.
     */
    @Allowed(RoleSet.OPERATORS)
    public AgentTask approve(@NotNull UUID taskId,
                             @Size(min = 1, max = 20_000, message = "input must be 1 to 20000 characters") String editedInput,
                             @Size(max = 1000, message = "note must be at most 1000 characters") String note) {
        return approve(taskId, editedInput, null, note);
    }

    /**
     * Approves with, for a task that names its tool call, the arguments as the approver edited them: checked like
     * the submitter's; edits that would need more approvals than the task asked for are refused (reject it and
     * submit it again instead).
     */
    @Allowed(RoleSet.OPERATORS)
    public AgentTask approve(@NotNull UUID taskId,
                             @Size(min = 1, max = 20_000, message = "input must be 1 to 20000 characters") String editedInput,
                             JsonObject editedArguments,
                             @Size(max = 1000, message = "note must be at most 1000 characters") String note) {
        AgentTask task = awaitingDecision(taskId);
        if (context.actor().equalsIgnoreCase(task.getSubmittedBy())) {
            // one person cannot both ask for a sensitive act and wave it through (A5)
            throw Refusal.forbidden("the submitter of a task cannot approve it: another manager or administrator decides ("
                    + task.getSubmittedBy() + " submitted it)");
        }
        if (editedArguments != null) {
            editArguments(task, editedArguments);
        }
        String before = task.getInput();
        String input = editedInput == null || editedInput.isBlank() ? null : editedInput.strip();
        if (input != null) {
            requireNoMoreApprovals(task, input, "input");
        }
        if (task.awaitsFirstOfTwo()) {
            task.approveFirst(context.actor(), input, Instant.now());
            audit.record(APPROVED, "agent-task:" + task.getId(), "input: " + before, "first of two approvals; input: "
                    + task.getInput() + (note == null || note.isBlank() ? "" : "; note: " + note));
            return task;
        }
        if (task.getRequiredApprovals() == 2) {
            if (context.actor().equals(task.getFirstApprovedBy())) {
                throw Refusal.conflict("approver", "the second approval must come from someone other than the first ("
                        + task.getFirstApprovedBy() + ")");
            }
            if (!context.isIn(RoleSet.ADMINISTRATORS)) {
                throw Refusal.forbidden("the second approval of a task that moves a large sum is an administrator's");
            }
        }
        task.approve(context.actor(), input, note, Instant.now());
        dispatch.dispatch(new TaskDispatch.TaskMessage(task.getId(), task.getTenantId()));
        audit.record(APPROVED, "agent-task:" + task.getId(), "input: " + before,
                "input: " + task.getInput() + (note == null || note.isBlank() ? "" : "; note: " + note));
        return task;
    }

    private void editArguments(AgentTask task, JsonObject editedArguments) {
        if (task.getTool() == null) {
            throw Refusal.invalid("arguments", "this task names no tool call whose arguments could be edited");
        }
        Agent agent = agents.require(task.getAgentId());
        JsonObject arguments = ConfigurationRules.checkedCall(agent, List.of(task.getTool()), task.getTool(), editedArguments);
        ApprovalPolicy.Requirement needed = ApprovalPolicy.forTask(agent.getName(), List.of(task.getTool()),
                task.getInput() + " " + ApprovalPolicy.amountNamed(arguments), secondApprovalAbove);
        refuseIfMore(task, needed, "arguments", "these arguments");
        audit.record(APPROVED, "agent-task:" + task.getId(), "arguments: " + task.getToolArguments(),
                "arguments edited by the approver: " + arguments);
        task.askForTool(task.getTool(), arguments.toString());
    }

    /**
     * An approver's edited input is judged again, as a submission's would be: an edit that raises the sum ("refund 20"
     * approved as "refund 5000") or names one that cannot be read for certain needs the approvals it would have needed.
     */
    private void requireNoMoreApprovals(AgentTask task, String editedInput, String field) {
        Agent agent = agents.require(task.getAgentId());
        List<String> tools = task.getTool() != null ? List.of(task.getTool()) : configurations.inForce(agent).settings().tools();
        String sums = editedInput + (task.getToolArguments() == null ? ""
                : " " + ApprovalPolicy.amountNamed(Jsonp.createReader(new StringReader(task.getToolArguments())).readObject()));
        refuseIfMore(task, ApprovalPolicy.forTask(agent.getName(), tools, sums, secondApprovalAbove), field, "this input");
    }

    private static void refuseIfMore(AgentTask task, ApprovalPolicy.Requirement needed, String field, String what) {
        if (needed.approvals() > task.getRequiredApprovals()) {
            throw Refusal.conflict(field, "with " + what + " the task needs " + needed.approvals() + " approvals, it asked for "
                    + task.getRequiredApprovals() + ": reject it and submit it again");
        }
    }

    /** Rejects a task waiting for a person: it is cancelled with the reason. Managers and administrators; audited. */
    @Allowed(RoleSet.OPERATORS)
    public AgentTask reject(@NotNull UUID taskId,
                            @NotBlank(message = "reason is required")
                            @Size(max = 1000, message = "reason must be at most 1000 characters") String reason) {
        AgentTask task = awaitingDecision(taskId);
        task.reject(context.actor(), reason.strip(), Instant.now());
        audit.record(REJECTED, "agent-task:" + task.getId(), "input: " + task.getInput(), "reason: " + reason.strip());
        ended.fire(new TaskEnded(task.getId(), task.getTenantId(), task.getWorkflowRunId()));
        return task;
    }

    /**
     * Escalates the caller's tenant's tasks whose approval deadline passed undecided: each once, with a
     * {@value #APPROVAL_OVERDUE} domain event (for whoever watches the tenant's approvals) and an audit entry; the
     * tasks keep waiting. Returns how many. Called by {@link ApprovalDeadlines} per tenant.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int escalateOverdue(Instant now) {
        List<AgentTask> overdue = em.createQuery("select t from AgentTask t where t.state = :awaiting"
                        + " and t.approvalDueAt < :now and t.escalatedAt is null", AgentTask.class)
                .setParameter("awaiting", TaskState.AWAITING_APPROVAL).setParameter("now", now).getResultList();
        for (AgentTask task : overdue) {
            task.escalate(now);
            audit.record(APPROVAL_OVERDUE, "agent-task:" + task.getId(), null,
                    "due " + task.getApprovalDueAt() + ", asked by " + task.getSubmittedBy());
            events.publish(DomainEvent.of(APPROVAL_OVERDUE, task.getTenantId(), Jsonp.createObjectBuilder()
                    .add("taskId", task.getId().toString()).add("agentId", task.getAgentId().toString())
                    .add("dueAt", task.getApprovalDueAt().toString()).add("submittedBy", task.getSubmittedBy()).build()));
        }
        return overdue.size();
    }

    private AgentTask awaitingDecision(UUID taskId) {
        AgentTask task = tasks.require(taskId);
        if (task.getState() != TaskState.AWAITING_APPROVAL) {
            throw Refusal.conflict("state", "only a task awaiting approval can be approved or rejected; this one is "
                    + task.getState());
        }
        return task;
    }
}
