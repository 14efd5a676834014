package com.bizosaas.agents.catalogue.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.agents.configuration.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.connectors.control.ToolDefinitions;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agent catalogue (A1): the platform's agents, for everyone signed in to browse and the super-admin to revise. */
@Stateless
public class Agents {

    /** The tier feature that includes agents (Tier 2 and 3): running, configuring and monitoring them. */
    public static final String FEATURE = "agents";

    /**
     * What the catalogue can be narrowed to; null fields do not narrow. {@code enabled}: only the agents the
     * caller's organisation has enabled (true) or disabled (false) in its configuration.
     */
    public record Filter(String category, Integer pattern, String integration, String text, Boolean enabled) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** An agent the caller's tenant disabled: its configuration's latest version says so (row-level security scopes it). */
    private static final String DISABLED = "exists (select c from AgentConfiguration c where c.agentId = a.id"
            + " and c.enabled = false and c.version = (select max(d.version) from AgentConfiguration d where d.agentId = a.id))";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    public Page<Agent> list(@NotNull Filter filter, @NotNull @Valid PageRequest page) {
        String where = " where (:category is null or a.category = :category)"
                + " and (:pattern is null or a.pattern = :pattern)"
                + " and (:integration is null or a.integration = :integration)"
                + " and (:text is null or lower(a.name) like :text or lower(a.goal) like :text)"
                + (filter.enabled() == null ? "" : filter.enabled() ? " and not " + DISABLED : " and " + DISABLED);
        TypedQuery<Agent> query = em.createQuery("select a from Agent a" + where
                + " order by a.category, a.integration, a.name", Agent.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Agent a" + where, Long.class);
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%";
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("category", blankToNull(filter.category()));
            q.setParameter("pattern", filter.pattern());
            q.setParameter("integration", blankToNull(filter.integration()));
            q.setParameter("text", text);
        }
        List<Agent> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    public Optional<Agent> find(@NotNull UUID id) {
        return Optional.ofNullable(em.find(Agent.class, id));
    }

    /** The agent with this slug: how workflow definitions and templates name agents. */
    public Optional<Agent> findBySlug(@NotNull String slug) {
        return em.createQuery("select a from Agent a where a.slug = :slug", Agent.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Agent require(@NotNull UUID id) {
        return find(id).orElseThrow(() -> Refusal.notFound("no agent " + id));
    }

    public List<String> categories() {
        return em.createQuery("select distinct a.category from Agent a order by a.category", String.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Agent a", Long.class).getSingleResult();
    }

    /** A revision of a catalogue entry; a null field keeps its value. */
    public record Revision(String goal, String promptTemplate, List<String> tools, String modelTier, String minimumTier) {
    }

    /**
     * The super-admin revises a catalogue entry (A1): its goal, prompt template, tools (each a tool of the agent's
     * integration, {@code <integration>_<verb>_<object>}), model tier and minimum subscription tier. Audited. Tenants'
     * configurations keep their versions; a tool the catalogue no longer gives the agent is no longer offered.
     */
    @Allowed(RoleSet.SUPER_ADMIN)
    public Agent revise(@NotNull UUID agentId, @NotNull(message = "a revision is required") Revision revision) {
        Agent agent = require(agentId);
        String before = describe(agent);
        String goal = revision.goal() == null ? agent.getGoal() : revision.goal().strip();
        String prompt = revision.promptTemplate() == null ? agent.getPromptTemplate() : revision.promptTemplate().strip();
        if (goal.isEmpty() || goal.length() > 500) {
            throw Refusal.invalid("goal", "the goal must be 1 to 500 characters");
        }
        if (prompt.isEmpty() || prompt.length() > ConfigurationRules.MAX_PROMPT) {
            throw Refusal.invalid("promptTemplate", "the prompt template must be 1 to " + ConfigurationRules.MAX_PROMPT + " characters");
        }
        List<String> tools = revision.tools() == null ? agent.getTools() : revision.tools().stream().map(String::strip).distinct().toList();
        for (String tool : tools) {
            if (ToolDefinitions.of(tool, agent.getIntegration()).isEmpty()) {
                throw Refusal.invalid("tools", tool + " is not a tool of " + agent.getIntegration() + ": tools are named "
                        + ToolDefinitions.key(agent.getIntegration()) + "_<verb>_<object>, verb one of list, get, search, "
                        + "query, create, send, publish, refund, update, delete");
            }
        }
        if (String.join(",", tools).length() > 500) {
            throw Refusal.invalid("tools", "the tools' names must fit in 500 characters together");
        }
        String modelTier = revision.modelTier() == null ? agent.getModelTier() : revision.modelTier().strip().toLowerCase();
        if (!AgentCatalogue.MODEL_TIERS.contains(modelTier)) {
            throw Refusal.invalid("modelTier", "model tier must be one of " + String.join(", ", AgentCatalogue.MODEL_TIERS));
        }
        String minimumTier = revision.minimumTier() == null ? agent.getMinimumTier() : revision.minimumTier().strip().toUpperCase();
        if (!List.of("TIER_1", "TIER_2", "TIER_3").contains(minimumTier)) {
            throw Refusal.invalid("minimumTier", "minimum tier must be TIER_1, TIER_2 or TIER_3");
        }
        agent.revise(goal, prompt, tools, modelTier, minimumTier);
        audit.record("agent.catalogue.revised", "agent:" + agent.getSlug(), before, describe(agent));
        return agent;
    }

    private static String describe(Agent agent) {
        return "tools " + String.join(", ", agent.getTools()) + "; model tier " + agent.getModelTier() + "; minimum "
                + agent.getMinimumTier() + "; goal " + agent.getGoal() + "; prompt " + agent.getPromptTemplate().length() + " characters";
    }

    /** For the seed, at start-up (no caller, no role); no API or page offers it. */
    public void add(Agent agent) {
        em.persist(agent);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
