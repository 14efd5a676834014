package com.bizosaas.bench;

import com.bizosaas.launcher.EmbeddedDatabase;
import com.bizosaas.launcher.Launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What row-level security costs (issue 3): the same query mix on 100 tenants × 1,000 rows, once through a
 * role under FORCEd RLS with the production policy (tenant set per transaction with set_config, queries
 * without a tenant filter) and once through a BYPASSRLS role that filters by tenant in SQL, interleaved in
 * one run on the same embedded PostgreSQL. Prints both rates and the overhead ratio.
 * Options: {@code bench.rls.rounds} (60), {@code bench.rls.tenants} (100), {@code bench.rls.rows} (1000).
 */
public final class RlsOverheadBenchmark {

    /** The throwaway database's superuser password (the bootstrap that would require it never runs here). */
    private static final String SUPERUSER_PASSWORD = "bench-superuser-secret";

    private RlsOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.quietLibraryLogging();
        int tenants = Integer.getInteger("bench.rls.tenants", 100);
        int rows = Integer.getInteger("bench.rls.rows", 1000);
        int rounds = Integer.getInteger("bench.rls.rounds", 60);
        Path dir = Path.of(System.getProperty("bench.project.dir", ".")).toAbsolutePath().resolve("bench/target/rls-postgres");
        deleteRecursively(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, SUPERUSER_PASSWORD)) {
            String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/postgres";
            List<UUID> ids = prepare(url, tenants, rows);
            try (Connection rls = DriverManager.getConnection(url, "bench_app", "bench");
                 Connection bypass = DriverManager.getConnection(url, "bench_bypass", "bench")) {
                rls.setAutoCommit(false);
                bypass.setAutoCommit(false);
                Mix withRls = new Mix(rls, true);
                Mix withFilter = new Mix(bypass, false);
                for (int i = 0; i < 3; i++) { // warm-up: plans, caches, JIT
                    withRls.round(ids);
                    withFilter.round(ids);
                }
                long warmUpSetTenant = withRls.setTenantNanos;
                long rlsNanos = 0;
                long filterNanos = 0;
                double[] ratios = new double[rounds];
                for (int i = 0; i < rounds; i++) { // interleaved, so drift hits both alike
                    long r = withRls.round(ids);
                    long f = withFilter.round(ids);
                    rlsNanos += r;
                    filterNanos += f;
                    ratios[i] = (double) r / f;
                }
                java.util.Arrays.sort(ratios);
                long transactions = (long) rounds * ids.size();
                double rlsRate = transactions / (rlsNanos / 1e9);
                double filterRate = transactions / (filterNanos / 1e9);
                long measuredSetTenant = withRls.setTenantNanos - warmUpSetTenant;
                double policyOnlyRate = transactions / ((rlsNanos - measuredSetTenant) / 1e9);
                System.out.printf("RLS overhead benchmark: %d tenants x %d rows, %d rounds, 1 connection each, loopback%n",
                        tenants, rows, rounds);
                System.out.printf("  query mix per transaction: page of 20 newest, count, point lookup, sum by tenant%n");
                System.out.printf("  FORCEd RLS, tenant via set_config:   %8.0f transactions/s%n", rlsRate);
                System.out.printf("  BYPASSRLS, tenant in the WHERE clause: %8.0f transactions/s%n", filterRate);
                System.out.printf("  overhead of RLS, all in (policy + one set_config round trip per transaction): %+.1f %%   (target <= 5 %%)%n",
                        (filterRate / rlsRate - 1) * 100);
                System.out.printf("    per-round ratio RLS/filter: median %+.1f %%, middle half %+.1f %% .. %+.1f %%%n",
                        (ratios[rounds / 2] - 1) * 100, (ratios[rounds / 4] - 1) * 100, (ratios[rounds * 3 / 4] - 1) * 100);
                System.out.printf("  overhead of the policy on the queries alone (set_config time excluded):      %+.1f %%%n",
                        (filterRate / policyOnlyRate - 1) * 100);
            }
        }
    }

    /** One query mix per tenant, each tenant's mix in its own transaction. */
    private static final class Mix {

        private final Connection connection;
        private final boolean rls;
        private final PreparedStatement setTenant;
        private final PreparedStatement page;
        private final PreparedStatement count;
        private final PreparedStatement lookup;
        private final PreparedStatement sum;
        private final Random random = new Random(42);
        /** Time spent telling PostgreSQL the tenant, kept apart to show what the policy itself costs. */
        private long setTenantNanos;

        Mix(Connection connection, boolean rls) throws SQLException {
            this.connection = connection;
            this.rls = rls;
            String tenant = rls ? "" : " tenant_id = ? and";
            String only = rls ? "" : " where tenant_id = ?";
            setTenant = connection.prepareStatement("select set_config('app.current_tenant', ?, true)");
            page = connection.prepareStatement("select id, name, amount, created_at from bench.item" + only
                    + " order by created_at desc limit 20");
            count = connection.prepareStatement("select count(*) from bench.item" + only);
            lookup = connection.prepareStatement("select id, name, amount from bench.item where" + tenant + " id = ?");
            sum = connection.prepareStatement("select sum(amount) from bench.item" + only);
        }

        long round(List<UUID> tenants) throws SQLException {
            long started = System.nanoTime();
            for (int t = 0; t < tenants.size(); t++) {
                UUID tenant = tenants.get(t);
                if (rls) {
                    long before = System.nanoTime();
                    setTenant.setString(1, tenant.toString());
                    drain(setTenant);
                    setTenantNanos += System.nanoTime() - before;
                }
                bind(page, tenant);
                drain(page);
                bind(count, tenant);
                drain(count);
                long id = (long) t * 1000 + 1 + random.nextInt(1000);
                if (rls) {
                    lookup.setLong(1, id);
                } else {
                    lookup.setObject(1, tenant);
                    lookup.setLong(2, id);
                }
                drain(lookup);
                bind(sum, tenant);
                drain(sum);
                connection.commit();
            }
            return System.nanoTime() - started;
        }

        private void bind(PreparedStatement statement, UUID tenant) throws SQLException {
            if (!rls) {
                statement.setObject(1, tenant);
            }
        }

        private static void drain(PreparedStatement statement) throws SQLException {
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    private static List<UUID> prepare(String url, int tenants, int rows) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection su = DriverManager.getConnection(url, EmbeddedDatabase.SUPERUSER, SUPERUSER_PASSWORD); Statement sql = su.createStatement()) {
            sql.execute("create role bench_owner nologin");
            sql.execute("create role bench_app login password 'bench' nosuperuser nobypassrls");
            sql.execute("create role bench_bypass login password 'bench' nosuperuser bypassrls");
            sql.execute("create schema bench authorization bench_owner");
            sql.execute("create table bench.item (id bigint primary key, tenant_id uuid not null, name text not null, "
                    + "amount numeric(12,2) not null, created_at timestamptz not null)");
            sql.execute("create index item_tenant_created_idx on bench.item (tenant_id, created_at desc)");
            sql.execute("alter table bench.item owner to bench_owner");
            sql.execute("alter table bench.item enable row level security");
            sql.execute("alter table bench.item force row level security");
            sql.execute("create policy item_tenant_isolation on bench.item using "
                    + "(tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)");
            sql.execute("grant usage on schema bench to bench_app, bench_bypass");
            sql.execute("grant select on bench.item to bench_app, bench_bypass");
            su.setAutoCommit(false);
            try (PreparedStatement insert = su.prepareStatement(
                    "insert into bench.item values (?, ?, ?, ?, now() - make_interval(mins => ?))")) {
                long id = 1;
                for (int t = 0; t < tenants; t++) {
                    UUID tenant = new UUID(0x42L, t);
                    ids.add(tenant);
                    for (int r = 0; r < rows; r++) {
                        insert.setLong(1, id++);
                        insert.setObject(2, tenant);
                        insert.setString(3, "item " + r);
                        insert.setBigDecimal(4, java.math.BigDecimal.valueOf(r % 500, 1));
                        insert.setInt(5, r);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            su.commit();
            su.setAutoCommit(true);
            sql.execute("analyze bench.item");
        }
        return ids;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }
}
