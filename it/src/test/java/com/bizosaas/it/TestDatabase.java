package com.bizosaas.it;

import com.bizosaas.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real PostgreSQL of an integration-test run: started once, before any test (and so before Arquillian
 * starts WildFly, whose datasources point at it through the environment failsafe sets), on the port the
 * build reserved, with a fresh data directory; stopped after the last test.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String APP_PASSWORD = "it-app-secret";
    public static final String OWNER_PASSWORD = "it-owner-secret";

    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null) {
            return; // not a failsafe run (an IDE running a single unit test): nothing to start
        }
        try {
            Path dir = Path.of(System.getProperty("it.work.dir", "target"), "it-postgres");
            deleteRecursively(dir);
            database = EmbeddedDatabase.start(dir, Integer.parseInt(port));
            database.bootstrap(OWNER_PASSWORD, APP_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bootstrap the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A connection to the platform's database as the application role: what the application can do. */
    public static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedDatabase.APP_ROLE, APP_PASSWORD);
    }

    /** A connection as the superuser, for checks the application role must not be able to make. */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "postgres");
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty("it.db.port") + "/" + EmbeddedDatabase.DATABASE;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
