-- A7: alert rules on agents' results, per tenant, and the alerts they raised. A rule watches one agent or all of
-- the tenant's over a sliding window; it fires once when its condition starts to hold (an alert, a domain event)
-- and resolves when it stops, so a lasting breach is one alert, not one per check.
CREATE TABLE agent_alert_rule (
    id              uuid           PRIMARY KEY,
    tenant_id       uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name            varchar(120)   NOT NULL,
    agent_id        uuid           REFERENCES agent (id),
    metric          varchar(30)    NOT NULL CHECK (metric IN ('SUCCESS_RATE_BELOW', 'FAILURES_AT_LEAST', 'P95_ABOVE_MS')),
    threshold       numeric(14, 4) NOT NULL,
    window_minutes  integer        NOT NULL CHECK (window_minutes BETWEEN 5 AND 10080),
    min_tasks       integer        NOT NULL CHECK (min_tasks BETWEEN 1 AND 10000),
    firing          boolean        NOT NULL DEFAULT false,
    created_by      varchar(254)   NOT NULL,
    created_at      timestamptz    NOT NULL,
    UNIQUE (tenant_id, name)
);
ALTER TABLE agent_alert_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_alert_rule FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_alert_rule_tenant_isolation ON agent_alert_rule
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON agent_alert_rule TO ${appRole};

CREATE TABLE agent_alert (
    id               uuid           PRIMARY KEY,
    tenant_id        uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    rule_id          uuid           REFERENCES agent_alert_rule (id) ON DELETE SET NULL,
    rule_name        varchar(120)   NOT NULL,
    message          varchar(1000)  NOT NULL,
    observed         numeric(14, 4) NOT NULL,
    fired_at         timestamptz    NOT NULL,
    resolved_at      timestamptz,
    acknowledged_by  varchar(254),
    acknowledged_at  timestamptz
);
CREATE INDEX agent_alert_tenant_fired ON agent_alert (tenant_id, fired_at DESC);
ALTER TABLE agent_alert ENABLE ROW LEVEL SECURITY;
ALTER TABLE agent_alert FORCE ROW LEVEL SECURITY;
CREATE POLICY agent_alert_tenant_isolation ON agent_alert
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON agent_alert TO ${appRole};
