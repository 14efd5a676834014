package com.bizosaas.identity.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
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
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A user's authenticator app for two-step sign-in (issue 14 item 6): set up by scanning a secret (shown once, as a QR
 * code and as text) and confirming with the app's first code, which also gives ten recovery codes, shown once; turned
 * off with a code, unless the organisation requires it of the user's role; reset by an administrator for a user who
 * lost both app and codes. The secret is remembered nowhere but in the app and, sealed, here. Every change is audited.
 */
@Stateless
public class Authenticators {

    public static final String ENROLLED = "user.two-step-enrolled";
    public static final String REMOVED = "user.two-step-removed";
    public static final String RESET = "user.two-step-reset";
    public static final String CODES_RENEWED = "user.recovery-codes-renewed";
    /** How the apps list the account. */
    static final String ISSUER = "BizOSaaS";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    SignInPolicies policies;

    @Inject
    AuthenticatorSecrets secrets;

    /** Where the caller stands. */
    public record Status(boolean enrolled, Instant since, int recoveryCodesLeft, boolean required) implements java.io.Serializable {
    }

    /** A secret to scan, not yet in force: the app's first code confirms it. */
    public record Enrolment(String secret, String provisioningUri) {

        @Override
        public String toString() {
            return "Enrolment[not shown]";
        }
    }

    public Status status() {
        UserAccount user = caller();
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        boolean enrolled = authenticator != null && authenticator.isConfirmed();
        int left = enrolled ? em.createNamedQuery(RecoveryCode.UNUSED_OF_USER, RecoveryCode.class)
                .setParameter("user", user.getId()).getResultList().size() : 0;
        return new Status(enrolled, enrolled ? authenticator.getConfirmedAt() : null, left, isRequiredOf(user));
    }

    /** A new secret for the caller's app (again, if an earlier one was never confirmed); not for one already set up. */
    public Enrolment begin() {
        UserAccount user = caller();
        Instant now = Instant.now();
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        if (authenticator != null && authenticator.isConfirmed()) {
            throw Refusal.conflict(null, "two-step sign-in is already set up; turn it off first to move to another app");
        }
        boolean isNew = authenticator == null;
        if (isNew) {
            authenticator = new UserAuthenticator(user.getTenantId(), user.getId(), now);
        }
        String secret = Totp.newSecret();
        secrets.seal(authenticator, secret, now);
        if (isNew) {
            em.persist(authenticator); // only once sealed
        }
        return new Enrolment(secret, Totp.provisioningUri(ISSUER, user.getEmail(), secret));
    }

    /** The app's code proves the secret was scanned: two-step sign-in is on, and here are the recovery codes. */
    public List<String> confirm(@NotNull(message = "code is required") String code) {
        UserAccount user = caller();
        Instant now = Instant.now();
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        if (authenticator == null || authenticator.isConfirmed()) {
            throw Refusal.conflict(null, authenticator == null ? "nothing to confirm: begin setting up two-step sign-in first"
                    : "two-step sign-in is already set up");
        }
        OptionalLong step = Totp.matchingStep(secrets.open(authenticator), code, now);
        if (step.isEmpty() || !authenticator.spend(step.getAsLong())) {
            throw Refusal.invalid("code", "the code is not the app's code of now: check the app shows " + ISSUER
                    + " (" + user.getEmail() + ") and that the device's clock is right");
        }
        authenticator.confirm(now);
        List<String> codes = newRecoveryCodes(user, now);
        audit.record(ENROLLED, "user:" + user.getId(), null, "authenticator app confirmed; " + codes.size() + " recovery codes");
        return codes;
    }

    /** Ten new recovery codes for the old ones (all of which stop working), proved with a code of the app. */
    public List<String> renewRecoveryCodes(@NotNull(message = "code is required") String code) {
        UserAccount user = caller();
        Instant now = Instant.now();
        requireCode(user, code, now, CODES_RENEWED);
        List<String> codes = newRecoveryCodes(user, now);
        audit.record(CODES_RENEWED, "user:" + user.getId(), null, codes.size() + " recovery codes; the earlier ones void");
        return codes;
    }

    /** Turns two-step sign-in off for the caller, proved with a code; not where the organisation requires it. */
    public void remove(@NotNull(message = "code is required") String code) {
        UserAccount user = caller();
        if (isRequiredOf(user)) {
            throw Refusal.conflict(null, "your organisation requires two-step sign-in for " + user.getRole()
                    + "; it cannot be turned off (to move to another app, ask an administrator to reset it)");
        }
        requireCode(user, code, Instant.now(), REMOVED);
        forget(user);
        audit.record(REMOVED, "user:" + user.getId(), "on", "off");
    }

    /**
     * An administrator resets another user's two-step sign-in (phone and recovery codes lost): the user signs in with
     * their password and sets it up again if the organisation requires it.
     */
    @Allowed(RoleSet.ADMINISTRATORS)
    public void resetFor(@NotNull UUID userId) {
        if (context.user().filter(userId::equals).isPresent()) {
            throw Refusal.conflict("userId", "you cannot reset your own two-step sign-in; turn it off with a code, or"
                    + " ask another administrator");
        }
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw Refusal.notFound("no user " + userId);
        }
        boolean had = em.find(UserAuthenticator.class, userId) != null;
        forget(user);
        audit.record(RESET, "user:" + userId, had ? "on" : "off", "reset by an administrator");
    }

    private void requireCode(UserAccount user, String code, Instant now, String action) {
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        if (authenticator == null || !authenticator.isConfirmed()) {
            throw Refusal.conflict(null, "two-step sign-in is not set up");
        }
        OptionalLong step = Totp.matchingStep(secrets.open(authenticator), code, now);
        if (step.isEmpty() || !authenticator.spend(step.getAsLong())) {
            audit.recordRefused(action, "user:" + user.getId(), "a wrong or used code");
            throw Refusal.invalid("code", "the code is not the app's code of now (or was already used)");
        }
    }

    private List<String> newRecoveryCodes(UserAccount user, Instant now) {
        em.createNamedQuery(RecoveryCode.DELETE_OF_USER).setParameter("user", user.getId()).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(c -> em.persist(new RecoveryCode(user.getTenantId(), user.getId(), RecoveryCodes.hash(c), now)));
        return codes;
    }

    private void forget(UserAccount user) {
        em.createNamedQuery(RecoveryCode.DELETE_OF_USER).setParameter("user", user.getId()).executeUpdate();
        UserAuthenticator authenticator = em.find(UserAuthenticator.class, user.getId());
        if (authenticator != null) {
            em.remove(authenticator);
        }
    }

    private boolean isRequiredOf(UserAccount user) {
        return policies.policyOf(user.getTenantId()).requiresTwoStepFor(user.getRole());
    }

    private UserAccount caller() {
        UUID id = context.user().orElseThrow(() -> Refusal.unauthenticated("not signed in"));
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw Refusal.unauthenticated("not signed in");
        }
        return user;
    }
}
