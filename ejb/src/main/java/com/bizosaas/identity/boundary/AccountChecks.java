package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * Whether a signed-in user may go on: the account still exists with the role it signed in with, and its
 * tenant is not suspended. Called as a bean of its own, after the caller has entered the user's tenant, so
 * that the read runs under that tenant's row-level security.
 */
@Stateless
public class AccountChecks {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    Tenants tenants;

    public boolean active(UUID userId, Role role, UUID tenantId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user != null && user.getRole() == role && tenants.isActive(tenantId);
    }
}
