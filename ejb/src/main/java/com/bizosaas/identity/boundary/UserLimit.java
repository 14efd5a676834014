package com.bizosaas.identity.boundary;

import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * The tier's number of users (T1), the one rule behind adding a user, inviting one and accepting an invitation: an
 * open invitation counts as the user it will be, so that a tier's last place cannot be promised twice.
 */
final class UserLimit {

    private UserLimit() {
    }

    /** Refuses one more user of the caller's tenant (row-level security counts only its users and invitations). */
    static void refuseIfReached(EntityManager em, Tenant tenant, boolean countOpenInvitations) {
        long users = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        long invited = !countOpenInvitations ? 0 : em.createQuery("select count(i) from Invitation i where i.acceptedAt is null"
                + " and i.expiresAt > :now", Long.class).setParameter("now", Instant.now()).getSingleResult();
        int most = tenant.getTier().maxUsers();
        if (users + invited >= most) {
            throw Refusal.conflict("email", tenant.getTier() + " allows " + most + " users; this organisation has " + users
                    + (invited > 0 ? " and " + invited + " open invitation(s)" : "")
                    + ": the agency can move it to a larger tier");
        }
    }
}
