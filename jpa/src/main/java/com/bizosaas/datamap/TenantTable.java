package com.bizosaas.datamap;

import java.util.Objects;

/**
 * One tenant-owned table as its domain declares it. Rows leave the platform with the tenant: in the archive under
 * {@code file} (the {@code query}'s columns, each as text, read under the tenant's row-level security), and then from
 * the database — deleted with the tenant by the foreign key's {@code ON DELETE CASCADE}, or {@linkplain #kept kept}
 * as evidence. The isolation suite checks each declaration against the catalogue — the {@link Guard} it claims, the
 * cascade — and that no table with a {@code tenant_id} goes undeclared.
 *
 * @param file  the archive's file, or null for rows not worth exporting ({@code why} says why)
 * @param query the export's SQL, or null with {@code file}
 * @param kept  whether the rows stay after offboarding (evidence); otherwise they go with the tenant
 * @param guard what keeps one tenant from another tenant's rows
 * @param why   the reason for anything unusual (not exported, kept, not guarded by row-level security)
 */
public record TenantTable(String table, String file, String query, boolean kept, Guard guard, String why) {

    /** What keeps one tenant from another tenant's rows. */
    public enum Guard {
        /** ENABLE and FORCE row-level security with a policy on {@code app.current_tenant}: every tenant table. */
        ROW_LEVEL_SECURITY,
        /**
         * The application role cannot read the table at all; a security-definer function answers one question at a
         * time. For lookups needed before any tenant is known (sign-in, an invitation link).
         */
        NO_APPLICATION_ACCESS
    }

    public TenantTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(guard, "guard");
        if ((file == null) != (query == null)) {
            throw new IllegalArgumentException(table + ": an exported table needs both its file and its query");
        }
        if ((file == null || kept || guard != Guard.ROW_LEVEL_SECURITY) && (why == null || why.isBlank())) {
            throw new IllegalArgumentException(table + ": say why it is not exported, kept or not under row-level security");
        }
    }

    /** The usual case: exported, then deleted with the tenant. */
    public static TenantTable exported(String table, String file, String query) {
        return new TenantTable(table, file, query, false, Guard.ROW_LEVEL_SECURITY, null);
    }

    /** Exported, and kept after offboarding (the audit trail: evidence, append-only). */
    public static TenantTable kept(String table, String file, String query, String why) {
        return new TenantTable(table, file, query, true, Guard.ROW_LEVEL_SECURITY, why);
    }

    /** Deleted with the tenant but not exported: counters and derived rows that mean nothing outside. */
    public static TenantTable notExported(String table, String why) {
        return new TenantTable(table, null, null, false, Guard.ROW_LEVEL_SECURITY, why);
    }

    /** A lookup read before any tenant is known (sign-in, an invitation link): out of the application's reach, not exported. */
    public static TenantTable lookup(String table, String why) {
        return new TenantTable(table, null, null, false, Guard.NO_APPLICATION_ACCESS, why);
    }
}
