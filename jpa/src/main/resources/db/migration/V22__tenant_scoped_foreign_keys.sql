-- Issue 14 item 9: a tenant's row points only at rows of the same tenant. Row-level security keeps a tenant from
-- reading another's rows; these keys keep any writer — a bug, a migration, the owner role — from linking across
-- tenants: each foreign key between two tenant tables now includes tenant_id on both sides. (The catalogue of
-- agents is the platform's, not a tenant's: keys to it stay as they are.) TenantIsolationIT reads every foreign key
-- from the catalogue and fails on one between tenant tables that leaves tenant_id out.
-- ON DELETE SET NULL (column) (PostgreSQL 15+) empties the pointer alone, never the row's tenant_id.

ALTER TABLE agent_task ADD CONSTRAINT agent_task_tenant_row UNIQUE (tenant_id, id);
ALTER TABLE agent_alert_rule ADD CONSTRAINT agent_alert_rule_tenant_row UNIQUE (tenant_id, id);
ALTER TABLE workflow ADD CONSTRAINT workflow_tenant_row UNIQUE (tenant_id, id);
ALTER TABLE workflow_run ADD CONSTRAINT workflow_run_tenant_row UNIQUE (tenant_id, id);

ALTER TABLE api_token DROP CONSTRAINT api_token_user_id_fkey,
    ADD CONSTRAINT api_token_user FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id) ON DELETE CASCADE;

ALTER TABLE agent_tool_call DROP CONSTRAINT agent_tool_call_task_id_fkey,
    ADD CONSTRAINT agent_tool_call_task FOREIGN KEY (tenant_id, task_id) REFERENCES agent_task (tenant_id, id) ON DELETE CASCADE;

ALTER TABLE agent_alert DROP CONSTRAINT agent_alert_rule_id_fkey,
    ADD CONSTRAINT agent_alert_rule FOREIGN KEY (tenant_id, rule_id) REFERENCES agent_alert_rule (tenant_id, id)
        ON DELETE SET NULL (rule_id);

ALTER TABLE agent_insight DROP CONSTRAINT agent_insight_task_id_fkey,
    ADD CONSTRAINT agent_insight_task FOREIGN KEY (tenant_id, task_id) REFERENCES agent_task (tenant_id, id)
        ON DELETE SET NULL (task_id);

ALTER TABLE workflow_run DROP CONSTRAINT workflow_run_workflow_id_fkey,
    ADD CONSTRAINT workflow_run_workflow FOREIGN KEY (tenant_id, workflow_id) REFERENCES workflow (tenant_id, id)
        ON DELETE SET NULL (workflow_id);

ALTER TABLE workflow_step DROP CONSTRAINT workflow_step_run_id_fkey,
    ADD CONSTRAINT workflow_step_run FOREIGN KEY (tenant_id, run_id) REFERENCES workflow_run (tenant_id, id) ON DELETE CASCADE;

ALTER TABLE workflow_step DROP CONSTRAINT workflow_step_task_id_fkey,
    ADD CONSTRAINT workflow_step_task FOREIGN KEY (tenant_id, task_id) REFERENCES agent_task (tenant_id, id)
        ON DELETE SET NULL (task_id);

ALTER TABLE agent_task DROP CONSTRAINT agent_task_workflow_run_id_fkey,
    ADD CONSTRAINT agent_task_workflow_run FOREIGN KEY (tenant_id, workflow_run_id) REFERENCES workflow_run (tenant_id, id)
        ON DELETE SET NULL (workflow_run_id);
