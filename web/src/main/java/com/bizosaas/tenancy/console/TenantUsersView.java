package com.bizosaas.tenancy.console;

import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.boundary.CrossTenant;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
    CrossTenant crossTenant;

    private List<Tenant> all;
    private UUID tenantId;

    private final LazyDataModel<UserAccount> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return tenantId == null ? 0 : getRowCount();
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (tenantId == null) {
                return List.of();
            }
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            var page = crossTenant.users(tenantId, new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(UserAccount user) {
            return user.getId().toString();
        }
    };

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

    public LazyDataModel<UserAccount> getModel() {
        return model;
    }
}
