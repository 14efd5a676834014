package com.bizosaas.it;

import com.bizosaas.fake.FakeAnthropic;
import com.bizosaas.fake.FakeOpenAi;
import com.bizosaas.fake.FakeSaasApis;

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
 * What an integration-test run needs before any test: WildFly port offsets under which every port is free
 * (read by arquillian.xml and the tests as system properties), and the real PostgreSQL, started on the port
 * the build reserved with a fresh data directory, before Arquillian starts WildFly (whose datasources point
 * at it through the environment failsafe sets), and fakes of the model providers the server's gateway is
 * configured to call; stopped after the last test.
 */
public class TestEnvironment implements LauncherSessionListener {

    public static final String APP_PASSWORD = "it-app-secret";
    public static final String OWNER_PASSWORD = "it-owner-secret";
    public static final String SUPERUSER_PASSWORD = "it-superuser-secret";

    private static EmbeddedDatabase database;
    private static FakeOpenAi openAi;
    private static FakeAnthropic anthropic;
    private static FakeSaasApis saas;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null) {
            return; // not a failsafe run (an IDE running a single unit test): nothing to start
        }
        int arquillianOffset = FreePorts.wildflyOffset(java.util.Set.of());
        int runOffset = FreePorts.wildflyOffset(java.util.Set.of(arquillianOffset));
        System.setProperty("it.arquillian.port-offset", String.valueOf(arquillianOffset));
        System.setProperty("it.arquillian.management-port", String.valueOf(9990 + arquillianOffset));
        System.setProperty("it.run.port-offset", String.valueOf(runOffset));
        System.setProperty("it.cluster.address", clusterAddress(0));
        // the model providers outside our walls, speaking their wire protocols; the server is pointed at them
        openAi = new FakeOpenAi().start();
        anthropic = new FakeAnthropic().start();
        System.setProperty("it.fake.openai.url", openAi.baseUrl());
        System.setProperty("it.fake.anthropic.url", anthropic.baseUrl());
        // the third-party APIs of the agents' real connectors
        saas = new FakeSaasApis().start();
        System.setProperty("it.fake.saas.url", saas.baseUrl("").replaceAll("/$", ""));
        try {
            Path dir = Path.of(System.getProperty("it.work.dir", "target"), "it-postgres");
            deleteRecursively(dir);
            database = EmbeddedDatabase.start(dir, Integer.parseInt(port), SUPERUSER_PASSWORD);
            database.bootstrap(OWNER_PASSWORD, APP_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bootstrap the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (openAi != null) {
            openAi.close();
            anthropic.close();
            saas.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The fake Stripe, SendGrid, HubSpot, Twilio and Mailchimp the agents' real connectors call. */
    public static FakeSaasApis saas() {
        return saas;
    }

    /** The fake OpenAI the server's gateway calls (second in its chain). */
    public static FakeOpenAi openAi() {
        return openAi;
    }

    /** The fake Anthropic the server's gateway calls first. */
    public static FakeAnthropic anthropic() {
        return anthropic;
    }

    /** The port offset of the Arquillian-managed WildFly. */
    public static int arquillianPortOffset() {
        return Integer.parseInt(required("it.arquillian.port-offset"));
    }

    /** The port offset of the server the run-command test starts. */
    public static int runPortOffset() {
        return Integer.parseInt(required("it.run.port-offset"));
    }

    /**
     * A multicast address of this run's own for test server {@code server} (0: Arquillian's, then the run command's
     * and the crash-recovery test's). Made from the run's port offset, which no other run on this machine holds at the
     * same time: with one fixed address, the servers of two test runs on one machine joined one cluster and took each
     * other's messages.
     */
    public static String clusterAddress(int server) {
        int offset = arquillianPortOffset();
        return "230." + (10 + server) + "." + ((offset >> 8) & 0xff) + "." + (offset & 0xff);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the integration tests with mvn verify");
        }
        return value;
    }

    /** A connection to the platform's database as the application role: what the application can do. */
    public static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedDatabase.APP_ROLE, APP_PASSWORD);
    }

    /** A connection as the superuser, for checks the application role must not be able to make. */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedDatabase.SUPERUSER, SUPERUSER_PASSWORD);
    }

    /** A connection as any role with any password: to show which the database refuses. */
    public static Connection as(String role, String password) throws SQLException {
        return DriverManager.getConnection(url(), role, password);
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
