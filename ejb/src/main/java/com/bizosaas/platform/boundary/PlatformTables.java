package com.bizosaas.platform.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/**
 * The platform's journal of domain events names the tenant of each event: under row-level security (V20), a tenant's
 * transaction sees its own entries and the platform-wide ones, the super-admin's every tenant's. Exported with the
 * tenant and kept after it leaves, as the audit trail is: the platform's record of what happened.
 */
@Dependent
public class PlatformTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.kept("domain_event_journal", "domain-events.json",
                "select event_id, type, version, occurred_at, received_at, payload from bizosaas.domain_event_journal "
                        + "where tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid order by received_at",
                "the platform's journal of every domain event, append-only: kept as evidence, shown only to the super-admin"));
    }
}
