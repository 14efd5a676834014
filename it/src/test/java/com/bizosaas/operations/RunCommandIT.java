package com.bizosaas.operations;

import com.bizosaas.it.Api;
import com.bizosaas.it.Cli;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import com.bizosaas.launcher.Platform;
import com.bizosaas.launcher.Settings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator and a newcomer do, end to end: turn a plain WildFly 39 into ours with
 * {@code wildfly-config/configure.cli} (twice: the script is idempotent), start the platform the way the run
 * command does (embedded PostgreSQL, {@code deploy.cli}), use it, stop it and find no process of ours left,
 * then start it again and find the data still there.
 */
class RunCommandIT {

    private final Path plainWildFly = Path.of(System.getProperty("it.plain.wildfly"));
    private final Path dataDir = Path.of(System.getProperty("it.work.dir"), "run-it-data");

    @Test
    void operatorScriptsConfigureAPlainWildFlyAndTheRunCommandServesStopsCleanlyAndKeepsData() throws Exception {
        Path config = plainWildFly.resolve("standalone/configuration/standalone-full-ha.xml");
        assertThat(Files.readString(config)).as("the distribution is plain").doesNotContain("BizosaasDS");

        for (int run = 0; run < 2; run++) {
            Cli.run(plainWildFly, List.of("--file=" + Deployments.projectDir().resolve("wildfly-config/configure.cli"),
                    "-Dpg.driver.jar=" + System.getProperty("it.pg.driver.jar"),
                    "-Dlangchain4j.jars=" + Deployments.langchain4jJars()));
        }
        String configured = Files.readString(config);
        assertThat(configured).contains("java:jboss/datasources/BizosaasDS", "java:jboss/datasources/BizosaasMigrationDS",
                "java:/jms/queue/bizosaas/AgentTasks", "java:/jms/queue/bizosaas/DeadLetters",
                "java:/jms/topic/bizosaas/DomainEvents", "max-delivery-attempts=\"5\"",
                "microprofile-health-smallrye", "microprofile-fault-tolerance-smallrye", "microprofile-openapi-smallrye",
                "${env.BIZOSAAS_DB_PASSWORD");
        assertThat(configured.split("java:jboss/datasources/BizosaasDS\"", -1)).as("added once").hasSize(2);

        deleteRecursively(dataDir);
        Settings settings = Settings.fromEnvironment(Map.of(
                "BIZOSAAS_PROJECT_DIR", Deployments.projectDir().toString(),
                "BIZOSAAS_DATA_DIR", dataDir.toString(),
                "BIZOSAAS_WILDFLY_HOME", plainWildFly.toString(),
                "BIZOSAAS_PORT_OFFSET", String.valueOf(TestEnvironment.runPortOffset()),
                "BIZOSAAS_CLUSTER_ADDRESS", TestEnvironment.clusterAddress(1)), Path.of("."));
        Api api = new Api(java.net.URI.create("http://127.0.0.1:" + settings.httpPort() + "/"));
        Api management = new Api(java.net.URI.create("http://127.0.0.1:" + settings.managementPort() + "/"));
        String title = "Kept across restarts " + UUID.randomUUID();

        List<ProcessHandle> ours = new ArrayList<>();
        try (Platform platform = Platform.start(settings, Optional.empty())) {
            ours.addAll(processesOf(platform));
            assertThat(api.get("").header("Location")).endsWith("/login.xhtml"); // the consoles ask a visitor to sign in
            assertThat(api.get("login.xhtml").body()).contains("Sign in · BizOSaaS", "console-menu");
            assertThat(management.get("health/ready").status()).isEqualTo(200);
            assertThat(api.signedInAs("admin@bizoholic.com").postJson("api/v1/platform/announcements",
                    "{\"title\":\"" + title + "\",\"body\":\"\",\"severity\":\"INFO\"}").status()).isEqualTo(201);
            System.out.printf("run command: first boot to ready in %d ms%n", platform.bootToReady().toMillis());
        }
        assertNoneAlive(ours);
        assertThat(Files.readString(dataDir.resolve("secrets.properties"))).as("secrets stay in the data directory").isNotBlank();
        assertThat(Files.readString(dataDir.resolve("server.log"))).doesNotContain(secretsOf(dataDir));

        ours.clear();
        try (Platform platform = Platform.start(settings, Optional.empty())) {
            ours.addAll(processesOf(platform));
            assertThat(api.get("api/v1/platform/announcements?size=100").body()).contains(title);
            System.out.printf("run command: warm boot to ready in %d ms%n", platform.bootToReady().toMillis());
        }
        assertNoneAlive(ours);
    }

    private static List<ProcessHandle> processesOf(Platform platform) throws java.io.IOException {
        List<ProcessHandle> processes = new ArrayList<>();
        ProcessHandle server = platform.server().process().toHandle();
        processes.add(server);
        processes.addAll(server.descendants().toList());
        if (platform.embeddedDatabase().isPresent()) {
            ProcessHandle postmaster = ProcessHandle.of(platform.embeddedDatabase().get().pid()).orElseThrow();
            processes.add(postmaster);
            processes.addAll(postmaster.descendants().toList());
        }
        assertThat(processes).as("a server script, its JVM and PostgreSQL").hasSizeGreaterThanOrEqualTo(3);
        return processes;
    }

    /** Stopping returns once the server and the database have stopped; their last children may need a moment. */
    private static void assertNoneAlive(List<ProcessHandle> processes) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(processes)
                .filteredOn(ProcessHandle::isAlive)
                .extracting(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .as("processes left running")
                .isEmpty());
    }

    private static String[] secretsOf(Path dataDir) throws Exception {
        var properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(dataDir.resolve("secrets.properties"))) {
            properties.load(in);
        }
        return properties.values().stream().map(Object::toString).toArray(String[]::new);
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
