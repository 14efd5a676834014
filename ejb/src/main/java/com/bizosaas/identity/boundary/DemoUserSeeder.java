package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.identity.entity.UserAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The writes of {@link DemoUsers}, each in its own transaction under the tenant entered before the call. */
@Stateless
public class DemoUserSeeder {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    public void user(String email, String name, Role role, String passwordHash) {
        em.persist(new UserAccount(context.requireTenant(), email, name, role, passwordHash, Instant.now()));
        audit.record("demo-data.user.created", "email:" + email, null, "role=" + role);
    }
}
