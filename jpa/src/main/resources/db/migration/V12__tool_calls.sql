-- A4: every tool call an agent's task makes, recorded before the call goes out. Its key (task, sequence number)
-- is the call's idempotency key: a redelivered task finds the call done (and reuses its result) or found it
-- under way when the node stopped (and does not repeat it), so a side-effecting call never happens twice.
CREATE TABLE agent_tool_call (
    id            uuid           PRIMARY KEY,
    tenant_id     uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    task_id       uuid           NOT NULL REFERENCES agent_task (id) ON DELETE CASCADE,
    seq           integer        NOT NULL CHECK (seq >= 1),
    tool          varchar(120)   NOT NULL,
    arguments     text           NOT NULL,
    state         varchar(12)    NOT NULL CHECK (state IN ('CALLING', 'DONE', 'FAILED', 'REFUSED', 'UNCERTAIN')),
    sandbox       boolean        NOT NULL,
    result        text,
    started_at    timestamptz    NOT NULL,
    finished_at   timestamptz,
    UNIQUE (task_id, seq)
);
ALTER TABLE agent_tool_call ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_tool_call FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_tool_call_tenant_isolation ON agent_tool_call
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON agent_tool_call TO ${appRole};

-- A task may name the tool call it wants (tool and arguments), checked when it is submitted.
ALTER TABLE agent_task ADD COLUMN tool varchar(120);
ALTER TABLE agent_task ADD COLUMN tool_arguments text;
