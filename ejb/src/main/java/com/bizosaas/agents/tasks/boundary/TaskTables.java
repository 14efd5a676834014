package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The tasks' tenant-owned tables: the tasks and the tool calls they made. */
@Dependent
public class TaskTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(
                TenantTable.exported("agent_task", "agent-tasks.json",
                        "select t.id, a.slug as agent, t.state, t.input, t.result, t.error, t.provider, t.model, t.cost_usd, "
                                + "t.attempts, t.submitted_by, t.queued_at, t.started_at, t.finished_at, t.tool, t.tool_arguments "
                                + "from bizosaas.agent_task t join bizosaas.agent a on a.id = t.agent_id order by t.queued_at"),
                TenantTable.exported("agent_tool_call", "agent-tool-calls.json",
                        "select t.task_id, t.seq, t.tool, t.arguments, t.state, t.sandbox, t.result, "
                                + "t.started_at, t.finished_at from bizosaas.agent_tool_call t order by t.started_at, t.seq"));
    }
}
