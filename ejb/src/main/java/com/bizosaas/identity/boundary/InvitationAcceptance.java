package com.bizosaas.identity.boundary;

import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Constraints;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.control.PasswordHasher;
import com.bizosaas.identity.control.PasswordPolicy;
import com.bizosaas.identity.entity.Invitation;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.UUID;

/** The acceptance itself, under the invitation's tenant (a bean of its own so that tenant applies). */
@Stateless
public class InvitationAcceptance {

    public static final String ACCEPTED = "user.invitation-accepted";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    /** What an open invitation offers, for its link's page to say before anyone types a password. */
    public Invitations.Offer offer(String tokenHash) {
        Invitation invitation = open(tokenHash, Instant.now());
        return new Invitations.Offer(em.find(Tenant.class, invitation.getTenantId()).getName(), invitation.getRole(),
                invitation.getEmail(), invitation.getExpiresAt());
    }

    public UUID accept(String tokenHash, String displayName, String password) {
        Instant now = Instant.now();
        Invitation invitation = open(tokenHash, now);
        UserLimit.refuseIfReached(em, em.find(Tenant.class, invitation.getTenantId()), false);
        PasswordPolicy.check(password, invitation.getEmail()).ifPresent(why -> {
            throw Refusal.invalid("password", "password " + why);
        });
        UserAccount user = new UserAccount(invitation.getTenantId(), invitation.getEmail(), displayName, invitation.getRole(),
                PasswordHasher.hash(password.toCharArray()), now);
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw Refusal.conflict("email", "this email address already has an account");
            }
            throw e;
        }
        invitation.accept(now);
        context.enterAsPlatform(invitation.getTenantId(), invitation.getEmail(), context.sourceIp());
        audit.record(ACCEPTED, "user:" + user.getId(), null, "invitation " + invitation.getId() + ", role=" + invitation.getRole());
        return user.getId();
    }

    /** The invitation of a link: 404 for a token nobody issued, 410 for a used or expired one. */
    private Invitation open(String tokenHash, Instant now) {
        Invitation invitation = em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst().orElseThrow(() -> Refusal.notFound("this invitation link is not valid"));
        if (!invitation.isOpenAt(now)) {
            throw Refusal.gone(invitation.getAcceptedAt() != null ? "this invitation was already used"
                    : "this invitation expired at " + invitation.getExpiresAt() + "; ask for a new one");
        }
        return invitation;
    }
}
