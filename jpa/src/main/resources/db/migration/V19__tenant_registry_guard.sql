-- Issue 14 item 9: the tenant registry is readable by the application (a request must learn whether its tenant is
-- active), but its rows change only on the platform's side — the super-admin's boundaries and the demo seeding —
-- which say so for their transaction with app.platform = 'on'. A tenant's transaction (app.current_tenant set, the
-- flag not) can no more rename, suspend or delete another tenant's row than its own, whatever a bug sends.
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_registry_read ON tenant FOR SELECT USING (true);
CREATE POLICY tenant_registry_insert ON tenant FOR INSERT
    WITH CHECK (current_setting('app.platform', true) = 'on');
CREATE POLICY tenant_registry_update ON tenant FOR UPDATE
    USING (current_setting('app.platform', true) = 'on')
    WITH CHECK (current_setting('app.platform', true) = 'on');
CREATE POLICY tenant_registry_delete ON tenant FOR DELETE
    USING (current_setting('app.platform', true) = 'on');
