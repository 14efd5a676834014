package com.bizosaas.tenancy.boundary;

import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The writes of {@link DemoData}, each in its own transaction. */
@Stateless
public class DemoSeeder {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    public boolean registryIsEmpty() {
        return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult() == 0;
    }

    public Tenant tenant(Tenant parent, String name, String slug, Tier tier) {
        // the platform's side of the registry, as the super-admin's transactions are (V19)
        em.createNativeQuery("select set_config('app.platform', 'on', true)").getSingleResult();
        Tenant tenant = new Tenant(parent == null ? null : parent.getId(), name, slug, tier, Instant.now());
        em.persist(tenant);
        return tenant;
    }
}
