package com.bizosaas.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real PostgreSQL from Maven Central (zonky's binaries), so the platform runs on a machine with no
 * database installed. Its files live in the data directory and survive restarts; the port is chosen free
 * on every start. On start it creates the roles and the database the way
 * {@code wildfly-config/postgres-bootstrap.sql} does for an operator's own PostgreSQL.
 * <p>
 * zonky's {@code initdb} trusts every local connection, the superuser's included: anyone on the machine could read
 * every tenant's rows around row-level security. So the first bootstrap gives the superuser a password and makes
 * every connection prove one ({@code scram-sha-256} in {@code pg_hba.conf}); zonky's own readiness check then
 * signs in with that password too.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "bizosaas";
    public static final String OWNER_ROLE = "bizosaas_owner";
    public static final String APP_ROLE = "bizosaas_app";
    public static final String SUPERUSER = "postgres";
    private static final String PASSWORDS_ONLY = """
            # Written by the BizOSaaS launcher: every connection proves a password, the superuser's too.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String superuserPassword;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, String superuserPassword) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.superuserPassword = superuserPassword;
    }

    /** Starts on a free port; {@code superuserPassword} is the one {@link #bootstrap} gives the superuser. */
    public static EmbeddedDatabase start(Path dataDir, String superuserPassword) throws IOException {
        return start(dataDir, 0, superuserPassword);
    }

    /** Starts on {@code port}, or on a free one if it is 0. */
    public static EmbeddedDatabase start(Path dataDir, int port, String superuserPassword) throws IOException {
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port != 0) {
            builder.setPort(port);
        }
        // PostgreSQL's own output goes to a file beside its data, not through the launcher's console
        Path log = dataDir.resolveSibling("postgres.log");
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        EmbeddedPostgres postgres = builder
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // ignored while initdb's trust lasts (the first start), proved on every start after bootstrap
                .setConnectConfig("password", superuserPassword)
                .start();
        return new EmbeddedDatabase(postgres, dataDir, superuserPassword);
    }

    public int port() {
        return postgres.getPort();
    }

    /** The postmaster's process id, from its pid file (the process zonky started was only pg_ctl). */
    public long pid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    /** A JDBC URL of the platform's database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /**
     * Creates the roles and the database if they are missing, sets the roles' passwords, and makes every connection,
     * the superuser's too, prove a password from now on.
     */
    public DatabaseAccess bootstrap(String ownerPassword, String appPassword) throws SQLException, IOException {
        try (Connection su = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, "postgres"), SUPERUSER, superuserPassword);
             Statement sql = su.createStatement()) {
            ensureRole(su, OWNER_ROLE, "LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS");
            ensureRole(su, APP_ROLE, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT");
            setPassword(su, OWNER_ROLE, ownerPassword);
            setPassword(su, APP_ROLE, appPassword);
            if (!exists(su, "select 1 from pg_database where datname = ?", DATABASE)) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8'");
            }
            sql.execute("REVOKE CREATE ON DATABASE " + DATABASE + " FROM PUBLIC");
            setPassword(su, SUPERUSER, superuserPassword);
            Files.writeString(dataDir.resolve("pg_hba.conf"), PASSWORDS_ONLY);
            sql.execute("select pg_reload_conf()");
        }
        return new DatabaseAccess(jdbcUrl(), APP_ROLE, appPassword, OWNER_ROLE, ownerPassword);
    }

    private static void ensureRole(Connection su, String role, String attributes) throws SQLException {
        if (!exists(su, "select 1 from pg_roles where rolname = ?", role)) {
            try (Statement sql = su.createStatement()) {
                sql.execute("CREATE ROLE " + role + " " + attributes);
            }
        }
    }

    private static void setPassword(Connection su, String role, String password) throws SQLException {
        // Identifiers are our constants; the password goes through format(%L) so it is quoted by the server.
        try (PreparedStatement format = su.prepareStatement("select format('ALTER ROLE %I PASSWORD %L', ?, ?)")) {
            format.setString(1, role);
            format.setString(2, password);
            try (ResultSet rs = format.executeQuery(); Statement sql = su.createStatement()) {
                rs.next();
                sql.execute(rs.getString(1));
            }
        }
    }

    private static boolean exists(Connection su, String query, String name) throws SQLException {
        try (PreparedStatement ps = su.prepareStatement(query)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
