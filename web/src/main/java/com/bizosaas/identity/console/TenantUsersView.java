package com.bizosaas.identity.console;

import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.paging.Page;
import com.bizosaas.identity.boundary.TenantUsers;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The super-admin's view of any tenant's users. Each page load goes through the audited cross-tenant path,
 * so the agency's trail shows whose users were looked at and when.
 */
@Named
@ViewScoped
public class TenantUsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Tenants tenants;

    @EJB
    TenantUsers tenantUsers;

    private List<Tenant> all;
    private UUID tenantId;

    private final PagedModel<UserAccount> model = new PagedModel<>(
            (filters, page) -> tenantId == null ? Page.of(List.of(), page, 0) : tenantUsers.list(tenantId, page),
            user -> user.getId().toString());

    @PostConstruct
    void init() {
        all = tenants.visible();
    }

    public List<Tenant> getTenants() {
        return all;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public void setTenantId(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public PagedModel<UserAccount> getModel() {
        return model;
    }
}
