-- Tenancy and identity (T1, T2, T3).
--
-- tenant is the platform's registry of tenants: a row per tenant, owned by the platform, not tenant data.
-- The application may read it (a request must learn whether its tenant is suspended) and only the
-- super-admin facade changes it. Everything a tenant owns carries tenant_id under FORCEd row-level
-- security, with the policy on app.current_tenant, which the application sets in every transaction.

CREATE TABLE tenant (
    id            uuid         PRIMARY KEY,
    parent_id     uuid         REFERENCES tenant (id),
    name          varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
    slug          varchar(60)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    tier          varchar(10)  NOT NULL CHECK (tier IN ('TIER_1', 'TIER_2', 'TIER_3')),
    status        varchar(12)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at    timestamptz  NOT NULL,
    status_since  timestamptz  NOT NULL,
    CONSTRAINT tenant_slug_unique UNIQUE (slug)
);
CREATE UNIQUE INDEX tenant_name_unique ON tenant (lower(name));
CREATE INDEX tenant_parent_idx ON tenant (parent_id);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${appRole};

-- The users of a tenant.
CREATE TABLE app_user (
    id             uuid         PRIMARY KEY,
    tenant_id      uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email          varchar(254) NOT NULL,
    display_name   varchar(120) NOT NULL,
    role           varchar(20)  NOT NULL CHECK (role IN ('SUPER_ADMIN', 'TENANT_ADMIN', 'MANAGER', 'CLIENT', 'SUPPORT_AGENT')),
    password_hash  varchar(200),
    status         varchar(12)  NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    failed_logins  integer      NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    created_at     timestamptz  NOT NULL,
    last_login_at  timestamptz
);
CREATE INDEX app_user_tenant_idx ON app_user (tenant_id, lower(email));
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_tenant_isolation ON app_user
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON app_user TO ${appRole};

-- Signing in starts from an email address, before any tenant is known. The email-to-tenant map lives
-- outside row-level security, readable by the application only through resolve_login_tenant(email),
-- one address at a time; the user rows themselves are then read under the tenant found.
CREATE TABLE login_identity (
    email      varchar(254) PRIMARY KEY,
    user_id    uuid         NOT NULL UNIQUE,
    tenant_id  uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE FUNCTION sync_login_identity() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = bizosaas, pg_temp AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM login_identity WHERE user_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        -- a unique violation here means the address belongs to a user of some tenant already
        INSERT INTO login_identity (email, user_id, tenant_id) VALUES (lower(NEW.email), NEW.id, NEW.tenant_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER app_user_login_identity AFTER INSERT OR UPDATE OF email, tenant_id OR DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION sync_login_identity();

CREATE FUNCTION resolve_login_tenant(address varchar) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = bizosaas, pg_temp AS $$
    SELECT tenant_id FROM login_identity WHERE email = lower(address)
$$;
REVOKE ALL ON FUNCTION resolve_login_tenant(varchar) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_login_identity() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_login_tenant(varchar) TO ${appRole};

-- The audit trail (T4): who, acting tenant, what, target, before/after, when, from where.
-- Append-only for the application. Tenant-owned: a tenant sees its own trail; the platform's own
-- actions (no tenant) are recorded with the master tenant as acting tenant.
CREATE TABLE audit_event (
    id            uuid          PRIMARY KEY,
    tenant_id     uuid          NOT NULL,
    actor         varchar(254)  NOT NULL,
    action        varchar(80)   NOT NULL,
    target        varchar(254),
    before_state  text,
    after_state   text,
    source_ip     varchar(64),
    occurred_at   timestamptz   NOT NULL
);
CREATE INDEX audit_event_tenant_time_idx ON audit_event (tenant_id, occurred_at DESC);
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_tenant_isolation ON audit_event
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT ON audit_event TO ${appRole};

-- API tokens handed out by POST /api/v1/auth/token: the token itself is a signed JWT; this row makes it
-- revocable (and lists a user's live tokens). Tenant-owned.
CREATE TABLE api_token (
    jti         uuid         PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id     uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at   timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX api_token_tenant_user_idx ON api_token (tenant_id, user_id);
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY api_token_tenant_isolation ON api_token
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON api_token TO ${appRole};
