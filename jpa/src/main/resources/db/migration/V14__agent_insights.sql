-- A8: what an agent's run learned, shared with the agents of the same category of the same tenant.
CREATE TABLE agent_insight (
    id          uuid           PRIMARY KEY,
    tenant_id   uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    agent_id    uuid           NOT NULL REFERENCES agent (id),
    category    varchar(60)    NOT NULL,
    task_id     uuid           REFERENCES agent_task (id) ON DELETE SET NULL,
    text        varchar(500)   NOT NULL,
    created_at  timestamptz    NOT NULL,
    UNIQUE (task_id, text)
);
CREATE INDEX agent_insight_tenant_category ON agent_insight (tenant_id, category, created_at DESC);
ALTER TABLE agent_insight ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_insight FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_insight_tenant_isolation ON agent_insight
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, DELETE ON agent_insight TO ${appRole};
