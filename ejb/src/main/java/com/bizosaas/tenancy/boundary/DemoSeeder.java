package com.bizosaas.tenancy.boundary;

import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.identity.entity.Role;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.control.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The writes of {@link DemoData}, each in its own transaction under the tenant it writes for. */
@Stateless
public class DemoSeeder {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    public boolean registryIsEmpty() {
        return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult() == 0;
    }

    public Tenant tenant(Tenant parent, String name, String slug, Tier tier) {
        Tenant tenant = new Tenant(parent == null ? null : parent.getId(), name, slug, tier, Instant.now());
        em.persist(tenant);
        context.enterAsPlatform(tenant.getId(), "demo-data", null);
        return tenant;
    }

    /** Runs under the tenant of the last {@link #tenant} call (a new bean call applies it to the transaction). */
    public void user(Tenant tenant, String email, String name, Role role, String passwordHash) {
        if (!context.tenant().map(tenant.getId()::equals).orElse(false)) {
            throw new IllegalStateException("seed users right after their tenant");
        }
        em.persist(new UserAccount(tenant.getId(), email, name, role, passwordHash, Instant.now()));
        audit.record("demo-data.user.created", "email:" + email, null, "role=" + role);
    }
}
