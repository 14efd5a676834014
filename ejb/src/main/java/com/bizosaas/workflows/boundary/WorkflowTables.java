package com.bizosaas.workflows.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The workflows domain's tenant-owned tables: definitions, runs and their steps. */
@Dependent
public class WorkflowTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(
                TenantTable.exported("workflow", "workflows.json",
                        "select id, name, description, definition, template_key, version, created_by, created_at, "
                                + "updated_at from bizosaas.workflow order by name"),
                TenantTable.exported("workflow_run", "workflow-runs.json",
                        "select id, workflow_id, workflow_name, definition, input, state, outcome, started_by, "
                                + "started_at, finished_at from bizosaas.workflow_run order by started_at"),
                TenantTable.exported("workflow_step", "workflow-steps.json",
                        "select run_id, step_key, position, type, state, task_id, event_type, result, detail, "
                                + "decided_by, started_at, finished_at from bizosaas.workflow_step order by run_id, position"));
    }
}
