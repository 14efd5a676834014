package com.bizosaas.agents.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The agents domain's tenant-owned tables: tasks, configurations, tool calls, alert rules and alerts, insights. */
@Dependent
public class AgentTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(
                TenantTable.exported("agent_task", "agent-tasks.json",
                        "select t.id, a.slug as agent, t.state, t.input, t.result, t.error, t.provider, t.model, t.cost_usd, "
                                + "t.attempts, t.submitted_by, t.queued_at, t.started_at, t.finished_at, t.tool, t.tool_arguments "
                                + "from bizosaas.agent_task t join bizosaas.agent a on a.id = t.agent_id order by t.queued_at"),
                TenantTable.exported("agent_configuration", "agent-configurations.json",
                        "select a.slug as agent, c.version, c.enabled, c.prompt_template, c.tools, c.model_tier, "
                                + "c.temperature, c.max_tokens, c.note, c.restored_from, c.changed_by, c.changed_at "
                                + "from bizosaas.agent_configuration c join bizosaas.agent a on a.id = c.agent_id order by a.slug, c.version"),
                TenantTable.exported("agent_tool_call", "agent-tool-calls.json",
                        "select t.task_id, t.seq, t.tool, t.arguments, t.state, t.sandbox, t.result, "
                                + "t.started_at, t.finished_at from bizosaas.agent_tool_call t order by t.started_at, t.seq"),
                TenantTable.exported("agent_alert_rule", "agent-alert-rules.json",
                        "select id, name, agent_id, metric, threshold, window_minutes, min_tasks, firing, "
                                + "created_by, created_at from bizosaas.agent_alert_rule order by name"),
                TenantTable.exported("agent_alert", "agent-alerts.json",
                        "select id, rule_id, rule_name, message, observed, fired_at, resolved_at, acknowledged_by, "
                                + "acknowledged_at from bizosaas.agent_alert order by fired_at"),
                TenantTable.exported("agent_insight", "agent-insights.json",
                        "select i.id, a.slug as agent, i.category, i.task_id, i.text, i.created_at "
                                + "from bizosaas.agent_insight i join bizosaas.agent a on a.id = i.agent_id order by i.created_at"));
    }
}
