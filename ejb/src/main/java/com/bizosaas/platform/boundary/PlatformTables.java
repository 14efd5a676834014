package com.bizosaas.platform.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/**
 * The platform's journal of domain events names the tenant of each event. It is the platform's own record, not under
 * row-level security: the application role reads every tenant's entries, and only the super-admin's boundary shows
 * them. Issue 14 (item 9) puts it under row-level security; until then it is declared for what it is.
 */
@Dependent
public class PlatformTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.platformRecord("domain_event_journal", "domain-events.json",
                "select event_id, type, version, occurred_at, received_at, payload from bizosaas.domain_event_journal "
                        + "where tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid order by received_at",
                "the platform's journal of every domain event, append-only; shown only to the super-admin; "
                        + "row-level security for it is issue 14"));
    }
}
