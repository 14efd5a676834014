package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.configuration.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.tasks.control.ApprovalPolicy;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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
 * Background tasks of agents (A3); a task waiting for a person is decided in {@code TaskApprovals}. Submitting accepts the task at once (QUEUED, its id returned) and queues it;
 * the work happens in {@link AgentTaskListener}. Managers, administrators and the super-admin run agents;
 * everyone of the tenant may read the tasks. Another tenant's task reads as absent.
 */
@Stateless
public class AgentTasks {

    public static final String AWAITING_APPROVAL = "agent.task.awaiting-approval";

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
     * tenant configured it and the arguments must validate (400 naming the argument otherwise), and a call that
     * changes something waits for approval at once. Without, the task is queued, and waits when its agent asks for
     * such a call.
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
        ConfigurationRules.refuseIfTierLacks(agent, em.find(Tenant.class, context.requireTenant()).getTier(), Agents.FEATURE);
        AgentConfigurations.Configured configured = configurations.inForce(agent);
        if (!configured.settings().enabled()) {
            throw Refusal.conflict("agent", agent.getName() + " is disabled for this organisation (configuration version "
                    + configured.version() + "); an administrator can enable it");
        }
        AgentTask task = new AgentTask(context.requireTenant(), agent.getId(), input, submittedBy, Instant.now());
        task.partOf(workflowRun);
        // approval covers calls (A5): a task that names a sensitive call waits with it, where a person sees it; any
        // other task runs, and a sensitive call its agent asks for stops it then (awaitApprovalOfCall)
        ApprovalPolicy.Requirement approval = new ApprovalPolicy.Requirement(0, null);
        if (tool != null) {
            JsonObject arguments = ConfigurationRules.checkedCall(agent, configured.settings().tools(), tool.name(), tool.arguments());
            task.askForTool(tool.name(), arguments.toString());
            approval = ApprovalPolicy.forTask(agent.getName(), List.of(tool.name()),
                    task.getInput() + " " + ApprovalPolicy.amountNamed(arguments), secondApprovalAbove);
        }
        if (approval.approvals() == 0) {
            em.persist(task);
            dispatch.dispatch(new TaskDispatch.TaskMessage(task.getId(), task.getTenantId()));
        } else {
            em.persist(task);
            hold(task, approval, task.getQueuedAt());
        }
        return task;
    }

    /**
     * Holds a started task for a person's approval of the call its agent asked for and nobody approved (A5): the task
     * now names that call — tool, arguments, amount — and goes on as a task that names its call once approved. The
     * approvals it needs are judged on that call as on a submitted one.
     */
    public void awaitApprovalOfCall(AgentTask task, Agent agent, String tool, JsonObject arguments) {
        task.askForTool(tool, arguments.toString());
        hold(task, ApprovalPolicy.forCall(agent.getName(), tool, arguments, task.getInput(), secondApprovalAbove), Instant.now());
    }

    private void hold(AgentTask task, ApprovalPolicy.Requirement approval, Instant from) {
        task.awaitApproval(approval.approvals(), approval.reason(), from.plus(approvalDue));
        audit.record(AWAITING_APPROVAL, "agent-task:" + task.getId(), null, task.getApprovalReason());
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
