-- The language-model gateway (L1-L5): what every model call cost, what each tenant may spend, and the
-- semantic cache. All three are tenant-owned.

-- One row per call through the gateway, cache hits and offline answers included: the accounting that
-- budgets, dashboards and invoices are computed from.
CREATE TABLE model_call (
    id                 uuid           PRIMARY KEY,
    tenant_id          uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    occurred_at        timestamptz    NOT NULL,
    feature            varchar(60)    NOT NULL,
    agent_id           uuid,
    provider           varchar(20)    NOT NULL,
    model              varchar(100)   NOT NULL,
    tier               varchar(10)    NOT NULL,
    prompt_tokens      integer        NOT NULL,
    completion_tokens  integer        NOT NULL,
    cost_usd           numeric(14, 6) NOT NULL,
    saved_usd          numeric(14, 6) NOT NULL,
    saved_tokens       integer        NOT NULL,
    latency_ms         integer        NOT NULL,
    cache_hit          boolean        NOT NULL,
    fallback_used      boolean        NOT NULL,
    failures           varchar(1000)
);
CREATE INDEX model_call_tenant_time ON model_call (tenant_id, occurred_at);
ALTER TABLE model_call ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_call FORCE ROW LEVEL SECURITY;
CREATE POLICY model_call_tenant_isolation ON model_call
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
-- accounting is append-only for the application: no UPDATE, no DELETE (offboarding deletes by cascade)
GRANT SELECT, INSERT ON model_call TO ${appRole};

-- Spend per tenant and day, kept in the same transaction as each call's row: the budget check reads one
-- or at most 31 rows instead of summing the calls.
CREATE TABLE model_spend_day (
    tenant_id  uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    day        date           NOT NULL,
    cost_usd   numeric(14, 6) NOT NULL,
    calls      integer        NOT NULL,
    PRIMARY KEY (tenant_id, day)
);
ALTER TABLE model_spend_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_spend_day FORCE ROW LEVEL SECURITY;
CREATE POLICY model_spend_day_tenant_isolation ON model_spend_day
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON model_spend_day TO ${appRole};

-- A tenant's budgets when they differ from its tier's defaults, and which alerts were already sent.
CREATE TABLE model_budget (
    tenant_id         uuid           PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    daily_usd         numeric(12, 2),
    monthly_usd       numeric(12, 2),
    alerted_day       date,
    alerted_month     date
);
ALTER TABLE model_budget ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_budget FORCE ROW LEVEL SECURITY;
CREATE POLICY model_budget_tenant_isolation ON model_budget
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON model_budget TO ${appRole};

-- Answers worth reusing. partition_key hashes everything that must match exactly (system prompt, tier,
-- tools, temperature, response format); key_facts holds the prompt's numbers and names, which must match
-- too, so "refund order 1234" never answers "refund order 1235". The embedding is float32 little-endian.
CREATE TABLE semantic_cache_entry (
    id                 uuid           PRIMARY KEY,
    tenant_id          uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    partition_key      varchar(64)    NOT NULL,
    key_facts          varchar(1000)  NOT NULL,
    prompt             text           NOT NULL,
    embedding          bytea          NOT NULL,
    answer             text           NOT NULL,
    provider           varchar(20)    NOT NULL,
    model              varchar(100)   NOT NULL,
    prompt_tokens      integer        NOT NULL,
    completion_tokens  integer        NOT NULL,
    cost_usd           numeric(14, 6) NOT NULL,
    created_at         timestamptz    NOT NULL,
    expires_at         timestamptz    NOT NULL
);
CREATE INDEX semantic_cache_entry_tenant ON semantic_cache_entry (tenant_id, expires_at);
ALTER TABLE semantic_cache_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE semantic_cache_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY semantic_cache_entry_tenant_isolation ON semantic_cache_entry
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, DELETE ON semantic_cache_entry TO ${appRole};

-- The super-admin's changes to the platform's providers, made in the console: they override the
-- configuration's defaults (enabled, order, base URL, the model of each tier). Platform-wide, not
-- tenant-owned: no tenant_id, no row-level security. Keys are never stored here.
CREATE TABLE llm_provider_setting (
    provider        varchar(20)    PRIMARY KEY,
    enabled         boolean        NOT NULL,
    position        integer        NOT NULL,
    base_url        varchar(300),
    cheap_model     varchar(100)   NOT NULL,
    balanced_model  varchar(100)   NOT NULL,
    premium_model   varchar(100)   NOT NULL,
    updated_at      timestamptz    NOT NULL,
    updated_by      varchar(254)   NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE ON llm_provider_setting TO ${appRole};
