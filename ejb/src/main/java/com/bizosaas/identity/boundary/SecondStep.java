package com.bizosaas.identity.boundary;

import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.identity.control.RecoveryCodes;
import com.bizosaas.identity.control.Totp;
import com.bizosaas.identity.entity.RecoveryCode;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.identity.entity.UserAuthenticator;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The second step of signing in, inside the user's tenant (the caller entered it): whether the user must give a code
 * — their authenticator is confirmed — or must first enrol one — their organisation's policy requires it of their
 * role — and whether a code given holds: the app's code of now (a step already spent is a replay), or an unspent
 * recovery code, spent by its use.
 */
@Stateless
public class SecondStep {

    public static final String RECOVERY_CODE_USED = "user.recovery-code-used";

    /** What the user must do after proving their password. */
    public enum Need {
        NONE, CODE, ENROLMENT
    }

    /** What a code given was. */
    public enum Check {
        ACCEPTED, WRONG, REPLAYED
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    SignInPolicies policies;

    @EJB
    AuditTrail audit;

    @Inject
    AuthenticatorSecrets secrets;

    public Need needOf(UserAccount user) {
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        if (authenticator != null && authenticator.isConfirmed()) {
            return Need.CODE;
        }
        return policies.policyOf(user.getTenantId()).requiresTwoStepFor(user.getRole()) ? Need.ENROLMENT : Need.NONE;
    }

    /** Checks a code from the user's authenticator app, or one of their recovery codes; either is spent if it holds. */
    public Check check(UserAccount user, String code, Instant now) {
        if (RecoveryCodes.looksLikeOne(code)) {
            return spendRecoveryCode(user, code, now);
        }
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        if (authenticator == null || !authenticator.isConfirmed()) {
            return Check.WRONG;
        }
        OptionalLong step = Totp.matchingStep(secrets.open(authenticator), code, now);
        if (step.isEmpty()) {
            return Check.WRONG;
        }
        return authenticator.spend(step.getAsLong()) ? Check.ACCEPTED : Check.REPLAYED;
    }

    private Check spendRecoveryCode(UserAccount user, String code, Instant now) {
        String hash = RecoveryCodes.hash(code);
        var unused = em.createNamedQuery(RecoveryCode.UNUSED_OF_USER, RecoveryCode.class)
                .setParameter("user", user.getId()).getResultList();
        var match = unused.stream().filter(c -> MessageDigest.isEqual(c.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))).findFirst();
        if (match.isEmpty()) {
            return Check.WRONG;
        }
        match.get().spend(now);
        audit.record(RECOVERY_CODE_USED, "user:" + user.getId(), null, (unused.size() - 1) + " recovery codes left");
        return Check.ACCEPTED;
    }
}
