package com.bizosaas.identity.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Constraints;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.control.PasswordHasher;
import com.bizosaas.identity.control.PasswordPolicy;
import com.bizosaas.access.Role;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The users of the caller's tenant. Row-level security confines every query to that tenant: another
 * tenant's user cannot be read, listed, changed or created here, whatever id or body a caller sends.
 */
@Stateless
public class Users {

    public static final String CREATED = "user.created";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @Allowed(RoleSet.ADMINISTRATORS)
    public UserAccount create(@NotNull @Valid NewUser draft) {
        Role role = Role.valueOf(draft.role());
        UUID tenantId = context.requireTenant();
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (role == Role.SUPER_ADMIN && !(context.isIn(RoleSet.SUPER_ADMIN) && tenant.isMaster())) {
            throw Refusal.invalid("role", "only the super-admin grants SUPER_ADMIN, and only in the master tenant");
        }
        PasswordPolicy.check(draft.password(), draft.email()).ifPresent(why -> {
            throw Refusal.invalid("password", "password " + why);
        });
        UserLimit.refuseIfReached(em, tenant, false);
        UserAccount user = new UserAccount(tenantId, draft.email(), draft.displayName(), role,
                PasswordHasher.hash(draft.password().toCharArray()), Instant.now());
        try {
            em.persist(user);
            em.flush(); // the email's uniqueness across all tenants is decided here
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw Refusal.conflict("email", "this email address already has an account");
            }
            throw e;
        }
        audit.record(CREATED, "user:" + user.getId(), null, "email=" + user.getEmail() + ", role=" + role);
        return user;
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public Page<UserAccount> list(@NotNull @Valid PageRequest page) {
        var items = em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        return Page.of(items, page, total);
    }

    /** A user of the caller's tenant; another tenant's id reads as absent. */
    @Allowed(RoleSet.ADMINISTRATORS)
    public Optional<UserAccount> find(@NotNull UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** The signed-in user. */
    public UserAccount me() {
        UUID id = context.user().orElseThrow(() -> Refusal.unauthenticated("not signed in"));
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> Refusal.unauthenticated("the account no longer exists"));
    }
}
