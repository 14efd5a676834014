package com.bizosaas.tenancy.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The caller's organisation's use of its tier, as every domain counts it ({@link TierUsage}). For administrators. */
@Stateless
public class TenantUsage {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @Inject
    @Any
    Instance<TierUsage> domains;

    @Allowed(RoleSet.ADMINISTRATORS)
    public List<UsageFigure> figures() {
        Tenant tenant = em.find(Tenant.class, context.requireTenant());
        List<UsageFigure> figures = new ArrayList<>();
        domains.forEach(domain -> figures.addAll(domain.figures(tenant)));
        figures.sort(Comparator.comparingInt(UsageFigure::position));
        return figures;
    }
}
