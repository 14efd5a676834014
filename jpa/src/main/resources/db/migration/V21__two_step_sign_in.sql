-- Issue 14 item 6: two-step sign-in (a TOTP authenticator, RFC 6238, and recovery codes), and each tenant's sign-in
-- policy (which roles must use it, how long an idle console session lives, from which networks its users may come).

-- A user's rows below point at the user within the same tenant: the pair is the key, so that no row can name
-- another tenant's user, whatever a bug in the application wrote.
ALTER TABLE app_user ADD CONSTRAINT app_user_tenant_user UNIQUE (tenant_id, id);

-- The authenticator's shared secret, sealed with the vault's keys (AES-GCM, bound to tenant and user). It counts
-- once confirmed by a code; the last time step used is kept so that a code is never accepted twice.
CREATE TABLE user_authenticator (
    user_id       uuid          PRIMARY KEY,
    tenant_id     uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    ciphertext    bytea         NOT NULL,
    nonce         bytea         NOT NULL,
    key_id        varchar(40)   NOT NULL,
    created_at    timestamptz   NOT NULL,
    confirmed_at  timestamptz,
    last_step     bigint        NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE user_authenticator ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_authenticator FORCE ROW LEVEL SECURITY;
CREATE POLICY user_authenticator_tenant_isolation ON user_authenticator
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON user_authenticator TO ${appRole};

-- Recovery codes: shown once, kept only as SHA-256 (each holds 59 random bits), spent on use.
CREATE TABLE recovery_code (
    id          uuid          PRIMARY KEY,
    tenant_id   uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id     uuid          NOT NULL,
    code_hash   varchar(64)   NOT NULL,
    created_at  timestamptz   NOT NULL,
    used_at     timestamptz,
    FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (user_id, code_hash)
);
ALTER TABLE recovery_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE recovery_code FORCE ROW LEVEL SECURITY;
CREATE POLICY recovery_code_tenant_isolation ON recovery_code
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON recovery_code TO ${appRole};

-- A tenant's sign-in policy; no row means the defaults (no role required, 30 minutes idle, every network).
CREATE TABLE sign_in_policy (
    tenant_id         uuid           PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    two_step_roles    varchar(200)   NOT NULL DEFAULT '',
    idle_seconds      integer        NOT NULL CHECK (idle_seconds > 0),
    allowed_networks  varchar(4000)  NOT NULL DEFAULT '',
    updated_at        timestamptz    NOT NULL,
    updated_by        varchar(254)   NOT NULL
);
ALTER TABLE sign_in_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE sign_in_policy FORCE ROW LEVEL SECURITY;
CREATE POLICY sign_in_policy_tenant_isolation ON sign_in_policy
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON sign_in_policy TO ${appRole};
