package com.bizosaas.tenancy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds the domains' declarations of their tenant-owned tables (the data map, {@code GET /api/v1/tenant-data})
 * against what PostgreSQL's catalogue says of every table with a {@code tenant_id} column, and lists what does not
 * hold: an undeclared table, row-level security not enabled or not forced, no policy on {@code app.current_tenant}, a
 * lookup the application role can read, rows that do not go with their tenant at offboarding (or do, though declared
 * kept), an export file declared twice. A table added by a future migration and forgotten is caught here.
 */
final class TenantTableCatalogue {

    /** What the catalogue says of one table. */
    record Table(String name, boolean rowSecurity, boolean forced, int policies, int tenantPolicies, boolean cascades,
                 boolean applicationReads) {
    }

    private TenantTableCatalogue() {
    }

    static Map<String, Table> read(Connection superuser, String schema, String applicationRole) throws SQLException {
        String sql = """
                select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       (select count(*) from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname),
                       (select count(*) from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname
                           and coalesce(p.qual, p.with_check) like '%tenant_id%'
                           and coalesce(p.qual, p.with_check) like '%app.current_tenant%'
                           and coalesce(p.with_check, p.qual) like '%app.current_tenant%'),
                       exists (select 1 from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                               where k.conrelid = c.oid and k.contype = 'f' and a.attname = 'tenant_id' and k.confdeltype = 'c'
                                 and k.confrelid = (select t.oid from pg_class t where t.relname = 'tenant' and t.relnamespace = n.oid)),
                       has_table_privilege(?, c.oid, 'SELECT')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                """;
        Map<String, Table> tables = new TreeMap<>();
        try (PreparedStatement query = superuser.prepareStatement(sql)) {
            query.setString(1, applicationRole);
            query.setString(2, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getString(1), new Table(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3),
                            rows.getInt(4), rows.getInt(5), rows.getBoolean(6), rows.getBoolean(7)));
                }
            }
        }
        return tables;
    }

    static List<String> findings(Map<String, Table> catalogue, JsonArray dataMap) {
        List<String> findings = new ArrayList<>();
        Map<String, JsonObject> declared = new HashMap<>();
        Set<String> files = new HashSet<>();
        for (JsonObject declaration : dataMap.getValuesAs(JsonObject.class)) {
            String table = declaration.getString("table");
            if (declared.put(table, declaration) != null) {
                findings.add(table + ": declared twice");
            }
            if (declaration.getString("file", null) != null && !files.add(declaration.getString("file"))) {
                findings.add(table + ": its export file " + declaration.getString("file") + " is another table's too");
            }
            if (!catalogue.containsKey(table)) {
                findings.add(table + ": declared by " + declaration.getString("domain") + " but there is no such table with a tenant_id");
            }
        }
        for (Table table : catalogue.values()) {
            JsonObject declaration = declared.get(table.name());
            if (declaration == null) {
                findings.add(table.name() + ": has a tenant_id column but no domain declares it (TenantData): "
                        + "it would be missing from export, offboarding and these checks");
                continue;
            }
            String guard = declaration.getString("guard");
            if (guard.equals("ROW_LEVEL_SECURITY")) {
                if (!table.rowSecurity()) {
                    findings.add(table.name() + ": row-level security is not enabled");
                }
                if (!table.forced()) {
                    findings.add(table.name() + ": row-level security is not forced (its owner would bypass it)");
                }
                if (table.tenantPolicies() == 0 || table.tenantPolicies() != table.policies()) {
                    findings.add(table.name() + ": not every policy confines rows to app.current_tenant ("
                            + table.tenantPolicies() + " of " + table.policies() + ")");
                }
            } else if (guard.equals("NO_APPLICATION_ACCESS") && table.applicationReads()) {
                findings.add(table.name() + ": a lookup without row-level security that the application role can read");
            }
            boolean kept = declaration.getBoolean("keptAfterOffboarding");
            if (!kept && !table.cascades()) {
                findings.add(table.name() + ": its rows do not go with their tenant (no ON DELETE CASCADE from tenant_id)");
            }
            if (kept && table.cascades()) {
                findings.add(table.name() + ": declared kept after offboarding, but its rows are deleted with the tenant");
            }
        }
        return findings;
    }

    /**
     * Foreign keys between two tenant tables that leave {@code tenant_id} out (on either side, or not paired): with
     * them a row could point at another tenant's row, whatever row-level security shows.
     */
    static List<String> keyFindings(Connection superuser, String schema) throws SQLException {
        String sql = """
                select k.conname, c.relname, p.relname,
                       exists (select 1 from unnest(k.conkey, k.confkey) as u(ck, pk)
                               join pg_attribute ca on ca.attrelid = k.conrelid and ca.attnum = u.ck
                               join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = u.pk
                               where ca.attname = 'tenant_id' and pa.attname = 'tenant_id')
                from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
                     join pg_namespace n on n.oid = c.relnamespace
                where k.contype = 'f' and n.nspname = ?
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                  and exists (select 1 from pg_attribute a where a.attrelid = p.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by c.relname, k.conname
                """;
        List<String> findings = new ArrayList<>();
        try (PreparedStatement query = superuser.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getBoolean(4)) {
                        findings.add(rows.getString(2) + ": its foreign key " + rows.getString(1) + " to " + rows.getString(3)
                                + " leaves tenant_id out: a row could point at another tenant's");
                    }
                }
            }
        }
        return findings;
    }
}
