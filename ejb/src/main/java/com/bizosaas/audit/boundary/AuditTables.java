package com.bizosaas.audit.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The audit trail's table: exported, and kept after offboarding as evidence. */
@Dependent
public class AuditTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.kept("audit_event", "audit-trail.json",
                "select occurred_at, actor, action, target, before_state, after_state, source_ip "
                        + "from bizosaas.audit_event order by occurred_at",
                "evidence of what was done, append-only: it outlives the tenant"));
    }
}
