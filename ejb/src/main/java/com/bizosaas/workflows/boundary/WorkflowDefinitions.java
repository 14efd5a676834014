package com.bizosaas.workflows.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.control.WorkflowRules;
import com.bizosaas.workflows.control.WorkflowTemplates;
import com.bizosaas.workflows.entity.Workflow;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's workflow definitions (A6): administrators write them, from a template of their tier or from scratch;
 * every agent a definition names must be in the catalogue and within the tier ({@link WorkflowRules}); everyone of
 * the tenant may read them. Another tenant's workflow reads as absent. Runs are {@link WorkflowRuns}'.
 */
@Stateless
public class WorkflowDefinitions {

    public static final String CREATED = "workflow.created";
    public static final String CHANGED = "workflow.changed";
    public static final String DELETED = "workflow.deleted";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    Agents agents;

    @EJB
    AgentConfigurations configurations;

    @EJB
    AuditTrail audit;

    /** A template and whether the caller's tier may use it. */
    public record TemplateOffer(WorkflowTemplates.Template template, boolean available) {
    }

    /** A workflow and its definition, checked for a run to start now. */
    public record ReadyToRun(Workflow workflow, WorkflowDefinition definition) {
    }

    public List<TemplateOffer> templates() {
        Tier tier = tier();
        return WorkflowTemplates.all().stream().map(t -> new TemplateOffer(t, t.availableTo(tier)
                && WorkflowRules.inTier(tier))).toList();
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

    /**
     * The workflow as a run of it would start now: the tier includes workflows, and every agent it names is still in
     * the catalogue, within the tier and enabled (409 naming the step otherwise).
     */
    public ReadyToRun readyToRun(@NotNull UUID workflowId) {
        Tier tier = tier();
        WorkflowRules.refuseIfTierLacks(tier);
        Workflow workflow = require(workflowId);
        WorkflowDefinition definition = WorkflowDefinition.parse(workflow.getDefinition());
        checkAgents(definition, tier, true);
        return new ReadyToRun(workflow, definition);
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

    private void checkAgents(WorkflowDefinition definition, Tier tier, boolean toRun) {
        WorkflowRules.checkAgents(definition, tier, toRun, agents::findBySlug, agent -> configurations.inForce(agent).settings());
    }

    private Tier tier() {
        return em.find(Tenant.class, context.requireTenant()).getTier();
    }
}
