package com.bizosaas.llm.boundary;

import com.bizosaas.llm.entity.CacheEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The semantic cache's rows in PostgreSQL, read and written under the caller's tenant (row-level security). */
@Stateless
public class CacheEntries {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    public Optional<CacheEntry> find(UUID id) {
        return Optional.ofNullable(em.find(CacheEntry.class, id));
    }

    public void store(CacheEntry entry) {
        em.persist(entry);
    }

    /** The tenant's live entries, newest first, for a node that builds its index. */
    public List<CacheEntry> live(Instant now, int max) {
        return em.createQuery("select e from CacheEntry e where e.expiresAt > :now order by e.createdAt desc", CacheEntry.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    public long count(Instant now) {
        return em.createQuery("select count(e) from CacheEntry e where e.expiresAt > :now", Long.class)
                .setParameter("now", now).getSingleResult();
    }

    /** Forgets every answer of the tenant. */
    public int deleteAll() {
        return em.createQuery("delete from CacheEntry e").executeUpdate();
    }
}
