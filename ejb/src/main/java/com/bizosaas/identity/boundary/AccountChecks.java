package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether a signed-in user may go on: the account still exists, enabled, with the role it signed in with, and its
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
        return user != null && !user.isDisabled() && user.getRole() == role && tenants.isActive(tenantId);
    }

    /** As {@link #active}, for a console session that signed in at {@code signedInAt}: no change of access since. */
    public boolean activeSince(UUID userId, Role role, UUID tenantId, Instant signedInAt) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user != null && user.admitsSessionFrom(signedInAt) && user.getRole() == role && tenants.isActive(tenantId);
    }
}
