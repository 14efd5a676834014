-- Per-tenant API rate limits (T5) and the credential vault (T6). Both tenant-owned.

-- Requests per tenant per minute. A PostgreSQL row rather than a node-local counter: every node of the
-- cluster counts into the same window, so the limit holds across the cluster.
CREATE TABLE api_rate_window (
    tenant_id     uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    window_start  timestamptz  NOT NULL,
    requests      integer      NOT NULL,
    PRIMARY KEY (tenant_id, window_start)
);
ALTER TABLE api_rate_window ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_rate_window FORCE ROW LEVEL SECURITY;
CREATE POLICY api_rate_window_tenant_isolation ON api_rate_window
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON api_rate_window TO ${appRole};

-- Third-party secrets of a tenant, encrypted with AES-GCM under a key from the configuration (key_id names
-- it, so keys can rotate). The tenant and name are the cipher's associated data: a ciphertext copied to
-- another row or tenant does not decrypt.
CREATE TABLE credential (
    id           uuid          PRIMARY KEY,
    tenant_id    uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name         varchar(80)   NOT NULL,
    ciphertext   bytea         NOT NULL,
    nonce        bytea         NOT NULL,
    key_id       varchar(40)   NOT NULL,
    last4        varchar(4)    NOT NULL,
    created_at   timestamptz   NOT NULL,
    rotated_at   timestamptz,
    CONSTRAINT credential_name_unique UNIQUE (tenant_id, name)
);
ALTER TABLE credential ENABLE ROW LEVEL SECURITY;
ALTER TABLE credential FORCE ROW LEVEL SECURITY;
CREATE POLICY credential_tenant_isolation ON credential
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON credential TO ${appRole};
