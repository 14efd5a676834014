package com.bizosaas.tenancy.boundary;

import com.bizosaas.tenancy.entity.Tenant;

import java.util.List;

/**
 * What a domain counts of an organisation's use of its tier — users, API calls, model spend, and whatever the next
 * domain sells by the unit. Each domain that has such a figure provides a CDI bean implementing this; {@link
 * TenantUsage} gathers them for the tenant administrator's page and {@code GET /api/v1/usage}, so a new domain adds
 * its figure without editing either.
 */
public interface TierUsage {

    /** The figures, for the caller's own tenant (row-level security already confines every read to it). */
    List<UsageFigure> figures(Tenant tenant);
}
