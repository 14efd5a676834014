package com.bizosaas.agents.configuration.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** Each organisation's versions of its agents' configuration. */
@Dependent
public class ConfigurationTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(TenantTable.exported("agent_configuration", "agent-configurations.json",
                "select a.slug as agent, c.version, c.enabled, c.prompt_template, c.tools, c.model_tier, "
                        + "c.temperature, c.max_tokens, c.note, c.restored_from, c.changed_by, c.changed_at "
                        + "from bizosaas.agent_configuration c join bizosaas.agent a on a.id = c.agent_id order by a.slug, c.version"));
    }
}
