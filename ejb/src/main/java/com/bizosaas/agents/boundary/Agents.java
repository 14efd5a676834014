package com.bizosaas.agents.boundary;

import com.bizosaas.agents.entity.Agent;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agent catalogue (A1): the platform's agents, for everyone signed in to browse. */
@Stateless
public class Agents {

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

    public Agent require(@NotNull UUID id) {
        return find(id).orElseThrow(() -> Refusal.notFound("no agent " + id));
    }

    public List<String> categories() {
        return em.createQuery("select distinct a.category from Agent a order by a.category", String.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Agent a", Long.class).getSingleResult();
    }

    /** For the seed, at start-up (no caller, no role); no API or page offers it. */
    public void add(Agent agent) {
        em.persist(agent);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
