package com.bizosaas.identity.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.Role;
import com.bizosaas.access.RoleName;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.control.PasswordHasher;
import com.bizosaas.identity.control.PasswordPolicy;
import com.bizosaas.identity.entity.ApiToken;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user's lifecycle after the account exists (T2): disabled and enabled again, another role, a new password — set
 * by an administrator or changed by the user with the current one. Each change ends the user's API tokens (revoked)
 * and console sessions (signed in before the change) at once: this node forgets what it trusted as soon as the
 * change commits, the other nodes when its {@value #ACCESS_CHANGED} event reaches them ({@link AccessChanges}).
 * Every change is audited. An organisation always keeps an active administrator, and nobody changes their own role
 * or disables themselves.
 */
@Stateless
public class UserLifecycle {

    public static final String ACCESS_CHANGED = "user.access-changed";
    public static final String DISABLED = "user.disabled";
    public static final String ENABLED = "user.enabled";
    public static final String ROLE_CHANGED = "user.role-changed";
    public static final String PASSWORD_RESET = "user.password-reset";
    public static final String PASSWORD_CHANGED = "user.password-changed";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    Event<DomainEvent> onThisNode;

    /** Disables a user of the caller's tenant: no sign-in, and every session and token ends now. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public UserAccount disable(@NotNull UUID userId) {
        UserAccount user = another(userId, "disable your own account");
        if (!user.isDisabled()) {
            refuseIfLastAdministrator(user, "disabled");
            user.disable(Instant.now());
            endAccess(user, DISABLED, "disabled");
        }
        return user;
    }

    /** Enables a disabled user again: they sign in anew. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public UserAccount enable(@NotNull UUID userId) {
        UserAccount user = require(userId);
        if (user.isDisabled()) {
            user.enable();
            audit.record(ENABLED, "user:" + user.getId(), "disabled", "enabled");
        }
        return user;
    }

    /** Gives a user of the caller's tenant another role; their sessions and tokens (which carry the old one) end. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public UserAccount changeRole(@NotNull UUID userId, @NotNull(message = "role is required") @RoleName String role) {
        UserAccount user = another(userId, "change your own role");
        Role next = Role.valueOf(role);
        if (next == user.getRole()) {
            return user;
        }
        if (next == Role.SUPER_ADMIN || user.getRole() == Role.SUPER_ADMIN) {
            Tenant tenant = em.find(Tenant.class, context.requireTenant());
            if (!(context.isIn(RoleSet.SUPER_ADMIN) && tenant.isMaster())) {
                throw Refusal.invalid("role", "only the super-admin grants or withdraws SUPER_ADMIN, and only in the master tenant");
            }
        }
        if (user.getRole() == Role.TENANT_ADMIN) {
            refuseIfLastAdministrator(user, "given another role");
        }
        Role before = user.getRole();
        user.changeRole(next, Instant.now());
        endAccess(user, ROLE_CHANGED, "role " + before + " → " + next);
        return user;
    }

    /** An administrator sets a new password for a user (who forgot theirs); their sessions and tokens end. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public UserAccount resetPassword(@NotNull UUID userId, @NotNull(message = "password is required") String password) {
        UserAccount user = another(userId, "reset your own password (change it with your current one)");
        checkPolicy("password", password, user);
        user.setPassword(PasswordHasher.hash(password.toCharArray()), Instant.now());
        endAccess(user, PASSWORD_RESET, "password set by an administrator");
        return user;
    }

    /**
     * The signed-in user changes their password, proving the current one; every session and token of theirs ends,
     * this one too (the console signs its own session in again).
     */
    public UserAccount changeOwnPassword(@NotNull(message = "currentPassword is required") String currentPassword,
                                         @NotNull(message = "newPassword is required") String newPassword) {
        UUID id = context.user().orElseThrow(() -> Refusal.unauthenticated("not signed in"));
        UserAccount user = require(id);
        if (!PasswordHasher.matches(currentPassword.toCharArray(), user.getPasswordHash())) {
            audit.recordRefused(PASSWORD_CHANGED, "user:" + user.getId(), "the current password was wrong");
            throw Refusal.invalid("currentPassword", "the current password is not right");
        }
        if (newPassword.equals(currentPassword)) {
            throw Refusal.invalid("newPassword", "the new password must differ from the current one");
        }
        checkPolicy("newPassword", newPassword, user);
        user.setPassword(PasswordHasher.hash(newPassword.toCharArray()), Instant.now());
        endAccess(user, PASSWORD_CHANGED, "password changed by its user");
        return user;
    }

    private static void checkPolicy(String field, String password, UserAccount user) {
        PasswordPolicy.check(password, user.getEmail()).ifPresent(why -> {
            throw Refusal.invalid(field, "password " + why);
        });
    }

    /** The user's tokens revoked, every node told to forget what it trusted of them, the change audited. */
    private void endAccess(UserAccount user, String action, String change) {
        Instant now = Instant.now();
        List<ApiToken> live = em.createQuery("select t from ApiToken t where t.userId = :user and t.revokedAt is null"
                + " and t.expiresAt > :now", ApiToken.class).setParameter("user", user.getId()).setParameter("now", now)
                .getResultList();
        live.forEach(token -> token.revoke(now));
        audit.record(action, "user:" + user.getId(), null, change + "; " + live.size() + " token(s) revoked, sessions ended");
        DomainEvent changed = DomainEvent.of(ACCESS_CHANGED, user.getTenantId(), Jsonp.createObjectBuilder()
                .add("userId", user.getId().toString()).add("change", action).build());
        events.publish(changed); // the other nodes
        onThisNode.fire(changed); // this node, as soon as the change commits (AccessChanges)
    }

    private void refuseIfLastAdministrator(UserAccount user, String what) {
        if (user.getRole() == Role.TENANT_ADMIN && !user.isDisabled()
                && em.createNamedQuery(UserAccount.ACTIVE_ADMINISTRATORS, Long.class).getSingleResult() <= 1) {
            throw Refusal.conflict("userId", user.getEmail() + " is the organisation's only active administrator and"
                    + " cannot be " + what + "; make another user an administrator first");
        }
    }

    private UserAccount another(UUID userId, String refusal) {
        if (context.user().filter(userId::equals).isPresent()) {
            throw Refusal.conflict("userId", "you cannot " + refusal + "; another administrator can");
        }
        return require(userId);
    }

    private UserAccount require(UUID userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw Refusal.notFound("no user " + userId);
        }
        return user;
    }
}
