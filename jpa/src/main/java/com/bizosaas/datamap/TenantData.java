package com.bizosaas.datamap;

import java.util.List;

/**
 * What a domain keeps for each tenant (T1, T3): its tenant-owned tables, how each leaves in the tenant's archive and
 * what offboarding does with it. Each domain declares its own beside its code, as a CDI bean implementing this; the
 * tenant registry's export (and through it offboarding, and the data map the isolation suite checks against
 * PostgreSQL's catalogue) collects every declaration, so a new domain adds its tables without editing anyone else's
 * list. A foundation type, below every domain, so that the audit trail — which the registry itself uses — can declare
 * its table too.
 */
public interface TenantData {

    /** The domain's tenant-owned tables, in the order their files appear in the archive. */
    List<TenantTable> tables();

    /** Runs before the archive is read, under the tenant: for a domain that writes some rows later (buffered). */
    default void beforeExport() {
    }
}
