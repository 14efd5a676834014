package com.bizosaas.agents.insights.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.Insight;
import com.bizosaas.agents.insights.control.InsightNotes;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cross-agent insights (A8): what a task's answer recorded ({@link InsightNotes}) is kept for the agents of the same
 * category of the same tenant — row-level security keeps every other tenant out — and once an administrator accepts
 * one, the latest {@value #SHARED} accepted are given to them when they work (as data beside the task, never in their
 * prompt). Everyone of the tenant reads them; administrators accept and delete.
 */
@Stateless
public class AgentInsights {

    /** How many of its category's latest insights an agent is given. */
    public static final int SHARED = 5;

    public static final String ACCEPTED = "agent.insight.accepted";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    /** Keeps the insights a finished task's answer recorded; a redelivered task records none twice. */
    public int recordFrom(Agent agent, UUID taskId, String answer) {
        int kept = 0;
        for (String text : InsightNotes.recordedIn(answer)) {
            boolean known = !em.createQuery("select i.id from Insight i where i.taskId = :task and i.text = :text", UUID.class)
                    .setParameter("task", taskId).setParameter("text", text).getResultList().isEmpty();
            if (!known) {
                em.persist(new Insight(context.requireTenant(), agent.getId(), agent.getCategory(), taskId, text, Instant.now()));
                kept++;
            }
        }
        return kept;
    }

    /** The latest accepted insights of the agent's category in the caller's tenant, newest first. */
    public List<String> sharedWith(Agent agent) {
        return em.createQuery("select i.text from Insight i where i.category = :category and i.acceptedAt is not null"
                        + " order by i.createdAt desc", String.class)
                .setParameter("category", agent.getCategory()).setMaxResults(SHARED).getResultList();
    }

    public Page<Insight> list(String category, @NotNull @Valid PageRequest page) {
        String where = category == null || category.isBlank() ? "" : " where i.category = :category";
        var query = em.createQuery("select i from Insight i" + where + " order by i.createdAt desc", Insight.class);
        var count = em.createQuery("select count(i) from Insight i" + where, Long.class);
        if (!where.isEmpty()) {
            query.setParameter("category", category.strip());
            count.setParameter("category", category.strip());
        }
        return Page.of(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    /**
     * Accepts an insight for sharing: from now on the agents of its category are told it. An administrator reads it
     * first because an agent's answer wrote it, and what a tool returned may have steered that answer. Audited.
     */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Insight accept(@NotNull UUID insightId) {
        Insight insight = require(insightId);
        if (!insight.isAccepted()) {
            insight.accept(context.actor(), Instant.now());
            audit.record(ACCEPTED, "insight:" + insightId, null, insight.getText());
        }
        return insight;
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public void delete(@NotNull UUID insightId) {
        Insight insight = require(insightId);
        em.remove(insight);
        audit.record("agent.insight.deleted", "insight:" + insightId, insight.getText(), null);
    }

    private Insight require(UUID insightId) {
        Insight insight = em.find(Insight.class, insightId);
        if (insight == null) {
            throw Refusal.notFound("no insight " + insightId);
        }
        return insight;
    }
}
