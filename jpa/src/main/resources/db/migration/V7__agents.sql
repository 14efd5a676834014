-- AI agents (A1, A3): the platform's catalogue and each tenant's background tasks.

-- The catalogue is the platform's, like the tenant registry: not tenant data, no row-level security. Seeded
-- on first start, edited by the super-admin.
CREATE TABLE agent (
    id              uuid          PRIMARY KEY,
    slug            varchar(80)   NOT NULL UNIQUE,
    name            varchar(120)  NOT NULL,
    category        varchar(60)   NOT NULL,
    integration     varchar(60)   NOT NULL,
    pattern         integer       NOT NULL CHECK (pattern BETWEEN 1 AND 4),
    role            varchar(40)   NOT NULL,
    goal            varchar(500)  NOT NULL,
    prompt_template text          NOT NULL,
    tools           varchar(500)  NOT NULL,
    model_tier      varchar(10)   NOT NULL,
    minimum_tier    varchar(10)   NOT NULL CHECK (minimum_tier IN ('TIER_1', 'TIER_2', 'TIER_3'))
);
CREATE INDEX agent_category ON agent (category, integration);
GRANT SELECT, INSERT, UPDATE ON agent TO ${appRole};

-- A task given to an agent: QUEUED when accepted (in the same transaction as its message on the AgentTasks
-- queue), RUNNING while a node works on it, then SUCCEEDED, FAILED or CANCELLED.
CREATE TABLE agent_task (
    id            uuid           PRIMARY KEY,
    tenant_id     uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    agent_id      uuid           NOT NULL REFERENCES agent (id),
    state         varchar(20)    NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'AWAITING_APPROVAL', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    input         text           NOT NULL,
    result        text,
    error         varchar(1000),
    provider      varchar(20),
    model         varchar(100),
    cost_usd      numeric(14, 6),
    attempts      integer        NOT NULL,
    submitted_by  varchar(254)   NOT NULL,
    queued_at     timestamptz    NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz
);
CREATE INDEX agent_task_tenant_queued ON agent_task (tenant_id, queued_at DESC);
ALTER TABLE agent_task ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_task FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_task_tenant_isolation ON agent_task
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON agent_task TO ${appRole};
