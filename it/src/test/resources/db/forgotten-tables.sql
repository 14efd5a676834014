-- Test-only migration, never shipped: tables a future domain might add and forget to protect. TenantIsolationIT
-- creates them in a transaction it rolls back, and the catalogue check must name each defect.
CREATE TABLE bizosaas.forgotten_note (
    id         uuid  PRIMARY KEY,
    tenant_id  uuid  NOT NULL REFERENCES bizosaas.tenant (id) ON DELETE CASCADE,
    author_id  uuid  REFERENCES bizosaas.app_user (id),
    body       text
);
GRANT SELECT, INSERT ON bizosaas.forgotten_note TO bizosaas_app;

CREATE TABLE bizosaas.half_guarded_note (
    id         uuid  PRIMARY KEY,
    tenant_id  uuid  NOT NULL REFERENCES bizosaas.tenant (id),
    body       text
);
ALTER TABLE bizosaas.half_guarded_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY half_guarded_note_everyone ON bizosaas.half_guarded_note USING (true);
