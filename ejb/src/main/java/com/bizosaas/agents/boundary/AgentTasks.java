package com.bizosaas.agents.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.agents.control.ApprovalPolicy;
import com.bizosaas.agents.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Background tasks of agents (A3). Submitting accepts the task at once (QUEUED, its id returned) and queues it;
 * the work happens in {@link AgentTaskListener}. Managers, administrators and the super-admin run agents;
 * everyone of the tenant may read the tasks. Another tenant's task reads as absent.
 */
@Stateless
public class AgentTasks {

    public static final String FEATURE = "agents";
    public static final String AWAITING_APPROVAL = "agent.task.awaiting-approval";
    public static final String APPROVED = "agent.task.approved";
    public static final String REJECTED = "agent.task.rejected";
    public static final String APPROVAL_OVERDUE = "agent.task.approval-overdue";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

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

    /** How long a task may wait for a decision before it is escalated. */
    @Inject
    @ConfigProperty(name = "bizosaas.agents.approval-due", defaultValue = "PT24H")
    Duration approvalDue;

    /** A tool call a task asks for: one of the agent's configured tools and its arguments. */
    public record ToolRequest(String name, JsonObject arguments) {
    }

    @Allowed(RoleSet.OPERATORS)
    public AgentTask submit(@NotNull UUID agentId,
                            @NotBlank(message = "input is required")
                            @Size(max = 20_000, message = "input must be at most 20000 characters") String input) {
        return submit(agentId, input, null);
    }

    /**
     * Accepts a task; with {@code tool}, the task asks for that call: the tool must be one of the agent's as the
     * tenant configured it and the arguments must validate (400 naming the argument otherwise); whether it waits
     * for approval then depends on that tool alone.
     */
    @Allowed(RoleSet.OPERATORS)
    public AgentTask submit(@NotNull UUID agentId,
                            @NotBlank(message = "input is required")
                            @Size(max = 20_000, message = "input must be at most 20000 characters") String input,
                            ToolRequest tool) {
        return accept(agents.require(agentId), input.strip(), tool, context.actor(), null);
    }

    /** What a workflow's task step asks of an agent, on behalf of whoever started the run. */
    public record StepTask(String agentSlug, String input, ToolRequest tool, UUID workflowRunId, String startedBy) {
    }

    /** The task a step gave its agent, or why none could be given. */
    public record StepOutcome(AgentTask task, String refusal) {
    }

    /**
     * Gives the agent a workflow step's task, checked as a submission is (the agent enabled and within the tier, the
     * tool configured, its arguments valid) except for the role: the run's starter was checked when the run
     * started. A refusal comes back as a reason instead of an exception, so the workflow engine can fail just that
     * step in its own transaction.
     */
    public StepOutcome submitForStep(@NotNull StepTask step) {
        Optional<Agent> agent = agents.findBySlug(step.agentSlug());
        if (agent.isEmpty()) {
            return new StepOutcome(null, "there is no agent " + step.agentSlug() + " in the catalogue");
        }
        try {
            return new StepOutcome(accept(agent.get(), step.input(), step.tool(), step.startedBy(), step.workflowRunId()), null);
        } catch (Refusal refused) {
            return new StepOutcome(null, refused.getMessage());
        }
    }

    /** Accepts a task: refuses (before anything is written) what the tenant's tier or configuration does not allow. */
    private AgentTask accept(Agent agent, String input, ToolRequest tool, String submittedBy, UUID workflowRun) {
        ConfigurationRules.refuseIfTierLacks(agent, em.find(Tenant.class, context.requireTenant()).getTier(), FEATURE);
        AgentConfigurations.Configured configured = configurations.inForce(agent);
        if (!configured.settings().enabled()) {
            throw Refusal.conflict("agent", agent.getName() + " is disabled for this organisation (configuration version "
                    + configured.version() + "); an administrator can enable it");
        }
        AgentTask task = new AgentTask(context.requireTenant(), agent.getId(), input, submittedBy, Instant.now());
        task.partOf(workflowRun);
        // the tools this tenant lets the agent use — or the one call the task asks for — decide whether a person approves
        List<String> mayUse = configured.settings().tools();
        String amounts = task.getInput();
        if (tool != null) {
            JsonObject arguments = ConfigurationRules.checkedCall(agent, mayUse, tool.name(), tool.arguments());
            task.askForTool(tool.name(), arguments.toString());
            mayUse = List.of(tool.name());
            amounts = amounts + " " + amountNamed(arguments);
        }
        ApprovalPolicy.Requirement approval = ApprovalPolicy.forTask(agent.getName(), mayUse, amounts, secondApprovalAbove);
        if (approval.approvals() == 0) {
            em.persist(task);
            dispatch.dispatch(new TaskDispatch.TaskMessage(task.getId(), task.getTenantId()));
        } else {
            task.awaitApproval(approval.approvals(), approval.reason(), task.getQueuedAt().plus(approvalDue));
            em.persist(task);
            audit.record(AWAITING_APPROVAL, "agent-task:" + task.getId(), null, task.getApprovalReason());
        }
        return task;
    }

    /** The sum a tool call names, with its currency, for the approval policy's threshold. */
    private static String amountNamed(JsonObject arguments) {
        if (!arguments.containsKey("amount")) {
            return "";
        }
        String currency = arguments.getString("currency", "USD").toUpperCase(java.util.Locale.ROOT);
        return currency + " " + arguments.getJsonNumber("amount").bigDecimalValue().toPlainString();
    }

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
        if (editedArguments != null) {
            editArguments(task, editedArguments);
        }
        String before = task.getInput();
        String input = editedInput == null || editedInput.isBlank() ? null : editedInput.strip();
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
                task.getInput() + " " + amountNamed(arguments), secondApprovalAbove);
        if (needed.approvals() > task.getRequiredApprovals()) {
            throw Refusal.conflict("arguments", "with these arguments the task needs " + needed.approvals()
                    + " approvals, it asked for " + task.getRequiredApprovals() + ": reject it and submit it again");
        }
        audit.record(APPROVED, "agent-task:" + task.getId(), "arguments: " + task.getToolArguments(),
                "arguments edited by the approver: " + arguments);
        task.askForTool(task.getTool(), arguments.toString());
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
        AgentTask task = require(taskId);
        if (task.getState() != TaskState.AWAITING_APPROVAL) {
            throw Refusal.conflict("state", "only a task awaiting approval can be approved or rejected; this one is "
                    + task.getState());
        }
        return task;
    }

    public Optional<AgentTask> find(@NotNull UUID taskId) {
        return Optional.ofNullable(em.find(AgentTask.class, taskId));
    }

    public AgentTask require(@NotNull UUID taskId) {
        return find(taskId).orElseThrow(() -> Refusal.notFound("no task " + taskId));
    }

    public Page<AgentTask> list(TaskState state, @NotNull @Valid PageRequest page) {
        String where = state == null ? "" : " where t.state = :state";
        var query = em.createQuery("select t from AgentTask t" + where + " order by t.queuedAt desc", AgentTask.class);
        var count = em.createQuery("select count(t) from AgentTask t" + where, Long.class);
        if (state != null) {
            query.setParameter("state", state);
            count.setParameter("state", state);
        }
        return Page.of(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    /**
     * Queues again the tenant's tasks that waited while it was suspended; returns how many. A task whose message
     * is still on the queue gets a second one, which finds it started or finished and leaves it alone.
     */
    public int resumePaused() {
        List<AgentTask> waiting = em.createQuery("select t from AgentTask t where t.state = :queued", AgentTask.class)
                .setParameter("queued", TaskState.QUEUED).getResultList();
        waiting.forEach(t -> dispatch.dispatch(new TaskDispatch.TaskMessage(t.getId(), t.getTenantId())));
        return waiting.size();
    }

    /** Cancels a task that has not started; a started one finishes. */
    @Allowed(RoleSet.OPERATORS)
    public AgentTask cancel(@NotNull UUID taskId) {
        AgentTask task = require(taskId);
        if (task.getState() != TaskState.QUEUED) {
            throw Refusal.conflict("state", "only a queued task can be cancelled; this one is " + task.getState());
        }
        task.cancel(Instant.now());
        ended.fire(new TaskEnded(task.getId(), task.getTenantId(), task.getWorkflowRunId()));
        return task;
    }
}
