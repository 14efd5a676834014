-- Invitations (T2): a tenant administrator invites an address with a role; the link carries a random token
-- of which only the SHA-256 is stored. Tenant-owned.

CREATE TABLE invitation (
    id           uuid          PRIMARY KEY,
    tenant_id    uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email        varchar(254)  NOT NULL,
    role         varchar(20)   NOT NULL CHECK (role IN ('TENANT_ADMIN', 'MANAGER', 'CLIENT', 'SUPPORT_AGENT')),
    token_hash   varchar(64)   NOT NULL UNIQUE,
    invited_by   varchar(254)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL,
    accepted_at  timestamptz
);
CREATE INDEX invitation_tenant_idx ON invitation (tenant_id, created_at DESC);
ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_tenant_isolation ON invitation
    USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON invitation TO ${appRole};

-- Accepting starts from the link, before any tenant is known: as with sign-in, a map outside row-level
-- security, readable only through a function that needs the token's hash.
CREATE TABLE invitation_lookup (
    token_hash  varchar(64)  PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE FUNCTION sync_invitation_lookup() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = bizosaas, pg_temp AS $$
BEGIN
    INSERT INTO invitation_lookup (token_hash, tenant_id) VALUES (NEW.token_hash, NEW.tenant_id);
    RETURN NULL;
END $$;
CREATE TRIGGER invitation_lookup_sync AFTER INSERT ON invitation
    FOR EACH ROW EXECUTE FUNCTION sync_invitation_lookup();

CREATE FUNCTION resolve_invitation_tenant(hash varchar) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = bizosaas, pg_temp AS $$
    SELECT tenant_id FROM invitation_lookup WHERE token_hash = hash
$$;
REVOKE ALL ON FUNCTION resolve_invitation_tenant(varchar) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_invitation_lookup() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_invitation_tenant(varchar) TO ${appRole};
