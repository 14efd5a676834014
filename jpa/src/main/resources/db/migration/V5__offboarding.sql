-- Offboarding (T1): the super-admin's facade deletes a tenant after exporting its data; the tenant-owned
-- rows go with it through ON DELETE CASCADE. The audit trail stays: it is evidence, and append-only.
GRANT DELETE ON tenant TO ${appRole};
