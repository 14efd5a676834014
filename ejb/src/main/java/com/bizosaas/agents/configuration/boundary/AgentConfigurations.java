package com.bizosaas.agents.configuration.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.control.ConfigurationDiff;
import com.bizosaas.agents.configuration.control.ConfigurationRules;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each tenant's configuration of the catalogue's agents (A2), as versions: every change adds one (a restore too),
 * none is rewritten, the highest is in force. Administrators of the tenant (and the super-admin acting in it)
 * change it within {@link ConfigurationRules}; managers read it; clients, who only read results, do not. Every
 * change is audited with what changed.
 */
@Stateless
public class AgentConfigurations {

    public static final String CHANGED = "agent.configuration.changed";

    /** An agent as this tenant runs it: the version in force (0: as the catalogue defines it) and its settings. */
    public record Configured(Agent agent, int version, AgentSettings settings, AgentConfiguration latest) {
    }

    /** A change asked for; a null field keeps the value in force. */
    public record Change(Boolean enabled, String promptTemplate, List<String> tools, String modelTier,
                         BigDecimal temperature, Integer maxTokens) {

        AgentSettings appliedTo(AgentSettings current) {
            return new AgentSettings(enabled != null ? enabled : current.enabled(),
                    promptTemplate != null ? promptTemplate : current.promptTemplate(),
                    tools != null ? tools : current.tools(),
                    modelTier != null ? modelTier.strip().toLowerCase() : current.modelTier(),
                    temperature != null ? temperature : current.temperature(),
                    maxTokens != null ? maxTokens : current.maxTokens());
        }
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    Agents agents;

    @EJB
    AuditTrail audit;

    /** The configuration in force for the caller's tenant. */
    @Allowed(RoleSet.OPERATORS)
    public Configured current(@NotNull UUID agentId) {
        return inForce(agents.require(agentId));
    }

    /**
     * The configuration in force, without a role check: for running the agent's tasks, which happens on behalf
     * of someone already allowed to.
     */
    public Configured inForce(Agent agent) {
        List<AgentConfiguration> latest = em.createQuery("select c from AgentConfiguration c where c.agentId = :agent"
                        + " order by c.version desc", AgentConfiguration.class)
                .setParameter("agent", agent.getId()).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return new Configured(agent, 0, AgentSettings.of(agent), null);
        }
        // a tool the super-admin has since taken from the catalogue entry is no longer the agent's to use
        AgentSettings saved = latest.get(0).settings();
        AgentSettings settings = new AgentSettings(saved.enabled(), saved.promptTemplate(),
                saved.tools().stream().filter(agent.getTools()::contains).toList(), saved.modelTier(), saved.temperature(),
                saved.maxTokens());
        return new Configured(agent, latest.get(0).getVersion(), settings, latest.get(0));
    }

    /** The versions in force for several agents at once (a page of the catalogue); agents not configured are absent. */
    public Map<UUID, AgentConfiguration> inForce(Collection<UUID> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from AgentConfiguration c where c.agentId in :agents and c.version ="
                        + " (select max(d.version) from AgentConfiguration d where d.agentId = c.agentId)", AgentConfiguration.class)
                .setParameter("agents", agentIds).getResultStream()
                .collect(Collectors.toMap(AgentConfiguration::getAgentId, Function.identity()));
    }

    /**
     * Saves a change as the next version and returns it in force. {@code baseVersion}, when given, is the version
     * the editor started from: if someone saved since, the change is refused (409) rather than silently
     * overwriting theirs. A change that changes nothing adds no version.
     */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Configured change(@NotNull UUID agentId, @Min(value = 0, message = "baseVersion must not be negative") Integer baseVersion,
                             @NotNull(message = "a change is required") Change change,
                             @Size(max = 500, message = "note must be at most 500 characters") String note) {
        Configured current = editable(agentId);
        if (baseVersion != null && baseVersion != current.version()) {
            throw Refusal.conflict("baseVersion", "version " + current.version() + " was saved by "
                    + current.latest().getChangedBy() + " after version " + baseVersion + "; reload and change that one");
        }
        AgentSettings proposed = ConfigurationRules.check(current.agent(), tier(), context.isIn(RoleSet.SUPER_ADMIN),
                change.appliedTo(current.settings()));
        if (proposed.equals(current.settings())) {
            return current;
        }
        return save(current, proposed, note, null);
    }

    /** Puts an earlier version back in force, as a new version that says which it restored. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Configured restore(@NotNull UUID agentId, @Min(value = 0, message = "version must not be negative") int version,
                              @Size(max = 500, message = "note must be at most 500 characters") String note) {
        Configured current = editable(agentId);
        if (version == current.version()) {
            throw Refusal.conflict("version", "version " + version + " is the one in force");
        }
        AgentSettings restored = ConfigurationRules.check(current.agent(), tier(), context.isIn(RoleSet.SUPER_ADMIN),
                settingsOf(current.agent(), version));
        return save(current, restored, note, version);
    }

    /** The tenant's versions of the agent, newest first. */
    @Allowed(RoleSet.OPERATORS)
    public Page<AgentConfiguration> history(@NotNull UUID agentId, @NotNull @Valid PageRequest page) {
        agents.require(agentId);
        List<AgentConfiguration> items = em.createQuery("select c from AgentConfiguration c where c.agentId = :agent"
                        + " order by c.version desc", AgentConfiguration.class)
                .setParameter("agent", agentId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(c) from AgentConfiguration c where c.agentId = :agent", Long.class)
                .setParameter("agent", agentId).getSingleResult();
        return Page.of(items, page, total);
    }

    /** One version's settings; 0 is the catalogue's definition. */
    @Allowed(RoleSet.OPERATORS)
    public AgentSettings version(@NotNull UUID agentId, @Min(value = 0, message = "version must not be negative") int version) {
        return settingsOf(agents.require(agentId), version);
    }

    /** Two versions side by side. */
    @Allowed(RoleSet.OPERATORS)
    public ConfigurationDiff.Comparison diff(@NotNull UUID agentId,
                                             @Min(value = 0, message = "from must not be negative") int from,
                                             @Min(value = 0, message = "to must not be negative") int to) {
        Agent agent = agents.require(agentId);
        return ConfigurationDiff.between(settingsOf(agent, from), settingsOf(agent, to));
    }

    private Configured save(Configured current, AgentSettings settings, String note, Integer restoredFrom) {
        String why = note == null || note.isBlank() ? null : note.strip();
        AgentConfiguration next = new AgentConfiguration(context.requireTenant(), current.agent().getId(),
                current.version() + 1, settings, why, restoredFrom, context.actor(), Instant.now());
        em.persist(next);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // the (tenant, agent, version) key: someone saved the same version number first
            throw Refusal.conflict("baseVersion", "someone saved " + current.agent().getName()
                    + "'s configuration at the same moment; reload and try again");
        }
        List<String> changes = ConfigurationDiff.between(current.settings(), settings).changes();
        audit.record(CHANGED, "agent:" + current.agent().getSlug(), "version " + current.version(),
                "version " + next.getVersion() + (restoredFrom == null ? "" : " (restores version " + restoredFrom + ")")
                        + ": " + String.join("; ", changes) + (why == null ? "" : "; note: " + why));
        return new Configured(current.agent(), next.getVersion(), settings, next);
    }

    private AgentSettings settingsOf(Agent agent, int version) {
        if (version == 0) {
            return AgentSettings.of(agent);
        }
        return em.createQuery("select c from AgentConfiguration c where c.agentId = :agent and c.version = :version",
                        AgentConfiguration.class)
                .setParameter("agent", agent.getId()).setParameter("version", version).getResultStream().findFirst()
                .map(AgentConfiguration::settings)
                .orElseThrow(() -> Refusal.notFound("no version " + version + " of " + agent.getName() + "'s configuration"));
    }

    private Configured editable(UUID agentId) {
        Agent agent = agents.require(agentId);
        ConfigurationRules.refuseIfTierLacks(agent, tier(), Agents.FEATURE);
        return inForce(agent);
    }

    private Tier tier() {
        return em.find(Tenant.class, context.requireTenant()).getTier();
    }
}
