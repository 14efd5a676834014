package com.bizosaas.identity.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.boundary.CrossTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * The users of a tenant the super-admin names ("Users of any tenant"): the same {@link Users} facade, reached through
 * the audited cross-tenant door — how a new client gets its first administrator.
 */
@Stateless
@Allowed(RoleSet.SUPER_ADMIN)
public class TenantUsers {

    public static final String VIEWED = "cross-tenant.users.viewed";
    public static final String CREATED = "cross-tenant.user.created";

    @EJB
    CrossTenant crossTenant;

    @EJB
    Users users;

    public Page<UserAccount> list(@NotNull UUID tenantId, @NotNull @Valid PageRequest page) {
        return crossTenant.within(tenantId, VIEWED, null, () -> users.list(page));
    }

    /** The first administrator of a new client, or any user of any tenant. */
    public UserAccount create(@NotNull UUID tenantId, @NotNull @Valid NewUser draft) {
        return crossTenant.within(tenantId, CREATED, draft.email() + " as " + draft.role(), () -> users.create(draft));
    }
}
