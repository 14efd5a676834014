-- A6: multi-agent workflows. A definition is the tenant's (steps as JSON, checked when saved); a run keeps a copy of
-- the definition it started with (editing the definition never changes a run under way) and one row per step,
-- whose state the engine moves forward one message at a time; a step that is an agent task names its task.
CREATE TABLE workflow (
    id            uuid           PRIMARY KEY,
    tenant_id     uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name          varchar(120)   NOT NULL,
    description   varchar(1000),
    definition    text           NOT NULL,
    template_key  varchar(60),
    version       integer        NOT NULL,
    created_by    varchar(254)   NOT NULL,
    created_at    timestamptz    NOT NULL,
    updated_at    timestamptz    NOT NULL,
    UNIQUE (tenant_id, name)
);
ALTER TABLE workflow ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_tenant_isolation ON workflow
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON workflow TO ${appRole};

CREATE TABLE workflow_run (
    id             uuid           PRIMARY KEY,
    tenant_id      uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    workflow_id    uuid           REFERENCES workflow (id) ON DELETE SET NULL,
    workflow_name  varchar(120)   NOT NULL,
    definition     text           NOT NULL,
    input          text           NOT NULL,
    state          varchar(12)    NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    outcome        varchar(1000),
    started_by     varchar(254)   NOT NULL,
    started_at     timestamptz    NOT NULL,
    finished_at    timestamptz
);
CREATE INDEX workflow_run_tenant_started ON workflow_run (tenant_id, started_at DESC);
ALTER TABLE workflow_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_run FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_run_tenant_isolation ON workflow_run
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON workflow_run TO ${appRole};

CREATE TABLE workflow_step (
    id            uuid           PRIMARY KEY,
    tenant_id     uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    run_id        uuid           NOT NULL REFERENCES workflow_run (id) ON DELETE CASCADE,
    step_key      varchar(40)    NOT NULL,
    position      integer        NOT NULL,
    type          varchar(10)    NOT NULL CHECK (type IN ('TASK', 'APPROVAL', 'CONDITION', 'EVENT')),
    state         varchar(20)    NOT NULL CHECK (state IN ('PENDING', 'RUNNING', 'AWAITING_APPROVAL', 'AWAITING_EVENT',
                                                           'SUCCEEDED', 'SKIPPED', 'FAILED', 'REJECTED', 'CANCELLED')),
    task_id       uuid           REFERENCES agent_task (id) ON DELETE SET NULL,
    event_type    varchar(100),
    result        text,
    detail        varchar(1000),
    decided_by    varchar(254),
    started_at    timestamptz,
    finished_at   timestamptz,
    UNIQUE (run_id, step_key)
);
-- the engine looks up the steps waiting for an event type when one arrives
CREATE INDEX workflow_step_waiting ON workflow_step (tenant_id, event_type) WHERE state = 'AWAITING_EVENT';
ALTER TABLE workflow_step ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow_step FORCE ROW LEVEL SECURITY;
CREATE POLICY workflow_step_tenant_isolation ON workflow_step
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON workflow_step TO ${appRole};

-- A task a workflow's step gave an agent names its run, so its end moves the run on.
ALTER TABLE agent_task ADD COLUMN workflow_run_id uuid REFERENCES workflow_run (id) ON DELETE SET NULL;
