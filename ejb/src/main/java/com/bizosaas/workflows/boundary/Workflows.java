package com.bizosaas.workflows.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.agents.boundary.AgentConfigurations;
import com.bizosaas.agents.boundary.Agents;
import com.bizosaas.agents.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.control.WorkflowTemplates;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.StepState;
import com.bizosaas.workflows.entity.StepType;
import com.bizosaas.workflows.entity.Workflow;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A tenant's workflows (A6): definitions (administrators write them, from a template of their tier or from scratch;
 * every agent a definition names must be in the catalogue and within the tier), runs (managers and administrators
 * start them, decide their approval gates, cancel them, signal the events they wait for) and what everyone of the
 * tenant may read. The {@link WorkflowEngine} does the running. Another tenant's workflow or run reads as absent.
 */
@Stateless
public class Workflows {

    public static final String FEATURE = "workflows";
    public static final String CREATED = "workflow.created";
    public static final String CHANGED = "workflow.changed";
    public static final String DELETED = "workflow.deleted";
    public static final String STARTED = "workflow.run.started";
    public static final String CANCELLED = "workflow.run.cancel-requested";
    public static final String APPROVED = "workflow.step.approved";
    public static final String REJECTED = "workflow.step.rejected";
    public static final String SIGNALLED = "workflow.event.signalled";
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    Agents agents;

    @EJB
    AgentConfigurations configurations;

    @EJB
    WorkflowEngine engine;

    @Inject
    WorkflowDispatch dispatch;

    @EJB
    AuditTrail audit;

    /** A template and whether the caller's tier may use it. */
    public record TemplateOffer(WorkflowTemplates.Template template, boolean available) {
    }

    public List<TemplateOffer> templates() {
        Tier tier = tier();
        return WorkflowTemplates.all().stream().map(t -> new TemplateOffer(t, t.availableTo(tier)
                && tier.features().contains(FEATURE))).toList();
    }

    /** The tenant's workflows by name, optionally those whose name contains {@code text}. */
    public Page<Workflow> list(String text, @NotNull @Valid PageRequest page) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String where = like == null ? "" : " where lower(w.name) like :text";
        var query = em.createQuery("select w from Workflow w" + where + " order by w.name", Workflow.class);
        var count = em.createQuery("select count(w) from Workflow w" + where, Long.class);
        if (like != null) {
            query.setParameter("text", like);
            count.setParameter("text", like);
        }
        return Page.of(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    public Optional<Workflow> find(@NotNull UUID id) {
        return Optional.ofNullable(em.find(Workflow.class, id));
    }

    public Workflow require(@NotNull UUID id) {
        return find(id).orElseThrow(() -> Refusal.notFound("no workflow " + id));
    }

    /**
     * Checks a definition as a save would (its shape, and every agent it names against the catalogue and the tenant's
     * tier) without saving it; returns it in canonical form.
     */
    public WorkflowDefinition check(String definitionJson) {
        WorkflowDefinition definition = WorkflowDefinition.parse(definitionJson);
        checkAgents(definition, tier(), false);
        return definition;
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public Workflow create(@NotBlank(message = "name is required") @Size(max = 120, message = "name must be at most 120 characters") String name,
                           @Size(max = 1000, message = "description must be at most 1000 characters") String description,
                           String definitionJson) {
        return save(null, name, description, definitionJson, null);
    }

    /** A copy of a template the tenant's tier may use, under the template's name unless another is given. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Workflow createFromTemplate(@NotBlank(message = "template is required") String templateKey,
                                       @Size(max = 120, message = "name must be at most 120 characters") String name) {
        WorkflowTemplates.Template template = WorkflowTemplates.find(templateKey)
                .orElseThrow(() -> Refusal.invalid("template", "there is no template " + templateKey + "; templates: "
                        + String.join(", ", WorkflowTemplates.all().stream().map(WorkflowTemplates.Template::key).toList())));
        if (!template.availableTo(tier())) {
            throw Refusal.forbidden("the template " + template.name() + " needs " + template.minimumTier()
                    + "; this organisation has " + tier());
        }
        return save(null, name == null || name.isBlank() ? template.name() : name, template.description(),
                template.definition().toJson(), template.key());
    }

    /** Saves a new version of a definition; {@code baseVersion}, when given, must be the version the editor read. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Workflow update(@NotNull UUID id,
                           @NotBlank(message = "name is required") @Size(max = 120, message = "name must be at most 120 characters") String name,
                           @Size(max = 1000, message = "description must be at most 1000 characters") String description,
                           String definitionJson, Integer baseVersion) {
        Workflow workflow = require(id);
        if (baseVersion != null && baseVersion != workflow.getVersion()) {
            throw Refusal.conflict("baseVersion", "someone saved this workflow since you read it (version "
                    + workflow.getVersion() + ", you read " + baseVersion + "); reload it and apply your change again");
        }
        return save(workflow, name, description, definitionJson, null);
    }

    private Workflow save(Workflow existing, String name, String description, String definitionJson, String template) {
        WorkflowDefinition definition = check(definitionJson);
        String cleanName = name.strip();
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        boolean taken = em.createQuery("select count(w) from Workflow w where lower(w.name) = :name and w.id <> :id", Long.class)
                .setParameter("name", cleanName.toLowerCase(Locale.ROOT))
                .setParameter("id", existing == null ? new UUID(0, 0) : existing.getId()).getSingleResult() > 0;
        if (taken) {
            throw Refusal.conflict("name", "this organisation already has a workflow called " + cleanName);
        }
        if (existing == null) {
            Workflow created = new Workflow(context.requireTenant(), cleanName, cleanDescription, definition.toJson(),
                    template, context.actor(), Instant.now());
            em.persist(created);
            audit.record(CREATED, "workflow:" + created.getId(), null, cleanName + (template == null ? "" : " from template " + template)
                    + ": " + definition.steps().size() + " steps");
            return created;
        }
        String before = existing.getName() + ": " + existing.getDefinition();
        existing.revise(cleanName, cleanDescription, definition.toJson(), Instant.now());
        audit.record(CHANGED, "workflow:" + existing.getId(), before, cleanName + ": " + existing.getDefinition());
        try {
            em.flush(); // the version counts this save, for the caller's next baseVersion
        } catch (OptimisticLockException raced) {
            throw Refusal.conflict("baseVersion", "someone saved this workflow at the same moment; nothing of yours was"
                    + " saved: reload it and apply your change again");
        }
        return existing;
    }

    /** Deletes a definition (administrators); its runs, and any under way, keep their copy and go on. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public void delete(@NotNull UUID id) {
        Workflow workflow = require(id);
        em.createQuery("update WorkflowRun r set r.workflowId = null where r.workflowId = :id")
                .setParameter("id", id).executeUpdate();
        em.remove(workflow);
        audit.record(DELETED, "workflow:" + id, workflow.getName() + ": " + workflow.getDefinition(), null);
    }

    /**
     * Starts a run (managers, administrators): every agent the definition names must still be in the catalogue,
     * within the tier and enabled (409 naming the step otherwise). Returns the run at once; the engine takes it from
     * there.
     */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun start(@NotNull UUID workflowId,
                             @NotBlank(message = "input is required")
                             @Size(max = WorkflowDefinition.MAX_INPUT, message = "input must be at most 4000 characters") String input) {
        Tier tier = tier();
        if (!tier.features().contains(FEATURE)) {
            throw Refusal.forbidden("this organisation's tier (" + tier + ") does not include workflows");
        }
        Workflow workflow = require(workflowId);
        WorkflowDefinition definition = WorkflowDefinition.parse(workflow.getDefinition());
        checkAgents(definition, tier, true);
        WorkflowRun run = new WorkflowRun(workflow, input.strip(), context.actor(), Instant.now());
        em.persist(run);
        for (int i = 0; i < definition.steps().size(); i++) {
            WorkflowDefinition.Step step = definition.steps().get(i);
            em.persist(new WorkflowStep(run, step.id(), i, step.type()));
        }
        dispatch.advance(run.getId(), run.getTenantId());
        audit.record(STARTED, "workflow-run:" + run.getId(), null, workflow.getName() + ": " + run.getInput());
        return run;
    }

    private void checkAgents(WorkflowDefinition definition, Tier tier, boolean mustBeEnabled) {
        if (!tier.features().contains(FEATURE)) {
            throw Refusal.forbidden("this organisation's tier (" + tier + ") does not include workflows");
        }
        for (int i = 0; i < definition.steps().size(); i++) {
            WorkflowDefinition.Step step = definition.steps().get(i);
            if (step.type() != StepType.TASK) {
                continue;
            }
            String at = "steps[" + i + "]";
            Agent agent = agents.findBySlug(step.agent()).orElseThrow(() -> Refusal.invalid(at + ".agent",
                    "there is no agent " + step.agent() + " in the catalogue (agents are named by slug, e.g. hubspot-analytics)"));
            if (tier.compareTo(Tier.valueOf(agent.getMinimumTier())) < 0) {
                throw Refusal.invalid(at + ".agent", agent.getName() + " needs " + agent.getMinimumTier()
                        + "; this organisation has " + tier);
            }
            AgentConfigurations.Configured configured = configurations.inForce(agent);
            if (mustBeEnabled && !configured.settings().enabled()) {
                throw Refusal.conflict(at + ".agent", "step " + step.id() + ": " + agent.getName()
                        + " is disabled for this organisation; an administrator can enable it");
            }
            if (step.tool() != null) {
                try {
                    ConfigurationRules.checkedCall(agent, configured.settings().tools(), step.tool().getString("name"),
                            step.tool().getJsonObject("arguments"));
                } catch (Refusal refused) {
                    String field = refused.field() == null ? "tool" : refused.field().startsWith("tool.") ? refused.field()
                            : "tool." + refused.field();
                    throw Refusal.invalid(at + "." + field,
                            "step " + step.id() + ": " + refused.getMessage());
                }
            }
        }
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

    /** A run's steps in the order the definition writes them. */
    public List<WorkflowStep> steps(@NotNull UUID runId) {
        requireRun(runId);
        return List.copyOf(engine.steps(runId).values());
    }

    /** An approval gate a run waits at, with its run. */
    public record WaitingGate(WorkflowRun run, WorkflowStep gate) {
    }

    /** The tenant's approval gates waiting for a decision, longest waiting first (at most 100). */
    public List<WaitingGate> gatesWaiting() {
        return em.createQuery("select r, s from WorkflowRun r, WorkflowStep s where s.runId = r.id and s.state = :waiting"
                        + " and r.state = :running order by s.startedAt", Object[].class)
                .setParameter("waiting", StepState.AWAITING_APPROVAL).setParameter("running", RunState.RUNNING)
                .setMaxResults(100).getResultList().stream()
                .map(row -> new WaitingGate((WorkflowRun) row[0], (WorkflowStep) row[1])).toList();
    }

    /** The tasks a run's steps gave agents, by id. */
    public Map<UUID, AgentTask> tasksOf(@NotNull UUID runId) {
        Map<UUID, AgentTask> tasks = new HashMap<>();
        em.createQuery("select t from AgentTask t where t.workflowRunId = :run", AgentTask.class).setParameter("run", runId)
                .getResultList().forEach(t -> tasks.put(t.getId(), t));
        return tasks;
    }

    /** Approves an approval gate the run waits at (managers, administrators): the run moves on. Audited. */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun approve(@NotNull UUID runId, @NotBlank(message = "step is required") String step,
                               @Size(max = 1000, message = "note must be at most 1000 characters") String note) {
        return decide(runId, step, true, note);
    }

    /** Rejects an approval gate the run waits at, with the reason: the run is cancelled. Audited. */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun reject(@NotNull UUID runId, @NotBlank(message = "step is required") String step,
                              @NotBlank(message = "reason is required")
                              @Size(max = 1000, message = "reason must be at most 1000 characters") String reason) {
        return decide(runId, step, false, reason);
    }

    private WorkflowRun decide(UUID runId, String stepKey, boolean approved, String note) {
        WorkflowRun run = lockedRun(runId);
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
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        engine.decide(run, gate, approved, context.actor(), cleanNote);
        audit.record(approved ? APPROVED : REJECTED, "workflow-run:" + runId, "step " + stepKey + " awaiting approval",
                "step " + stepKey + (approved ? " approved" : " rejected") + (cleanNote == null ? "" : ": " + cleanNote));
        return run;
    }

    /** Cancels a run under way (managers, administrators): its waiting steps end, a task not yet started with them. */
    @Allowed(RoleSet.OPERATORS)
    public WorkflowRun cancel(@NotNull UUID runId) {
        WorkflowRun run = lockedRun(runId);
        if (run.getState().isFinal()) {
            throw Refusal.conflict("state", "only a run under way can be cancelled; this one is " + run.getState());
        }
        engine.stop(runId, RunState.CANCELLED, "cancelled by " + context.actor());
        audit.record(CANCELLED, "workflow-run:" + runId, "RUNNING", "CANCELLED");
        return run;
    }

    /**
     * Signals an event of {@code type} for the tenant (managers, administrators): the steps of its runs waiting for
     * that type are released with {@code payload} as their result. Not published as a domain event — a tenant
     * cannot speak for the platform. Returns how many steps were released; audited.
     */
    @Allowed(RoleSet.OPERATORS)
    public int signal(@NotBlank(message = "type is required") String type, JsonObject payload) {
        if (!EVENT_TYPE.matcher(type).matches() || type.length() > 100) {
            throw Refusal.invalid("type", "an event type is dotted lower-case words such as payment.received, at most"
                    + " 100 characters: " + type);
        }
        if (payload != null && payload.toString().length() > 10_000) {
            throw Refusal.invalid("payload", "an event's payload is at most 10000 characters of JSON");
        }
        int released = engine.eventArrived(type, payload, Instant.now());
        audit.record(SIGNALLED, "workflow-event:" + type, null, released + " waiting steps released"
                + (payload == null ? "" : "; payload: " + payload));
        return released;
    }

    private WorkflowRun lockedRun(UUID runId) {
        return Optional.ofNullable(em.find(WorkflowRun.class, runId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Refusal.notFound("no workflow run " + runId));
    }

    private Tier tier() {
        return em.find(Tenant.class, context.requireTenant()).getTier();
    }
}
