-- Issue 14 item 9: the journal of domain events names the tenant of each event; it goes under row-level security.
-- A tenant's transaction reads and writes its own entries and the platform-wide ones (no tenant); the super-admin's
-- transactions (app.platform = 'on', set by TenantTransactions) read every tenant's. Still append-only: no UPDATE or
-- DELETE is granted.
ALTER TABLE domain_event_journal ENABLE ROW LEVEL SECURITY;
ALTER TABLE domain_event_journal FORCE ROW LEVEL SECURITY;
CREATE POLICY domain_event_journal_tenant_isolation ON domain_event_journal
    USING (tenant_id IS NULL OR tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid
           OR current_setting('app.platform', true) = 'on')
    WITH CHECK (tenant_id IS NULL OR tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid
           OR current_setting('app.platform', true) = 'on');
CREATE INDEX domain_event_journal_tenant_idx ON domain_event_journal (tenant_id, received_at DESC);
