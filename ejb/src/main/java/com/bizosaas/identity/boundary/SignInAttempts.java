package com.bizosaas.identity.boundary;

import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.identity.control.PasswordHasher;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.UUID;

/**
 * Verifies an attempt inside the tenant {@link SignIn} found (a separate bean, so that the transaction's
 * tenant setting is applied again for it). Five failures in a row — wrong passwords or wrong codes — lock the account
 * for fifteen minutes.
 */
@Stateless
public class SignInAttempts {

    public static final String SIGNED_IN = "user.signed-in";
    public static final String FAILED = "user.sign-in-failed";
    public static final String LOCKED = "user.locked-out";
    public static final String REHASHED = "user.password-rehashed";
    static final String SUSPENDED = "this account's organisation is suspended; contact your agency";
    private static final String DUMMY_HASH = PasswordHasher.hash("not a password of anybody".toCharArray());

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    Tenants tenants;

    @EJB
    SecondStep secondStep;

    @EJB
    SignInPolicies policies;

    /**
     * An attempt with a password, and the second step's code if the request carries one (null if not): the password
     * first, then the account's state, the organisation's networks, and the second step.
     */
    public SignIn.Outcome verify(String email, char[] password, String code) {
        Instant now = Instant.now();
        UserAccount user = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        if (user == null) {
            spendTheTimeOfAHash(password);
            return SignIn.Outcome.refused(SignIn.WRONG_CREDENTIALS);
        }
        if (user.isLockedAt(now)) {
            spendTheTimeOfAHash(password); // as long as any other refusal: the answer's timing tells nothing either
            audit.record(FAILED, "user:" + user.getId(), null, "refused: locked");
            return SignIn.Outcome.refused(SignIn.WRONG_CREDENTIALS);
        }
        if (!PasswordHasher.matches(password, user.getPasswordHash())) {
            boolean locked = user.recordFailedLogin(now);
            audit.record(FAILED, "user:" + user.getId(), null, "refused: wrong password");
            if (locked) {
                audit.record(LOCKED, "user:" + user.getId(), null, "locked until " + user.getLockedUntil());
            }
            return SignIn.Outcome.refused(SignIn.WRONG_CREDENTIALS);
        }
        if (user.isDisabled()) {
            // said only to whoever proved the password: it tells nobody else that the account exists
            audit.record(FAILED, "user:" + user.getId(), null, "refused: disabled");
            return SignIn.Outcome.refused(SignIn.DISABLED);
        }
        if (!tenants.isActive(user.getTenantId())) {
            audit.record(FAILED, "user:" + user.getId(), null, "refused: tenant suspended");
            return SignIn.Outcome.refused(SUSPENDED);
        }
        if (PasswordHasher.needsRehash(user.getPasswordHash())) {
            // the password was just proved: the only moment a weaker hash can be replaced without asking for it again
            user.changePasswordHash(PasswordHasher.hash(password));
            audit.record(REHASHED, "user:" + user.getId(), null, "password hash renewed at " + PasswordHasher.ITERATIONS + " iterations");
        }
        return afterProof(user, code, "password", now);
    }

    /**
     * The second step of a console sign-in whose password was proved moments ago: the account is checked again (it may
     * have been locked or disabled since), then the code.
     */
    public SignIn.Outcome secondStep(UUID userId, String code) {
        Instant now = Instant.now();
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.isLockedAt(now)) {
            return SignIn.Outcome.refused(SignIn.WRONG_CREDENTIALS);
        }
        if (user.isDisabled()) {
            return SignIn.Outcome.refused(SignIn.DISABLED);
        }
        if (!tenants.isActive(user.getTenantId())) {
            return SignIn.Outcome.refused(SUSPENDED);
        }
        return afterProof(user, code, "password", now);
    }

    /**
     * What follows a proved password (or a provider's word): the organisation's networks, then the second step — a
     * code if the user has an authenticator (none given: asked for; wrong: counted as a failed sign-in), enrolment
     * first if the organisation requires it of the user's role.
     */
    private SignIn.Outcome afterProof(UserAccount user, String code, String how, Instant now) {
        String address = context.sourceIp();
        if (!AllowedNetworks.admit(policies.policyOf(user.getTenantId()), address)) {
            audit.record(FAILED, "user:" + user.getId(), null, "refused: address " + address + " outside the allowed networks");
            return SignIn.Outcome.refused(SignIn.NETWORK_REFUSED);
        }
        SecondStep.Need need = secondStep.needOf(user);
        if (need == SecondStep.Need.CODE) {
            if (code == null || code.isBlank()) {
                return SignIn.Outcome.codeNeeded(user);
            }
            SecondStep.Check check = secondStep.check(user, code, now);
            if (check != SecondStep.Check.ACCEPTED) {
                boolean locked = user.recordFailedLogin(now);
                audit.record(FAILED, "user:" + user.getId(), null, "refused: " + (check == SecondStep.Check.REPLAYED
                        ? "a code already used" : "wrong code"));
                if (locked) {
                    audit.record(LOCKED, "user:" + user.getId(), null, "locked until " + user.getLockedUntil());
                    return SignIn.Outcome.wrongCode(0);
                }
                return SignIn.Outcome.wrongCode(UserAccount.MAX_FAILED_LOGINS - user.getFailedLogins());
            }
        }
        user.recordLogin(now);
        String proof = need == SecondStep.Need.CODE ? how + " and a code" : how;
        audit.record(SIGNED_IN, "user:" + user.getId(), null, "password".equals(proof) ? null : proof);
        return need == SecondStep.Need.ENROLMENT ? SignIn.Outcome.enrolmentNeeded(user) : SignIn.Outcome.signedIn(user);
    }

    /**
     * A sign-in an OpenID Connect provider vouched for (single sign-on): no password, but the same refusals for an
     * unknown address, a locked account and a suspended organisation, and the same audit entry, naming the issuer.
     */
    public SignIn.Outcome vouched(String email, String issuer) {
        Instant now = Instant.now();
        UserAccount user = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email).getResultStream().findFirst().orElse(null);
        if (user == null) {
            return SignIn.Outcome.refused(SignIn.NO_ACCOUNT);
        }
        if (user.isLockedAt(now)) {
            audit.record(FAILED, "user:" + user.getId(), null, "refused: locked (single sign-on)");
            return SignIn.Outcome.refused(SignIn.WRONG_CREDENTIALS);
        }
        if (user.isDisabled()) {
            audit.record(FAILED, "user:" + user.getId(), null, "refused: disabled (single sign-on)");
            return SignIn.Outcome.refused(SignIn.DISABLED);
        }
        if (!tenants.isActive(user.getTenantId())) {
            audit.record(FAILED, "user:" + user.getId(), null, "refused: tenant suspended (single sign-on)");
            return SignIn.Outcome.refused(SUSPENDED);
        }
        return afterProof(user, null, "single sign-on through " + issuer, now);
    }

    static void spendTheTimeOfAHash(char[] password) {
        PasswordHasher.matches(password, DUMMY_HASH);
    }
}
