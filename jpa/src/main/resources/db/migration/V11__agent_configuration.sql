-- A2: each tenant's configuration of a catalogue agent, kept as versions. A change never rewrites a row: it adds
-- the next version (a restore too), so the history is the table. An agent without a row runs as the catalogue
-- defines it (version 0).
CREATE TABLE agent_configuration (
    id              uuid          PRIMARY KEY,
    tenant_id       uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    agent_id        uuid          NOT NULL REFERENCES agent (id),
    version         integer       NOT NULL CHECK (version >= 1),
    enabled         boolean       NOT NULL,
    prompt_template text          NOT NULL,
    tools           varchar(500)  NOT NULL,
    model_tier      varchar(10)   NOT NULL CHECK (model_tier IN ('auto', 'cheap', 'balanced', 'premium')),
    temperature     numeric(3, 2) NOT NULL CHECK (temperature BETWEEN 0 AND 2),
    max_tokens      integer       NOT NULL CHECK (max_tokens BETWEEN 1 AND 32000),
    note            varchar(500),
    restored_from   integer,
    changed_by      varchar(254)  NOT NULL,
    changed_at      timestamptz   NOT NULL,
    -- two people saving at once: one of them gets the next number, the other a conflict
    UNIQUE (tenant_id, agent_id, version)
);
ALTER TABLE agent_configuration ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_configuration FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_configuration_tenant_isolation ON agent_configuration
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
-- append-only for the application: versions are history
GRANT SELECT, INSERT ON agent_configuration TO ${appRole};
