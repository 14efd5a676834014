package com.bizosaas.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are and which ports to use, from the environment (docs/configuration.md).
 *
 * @param projectDir     the checkout: the configured server, the EAR and the CLI scripts are found in it
 * @param dataDir        everything that must survive a restart: PostgreSQL's files, the broker's journal
 * @param portOffset     added to every WildFly port (8080 HTTP, 9990 management)
 * @param externalDbUrl  a JDBC URL of an existing PostgreSQL; empty means the embedded one
 * @param wildflyHome    the configured WildFly to run; by default the one the build configured
 * @param clusterAddress the multicast address this cluster's nodes find each other on
 * @param heap           the server's maximum heap, as a JVM size ("768m")
 */
public record Settings(Path projectDir, Path dataDir, int portOffset, Optional<String> externalDbUrl,
                       Path wildflyHome, String clusterAddress, String heap) {

    public static final int HTTP_PORT = 8080;
    public static final int MANAGEMENT_PORT = 9990;

    public static Settings fromEnvironment(Map<String, String> env, Path workingDir) {
        Path project = Path.of(env.getOrDefault("BIZOSAAS_PROJECT_DIR", workingDir.toString())).toAbsolutePath().normalize();
        Path data = Path.of(env.getOrDefault("BIZOSAAS_DATA_DIR", project.resolve("data").toString())).toAbsolutePath().normalize();
        int offset = parsePort("BIZOSAAS_PORT_OFFSET", env.getOrDefault("BIZOSAAS_PORT_OFFSET", "0"));
        Optional<String> dbUrl = Optional.ofNullable(env.get("BIZOSAAS_DB_URL")).filter(s -> !s.isBlank());
        dbUrl.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("BIZOSAAS_DB_URL must be a jdbc:postgresql:// URL");
            }
        });
        Path wildfly = Path.of(env.getOrDefault("BIZOSAAS_WILDFLY_HOME",
                project.resolve("wildfly-config/target/wildfly").toString())).toAbsolutePath().normalize();
        String heap = env.getOrDefault("BIZOSAAS_HEAP", "768m");
        if (!heap.matches("[1-9][0-9]*[mMgG]")) {
            throw new IllegalArgumentException("BIZOSAAS_HEAP must be a size like 768m or 1g, was " + heap);
        }
        return new Settings(project, data, offset, dbUrl, wildfly,
                env.getOrDefault("BIZOSAAS_CLUSTER_ADDRESS", "230.0.0.4"), heap);
    }

    private static int parsePort(String name, String value) {
        try {
            int offset = Integer.parseInt(value.strip());
            if (offset < 0 || offset > 50_000) {
                throw new IllegalArgumentException(name + " must be between 0 and 50000, was " + value);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was " + value, e);
        }
    }

    public int httpPort() {
        return HTTP_PORT + portOffset;
    }

    public int managementPort() {
        return MANAGEMENT_PORT + portOffset;
    }

    public Path ear() {
        return projectDir.resolve("ear/target/bizosaas.ear");
    }

    public Path cliScript(String name) {
        return projectDir.resolve("wildfly-config").resolve(name);
    }

    public Path serverBaseDir() {
        return dataDir.resolve("wildfly");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }
}
