package com.bizosaas.agents.monitoring.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** Monitoring's tenant-owned tables: alert rules and the alerts they raised. */
@Dependent
public class MonitoringTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(
                TenantTable.exported("agent_alert_rule", "agent-alert-rules.json",
                        "select id, name, agent_id, metric, threshold, window_minutes, min_tasks, firing, "
                                + "created_by, created_at from bizosaas.agent_alert_rule order by name"),
                TenantTable.exported("agent_alert", "agent-alerts.json",
                        "select id, rule_id, rule_name, message, observed, fired_at, resolved_at, acknowledged_by, "
                                + "acknowledged_at from bizosaas.agent_alert order by fired_at"));
    }
}
