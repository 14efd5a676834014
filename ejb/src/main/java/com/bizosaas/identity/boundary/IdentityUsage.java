package com.bizosaas.identity.boundary;

import com.bizosaas.paging.PageRequest;
import com.bizosaas.tenancy.boundary.TierUsage;
import com.bizosaas.tenancy.boundary.UsageFigure;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.util.List;
import java.util.Map;

/** The organisation's users against its tier's allowance. */
@Dependent
public class IdentityUsage implements TierUsage {

    @EJB
    Users users;

    @Override
    public List<UsageFigure> figures(Tenant tenant) {
        long count = users.list(PageRequest.first(1)).totalItems();
        int allowed = tenant.getTier().maxUsers();
        return List.of(UsageFigure.of(20, "Users", count + " of " + allowed, null, Map.of("users", count, "maxUsers", allowed)));
    }
}
