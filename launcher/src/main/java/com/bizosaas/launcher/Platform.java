package com.bizosaas.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The whole platform on one machine: its database and its server, started in order and stopped in
 * reverse. The run command, the integration tests and the benchmark all start it through this class.
 */
public final class Platform implements AutoCloseable {

    private final Settings settings;
    private final EmbeddedDatabase embedded;
    private final WildFlyServer server;
    private final Duration bootToReady;

    private Platform(Settings settings, EmbeddedDatabase embedded, WildFlyServer server, Duration bootToReady) {
        this.settings = settings;
        this.embedded = embedded;
        this.server = server;
        this.bootToReady = bootToReady;
    }

    public static Platform start(Settings settings, Optional<DatabaseAccess> external) throws IOException, SQLException, InterruptedException {
        return start(settings, external, Map.of());
    }

    /**
     * Starts the platform with configuration for the server beyond the launcher's own, as environment variables
     * that MicroProfile Config reads (e.g. {@code BIZOSAAS_LLM_OPENAI_BASE_URL}); the benchmarks use it.
     */
    public static Platform start(Settings settings, Optional<DatabaseAccess> external, Map<String, String> configuration)
            throws IOException, SQLException, InterruptedException {
        if (!Files.isRegularFile(settings.ear())) {
            throw new IllegalStateException(settings.ear() + " is missing: build first (mvn package)");
        }
        Secrets secrets = Secrets.loadOrCreate(settings.dataDir());
        EmbeddedDatabase embedded = null;
        WildFlyServer server = null;
        try {
            DatabaseAccess db;
            if (external.isPresent()) {
                db = external.get();
            } else {
                embedded = EmbeddedDatabase.start(settings.postgresDir(), secrets.get(Secrets.SUPERUSER_PASSWORD));
                db = embedded.bootstrap(secrets.get(Secrets.OWNER_PASSWORD), secrets.get(Secrets.APP_PASSWORD));
            }
            Path log = settings.dataDir().resolve("server.log");
            Files.createDirectories(log.getParent());
            long started = System.nanoTime();
            server = WildFlyServer.start(settings, db, Map.of(
                    "BIZOSAAS_CLUSTER_PASSWORD", secrets.get(Secrets.CLUSTER_PASSWORD),
                    "BIZOSAAS_TOKEN_SIGNING_KEY", secrets.get(Secrets.TOKEN_SIGNING_KEY),
                    "BIZOSAAS_VAULT_KEYS", secrets.get(Secrets.VAULT_KEYS)), configuration, log);
            server.awaitManagement(Duration.ofMinutes(3));
            server.cli("deploy.cli", "-Dear=" + settings.ear());
            server.awaitReady(Duration.ofMinutes(3));
            return new Platform(settings, embedded, server, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public String url() {
        return "http://localhost:" + settings.httpPort() + "/";
    }

    public Settings settings() {
        return settings;
    }

    public WildFlyServer server() {
        return server;
    }

    /** From starting the server process until the EAR is deployed and health says ready. */
    public Duration bootToReady() {
        return bootToReady;
    }

    public Optional<EmbeddedDatabase> embeddedDatabase() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
