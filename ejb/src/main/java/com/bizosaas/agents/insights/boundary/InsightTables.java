package com.bizosaas.agents.insights.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The insights an organisation's agents learned and share within their category. */
@Dependent
public class InsightTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.exported("agent_insight", "agent-insights.json",
                "select i.id, a.slug as agent, i.category, i.task_id, i.text, i.created_at "
                        + "from bizosaas.agent_insight i join bizosaas.agent a on a.id = i.agent_id order by i.created_at"));
    }
}
