package com.bizosaas.datamap;

import java.util.Objects;

/**
 * One tenant-owned table as its domain declares it. Rows leave the platform with the tenant: in the archive under
 * {@code file} (the {@code query}'s columns, each as text, read under the tenant's row-level security), and then from
 * the database — deleted with the tenant by the foreign key's {@code ON DELETE CASCADE}, or {@linkplain #kept kept}
 * as evidence. The isolation suite checks each declaration against the catalogue: row-level security enabled, forced
 * and a policy on {@code app.current_tenant} (unless declared a {@linkplain #lookup lookup}), the cascade, and that no
 * table with a {@code tenant_id} goes undeclared.
 *
 * @param file   the archive's file, or null for rows not worth exporting ({@code why} says why)
 * @param query  the export's SQL, or null with {@code file}
 * @param kept   whether the rows stay after offboarding (evidence); otherwise they go with the tenant
 * @param rowLevelSecurity false only for lookups read before a tenant is known
 * @param why    the reason for anything unusual (not exported, kept, no row-level security)
 */
public record TenantTable(String table, String file, String query, boolean kept, boolean rowLevelSecurity, String why) {

    public TenantTable {
        Objects.requireNonNull(table, "table");
        if ((file == null) != (query == null)) {
            throw new IllegalArgumentException(table + ": an exported table needs both its file and its query");
        }
        if ((file == null || kept || !rowLevelSecurity) && (why == null || why.isBlank())) {
            throw new IllegalArgumentException(table + ": say why it is not exported, kept or without row-level security");
        }
    }

    /** The usual case: exported, then deleted with the tenant. */
    public static TenantTable exported(String table, String file, String query) {
        return new TenantTable(table, file, query, false, true, null);
    }

    /** Exported, and kept after offboarding (the audit trail: evidence, append-only). */
    public static TenantTable kept(String table, String file, String query, String why) {
        return new TenantTable(table, file, query, true, true, why);
    }

    /** Deleted with the tenant but not exported: counters and derived rows that mean nothing outside. */
    public static TenantTable notExported(String table, String why) {
        return new TenantTable(table, null, null, false, true, why);
    }

    /** A lookup read before any tenant is known (sign-in, an invitation link): no row-level security, not exported. */
    public static TenantTable lookup(String table, String why) {
        return new TenantTable(table, null, null, false, false, why);
    }
}
