package com.bizosaas.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One WildFly process started from the configured distribution, with its own base directory in the data
 * directory (so the broker's journal and the deployments survive a rebuild), controlled through the same
 * jboss-cli scripts an operator uses.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;
    private final Process process;

    private WildFlyServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
    }

    /**
     * Starts the server. Secrets and database coordinates go into the process environment, where the
     * datasource expressions of configure.cli read them; the command line carries nothing secret.
     */
    public static WildFlyServer start(Settings settings, DatabaseAccess db, Map<String, String> secrets,
                                      Map<String, String> configuration, Path log) throws IOException {
        Path home = settings.wildflyHome();
        if (!Files.isExecutable(home.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("no configured WildFly at " + home + ": build first (mvn package)");
        }
        prepareBaseDir(home.resolve("standalone"), settings.serverBaseDir());
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full-ha.xml",
                "-Djboss.server.base.dir=" + settings.serverBaseDir(),
                "-Djboss.socket.binding.port-offset=" + settings.portOffset(),
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.bind.address.private=127.0.0.1",
                "-Djboss.default.multicast.address=" + settings.clusterAddress(),
                "-Djboss.node.name=bizosaas-" + settings.httpPort(),
                "-Djboss.tx.node.id=bizosaas-" + settings.httpPort()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JBOSS_HOME", home.toString());
        // standalone.sh forwards SIGTERM to the JVM only when it runs it in the background
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JAVA_OPTS", "-Xms256m -Xmx" + settings.heap() + " -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=384m"
                + " -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Dai.djl.offline=true");
        env.put("BIZOSAAS_DB_URL", db.jdbcUrl());
        env.put("BIZOSAAS_DB_USER", db.appUser());
        env.put("BIZOSAAS_DB_PASSWORD", db.appPassword());
        env.put("BIZOSAAS_DB_MIGRATION_USER", db.ownerUser());
        env.put("BIZOSAAS_DB_MIGRATION_PASSWORD", db.ownerPassword());
        env.putAll(secrets);
        env.putAll(configuration);
        // a newcomer's platform starts alive; operators' own servers keep demo data off (its default)
        env.putIfAbsent("BIZOSAAS_DEMO_DATA_ENABLED", "true");
        env.put("OPT_OUT_TRACKING", "true");
        return new WildFlyServer(settings, builder.start());
    }

    /**
     * The server's base directory lives in the data directory. Its configuration is refreshed from the
     * freshly configured distribution on every start (so a rebuild's configuration applies); its data,
     * including the broker's journal of accepted messages, is kept.
     */
    static void prepareBaseDir(Path template, Path baseDir) throws IOException {
        Path configuration = baseDir.resolve("configuration");
        Files.createDirectories(configuration);
        Files.createDirectories(baseDir.resolve("deployments"));
        try (Stream<Path> files = Files.list(template.resolve("configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** Waits until the management interface answers, or fails if the process dies first. */
    public void awaitManagement(Duration timeout) throws InterruptedException {
        awaitHttp(URI.create("http://127.0.0.1:" + settings.managementPort() + "/health/live"), timeout, false);
    }

    /** Waits until MicroProfile Health says ready (deployed, database and broker reachable). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        awaitHttp(URI.create("http://127.0.0.1:" + settings.managementPort() + "/health/ready"), timeout, true);
    }

    private void awaitHttp(URI uri, Duration timeout, boolean needOk) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with status " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (!needOk || response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("WildFly did not answer " + uri + " within " + timeout.toSeconds() + " s");
    }

    /** Runs one of the operators' CLI scripts against this running server. */
    public void cli(String script, String... properties) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--file=" + settings.cliScript(script)));
        arguments.addAll(List.of(properties));
        runCli(script, arguments);
    }

    /** Runs one management operation against this running server, e.g. pausing a message-driven bean's delivery. */
    public void cliCommand(String operation) throws IOException, InterruptedException {
        runCli(operation, List.of("--command=" + operation));
    }

    private void runCli(String what, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                settings.wildflyHome().resolve("bin/jboss-cli.sh").toString(),
                "--connect", "--controller=127.0.0.1:" + settings.managementPort()));
        command.addAll(arguments);
        Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes());
        if (!cli.waitFor(5, TimeUnit.MINUTES) || cli.exitValue() != 0) {
            throw new IllegalStateException(what + " failed:\n" + output);
        }
    }

    /** Stops the server gracefully, and forcibly (with every child process) if it does not stop in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
