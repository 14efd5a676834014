package com.bizosaas.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command ({@code ./run.sh}): starts the platform, prints where it is, and keeps it running
 * until Ctrl-C (or SIGTERM), then stops the server and the database so no process of ours is left.
 */
public final class Launcher {

    private Launcher() {
    }

    /** The embedded database narrates every step at INFO; a newcomer needs to see only what went wrong. */
    public static void quietLibraryLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    public static void main(String[] args) throws Exception {
        quietLibraryLogging();
        Map<String, String> env = System.getenv();
        Settings settings = Settings.fromEnvironment(env, Path.of("").toAbsolutePath());
        Optional<DatabaseAccess> external = settings.externalDbUrl().map(url -> new DatabaseAccess(url,
                env.getOrDefault("BIZOSAAS_DB_USER", EmbeddedDatabase.APP_ROLE), env.getOrDefault("BIZOSAAS_DB_PASSWORD", ""),
                env.getOrDefault("BIZOSAAS_DB_MIGRATION_USER", EmbeddedDatabase.OWNER_ROLE),
                env.getOrDefault("BIZOSAAS_DB_MIGRATION_PASSWORD", "")));

        System.out.println("BizOSaaS: starting " + (external.isPresent() ? "with the configured PostgreSQL"
                : "with the embedded PostgreSQL in " + settings.postgresDir()) + " (server log: "
                + settings.dataDir().resolve("server.log") + ")");
        Platform platform = Platform.start(settings, external);
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            stopping.set(true);
            System.out.println("BizOSaaS: stopping");
            try {
                platform.close();
            } catch (Exception e) {
                System.err.println("BizOSaaS: stop failed: " + e.getMessage());
            }
            System.out.println("BizOSaaS: stopped");
        }, "bizosaas-stop");
        Runtime.getRuntime().addShutdownHook(stopper);

        System.out.printf("BizOSaaS is up in %.1f s: %s   (API %sapi/v1, OpenAI-compatible %sv1, OpenAPI %sopenapi, health http://localhost:%d/health)%n",
                platform.bootToReady().toMillis() / 1000.0, platform.url(), platform.url(), platform.url(), platform.url(),
                settings.managementPort());
        System.out.println("Press Ctrl-C to stop.");
        int exit = platform.server().process().waitFor();
        if (exit != 0 && !stopping.get()) {
            System.err.println("BizOSaaS: WildFly exited with status " + exit + "; see " + settings.dataDir().resolve("server.log"));
            System.exit(1);
        }
    }
}
