package com.bizosaas.identity.boundary;

import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in with email and password (T2). The tenant is found first, through the one function that maps
 * an address to its tenant; the account itself is then read under that tenant's row-level security by
 * {@link SignInAttempts}. The outcome is returned, not thrown, so that a failed attempt and a lock-out are
 * committed (and audited) rather than rolled back.
 */
@Stateless
public class SignIn {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    SignInAttempts attempts;

    @Inject
    SignInThrottles throttles;

    /**
     * The result of one attempt: the user, signed in; or why not (the same words for "no such user" and "wrong
     * password"); when too many attempts failed, how many seconds to wait before the next. A user who proved their
     * password but must still give a code, or enrol an authenticator first, is {@code proved} and not signed in:
     * {@code next} says which.
     */
    public record Outcome(Optional<UserAccount> user, String refusal, long retryAfterSeconds,
                          Optional<UserAccount> proved, SecondStep.Need next) {

        static Outcome refused(String why) {
            return new Outcome(Optional.empty(), why, 0, Optional.empty(), SecondStep.Need.NONE);
        }

        static Outcome signedIn(UserAccount user) {
            return new Outcome(Optional.of(user), null, 0, Optional.empty(), SecondStep.Need.NONE);
        }

        static Outcome throttled(Duration wait) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            return new Outcome(Optional.empty(), "too many failed sign-ins for this address or from this network; try again in "
                    + seconds + " seconds", seconds, Optional.empty(), SecondStep.Need.NONE);
        }

        static Outcome codeNeeded(UserAccount user) {
            return new Outcome(Optional.empty(), CODE_NEEDED, 0, Optional.of(user), SecondStep.Need.CODE);
        }

        static Outcome enrolmentNeeded(UserAccount user) {
            return new Outcome(Optional.empty(), ENROLMENT_NEEDED, 0, Optional.of(user), SecondStep.Need.ENROLMENT);
        }

        static Outcome wrongCode(int attemptsLeft) {
            if (attemptsLeft <= 0) {
                return refused(LOCKED_BY_CODES);
            }
            return new Outcome(Optional.empty(), "the code is not right (or was already used); " + attemptsLeft
                    + (attemptsLeft == 1 ? " attempt" : " attempts") + " left before the account is locked for 15 minutes",
                    0, Optional.empty(), SecondStep.Need.CODE);
        }

        public boolean isThrottled() {
            return retryAfterSeconds > 0;
        }

        /** Whether the refusal is a second step still to take (rather than a wrong password or code). */
        public boolean awaitsCode() {
            return proved.isPresent() && next == SecondStep.Need.CODE;
        }

        public boolean awaitsEnrolment() {
            return proved.isPresent() && next == SecondStep.Need.ENROLMENT;
        }

        /** Whether a wrong code may be followed by another (the account is not locked yet). */
        public boolean codeMayBeTriedAgain() {
            return user.isEmpty() && proved.isEmpty() && next == SecondStep.Need.CODE;
        }

        /** Whether this attempt failed to prove something and counts against the address and the client. */
        boolean failed() {
            return WRONG_CREDENTIALS.equals(refusal) || LOCKED_BY_CODES.equals(refusal) || codeMayBeTriedAgain();
        }
    }

    /**
     * The one answer to a sign-in that did not prove a password, whether the address has an account or not and whether
     * the account is locked: a different answer for a locked account would tell anyone which addresses exist.
     */
    public static final String WRONG_CREDENTIALS = "wrong email or password — or, after 5 failed sign-ins, the account is"
            + " locked for 15 minutes: try again later";
    public static final String LOCKED_BY_CODES = "the code is not right; after 5 failures the account is locked for 15"
            + " minutes";
    public static final String CODE_NEEDED = "enter the 6-digit code from your authenticator app, or one of your"
            + " recovery codes";
    public static final String ENROLMENT_NEEDED = "your organisation requires two-step sign-in for your role: set up an"
            + " authenticator app in the console (Two-step sign-in) before signing in here";
    public static final String NETWORK_REFUSED = "your organisation allows signing in only from its own networks, and"
            + " this address is not one of them";
    public static final String DISABLED = "this account is disabled; ask your organisation's administrator";
    public static final String NOT_VERIFIED = "the identity provider has not verified this email address; verify it"
            + " there, or sign in with your password";
    public static final String NO_ACCOUNT = "the identity provider vouched for an address that has no account here;"
            + " ask your administrator for an invitation";

    /**
     * An attempt, unless this address or this client failed too often lately ({@link SignInThrottles}); a failed one
     * counts for both.
     */
    public Outcome attempt(String email, char[] password, String sourceIp) {
        return attempt(email, password, null, sourceIp);
    }

    /**
     * An attempt with the second step's code in the same request (the API's token request): without a code, a user
     * with an authenticator is told a code is needed ({@link Outcome#awaitsCode()}).
     */
    public Outcome attempt(String email, char[] password, String code, String sourceIp) {
        Instant now = Instant.now();
        Duration wait = throttles.waitFor(email, sourceIp, now);
        if (!wait.isZero()) {
            return Outcome.throttled(wait);
        }
        Outcome outcome = verify(email, password, code, sourceIp);
        if (outcome.failed()) {
            throttles.failed(email, sourceIp, now);
        }
        return outcome;
    }

    /**
     * The second step of a console sign-in, whose password was proved a moment ago ({@link Outcome#awaitsCode()}):
     * the code from the authenticator app or a recovery code. Wrong codes count as failed sign-ins.
     */
    public Outcome secondStep(UUID tenantId, UUID userId, String email, String code, String sourceIp) {
        Instant now = Instant.now();
        Duration wait = throttles.waitFor(email, sourceIp, now);
        if (!wait.isZero()) {
            return Outcome.throttled(wait);
        }
        context.enterAsPlatform(tenantId, email, sourceIp);
        Outcome outcome = attempts.secondStep(userId, code);
        if (outcome.failed()) {
            throttles.failed(email, sourceIp, now);
        }
        return outcome;
    }

    private Outcome verify(String email, char[] password, String code, String sourceIp) {
        if (email == null || email.isBlank() || password == null) {
            return Outcome.refused(WRONG_CREDENTIALS);
        }
        Object tenant = em.createNativeQuery("select bizosaas.resolve_login_tenant(?1)")
                .setParameter(1, email.strip())
                .getSingleResult();
        if (tenant == null) {
            SignInAttempts.spendTheTimeOfAHash(password); // no timing hint that the address is unknown
            return Outcome.refused(WRONG_CREDENTIALS);
        }
        context.enterAsPlatform((UUID) tenant, email.strip().toLowerCase(java.util.Locale.ROOT), sourceIp);
        return attempts.verify(email.strip(), password, code);
    }

    /**
     * Signs in the user whose address an OpenID Connect provider vouched for (the container checked the provider's
     * signed tokens): the provider must say it verified the address, and the account must exist here, unlocked, in an
     * active organisation.
     */
    public Outcome singleSignOn(String email, boolean verifiedByProvider, String issuer, String sourceIp) {
        if (email == null || email.isBlank()) {
            return Outcome.refused("the identity provider gave no email address");
        }
        if (!verifiedByProvider) {
            return Outcome.refused(NOT_VERIFIED);
        }
        Object tenant = em.createNativeQuery("select bizosaas.resolve_login_tenant(?1)")
                .setParameter(1, email.strip())
                .getSingleResult();
        if (tenant == null) {
            return Outcome.refused(NO_ACCOUNT);
        }
        context.enterAsPlatform((UUID) tenant, email.strip().toLowerCase(java.util.Locale.ROOT), sourceIp);
        return attempts.vouched(email.strip(), issuer);
    }
}
