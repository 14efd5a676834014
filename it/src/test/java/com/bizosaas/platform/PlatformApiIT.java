package com.bizosaas.platform;

import com.bizosaas.it.Api;
import com.bizosaas.it.Cli;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The foundation slice through every layer, from the outside: the JSON API and its errors, the status
 * page, OpenAPI, health, the JMS round trip, Fault Tolerance and the database roles, on the real WildFly
 * with the EAR the build produced, a real PostgreSQL and the broker embedded in WildFly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

    private static final String ANNOUNCEMENTS = "api/v1/platform/announcements";

    private final Api anonymous = Api.arquillianServer();
    private final Api management = Api.arquillianManagement();
    private Api api;

    @BeforeEach
    void signIn() {
        api = anonymous.signedInAs("admin@bizoholic.com");
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void statusReportsDatabaseBrokerSchemaAndTheConfiguredName() {
        Api.Reply reply = api.get("api/v1/platform/status");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject status = reply.json();
        assertThat(status.getBoolean("up")).isTrue();
        assertThat(status.getJsonObject("database").getBoolean("up")).isTrue();
        assertThat(status.getJsonObject("database").getString("detail")).contains("as bizosaas_app");
        assertThat(status.getJsonObject("broker").getBoolean("up")).isTrue();
        assertThat(status.getString("schemaVersion")).isEqualTo(latestMigration());
        // set by failsafe as BIZOSAAS_PLATFORM_NAME: MicroProfile Config reads the environment
        assertThat(status.getString("platformName")).isEqualTo("BizOSaaS under test");
    }

    @Test
    void publishedAnnouncementIsServedListedFilteredAndJournaledThroughJms() {
        String title = "Maintenance " + UUID.randomUUID();

        Api.Reply created = api.postJson(ANNOUNCEMENTS,
                "{\"title\":\"" + title + "\",\"body\":\"Tonight 22:00 UTC\",\"severity\":\"WARNING\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.header("Location")).endsWith("/" + ANNOUNCEMENTS + "/" + id);
        assertThat(api.get(ANNOUNCEMENTS + "/" + id).json().getString("title")).isEqualTo(title);
        assertThat(titles(api.get(ANNOUNCEMENTS + "?severity=WARNING&size=100").json())).contains(title);
        assertThat(titles(api.get(ANNOUNCEMENTS + "?severity=CRITICAL&size=100").json())).doesNotContain(title);

        // the domain event was published in the same transaction and consumed by the journal's MDB
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("api/v1/platform/events?type=platform.announcement.published&size=100").body())
                .contains(id));
    }

    @Test
    void listsArePaged() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson(ANNOUNCEMENTS, "{\"title\":\"Paging " + i + "\",\"body\":\"\",\"severity\":\"INFO\"}").status())
                    .isEqualTo(201);
        }

        JsonObject page = api.get(ANNOUNCEMENTS + "?page=1&size=2").json();

        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonArray("items")).hasSizeLessThanOrEqualTo(2);
        assertThat(page.getJsonNumber("totalItems").longValue()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyTheSuperAdminPublishesAndReadsTheJournalWhileAnyoneReadsAnnouncements() {
        String body = "{\"title\":\"Not yours to say\",\"body\":\"\",\"severity\":\"INFO\"}";

        assertProblem(anonymous.postJson(ANNOUNCEMENTS, body), 401, "/problems/unauthorized");
        assertThat(anonymous.postJson(ANNOUNCEMENTS, body).header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(anonymous.signedInAs("admin@coreldove.com").postJson(ANNOUNCEMENTS, body), 403, "/problems/forbidden");
        assertProblem(anonymous.get("api/v1/platform/events"), 401, "/problems/unauthorized");
        assertProblem(anonymous.signedInAs("admin@coreldove.com").get("api/v1/platform/events"), 403, "/problems/forbidden");
        assertThat(anonymous.get(ANNOUNCEMENTS).status()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/platform/status").status()).isEqualTo(200);
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsWritten() throws SQLException {
        long before = count("announcement");

        Api.Reply reply = api.postJson(ANNOUNCEMENTS, "{\"title\":\"  \",\"body\":\"" + "x".repeat(4001) + "\"}");

        assertProblem(reply, 400, "/problems/invalid-request");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("title", "body", "severity");
        assertThat(count("announcement")).isEqualTo(before);
    }

    @Test
    void malformedOrMistypedJsonIsA400Problem() throws SQLException {
        long before = count("announcement");

        assertProblem(api.postJson(ANNOUNCEMENTS, "{\"title\": \"unterminated"), 400, "/problems/malformed-request");
        assertProblem(api.postJson(ANNOUNCEMENTS, "{\"title\":\"t\",\"body\":\"b\",\"severity\":\"LOUD\"}"), 400,
                "/problems/malformed-request");
        assertProblem(api.postJson(ANNOUNCEMENTS, "[1,2,3]"), 400, "/problems/malformed-request");
        assertThat(count("announcement")).isEqualTo(before);
    }

    @Test
    void missingBodyNamesTheBody() {
        Api.Reply reply = api.postJson(ANNOUNCEMENTS, "");

        assertProblem(reply, 400, "/problems/invalid-request");
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("JSON body is required");
    }

    @Test
    void httpLevelRefusalsAreProblemsToo() {
        assertProblem(api.get("api/v1/no/such/thing"), 404, "/problems/not-found");
        assertProblem(api.get(ANNOUNCEMENTS + "/" + UUID.randomUUID()), 404, "/problems/not-found");
        assertProblem(api.get(ANNOUNCEMENTS + "/not-a-uuid"), 404, "/problems/not-found");

        Api.Reply wrongMethod = api.delete(ANNOUNCEMENTS);
        assertProblem(wrongMethod, 405, "/problems/method-not-allowed");
        assertThat(wrongMethod.header("Allow")).contains("GET", "POST");

        assertProblem(api.post(ANNOUNCEMENTS, "text/plain", "hello"), 415, "/problems/unsupported-media-type");

        Api.Reply oversized = api.get(ANNOUNCEMENTS + "?size=1000");
        assertProblem(oversized, 400, "/problems/invalid-request");
        assertThat(oversized.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("size");

        Api.Reply unknownSeverity = api.get(ANNOUNCEMENTS + "?severity=LOUD");
        assertProblem(unknownSeverity, 400, "/problems/invalid-request");
        assertThat(unknownSeverity.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("severity");
        assertThat(unknownSeverity.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("INFO, WARNING, CRITICAL");
    }

    @Test
    void openApiDescribesTheApi() {
        Api.Reply reply = api.get("openapi?format=JSON");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonObject("paths").keySet())
                .contains("/api/v1/platform/status", "/api/v1/platform/announcements", "/api/v1/platform/announcements/{id}",
                        "/api/v1/platform/events");
    }

    @Test
    void readinessChecksTheDatabaseAndTheBroker() {
        Api.Reply reply = management.get("health/ready");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("UP");
        assertThat(reply.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name"))
                .contains("database", "broker");
    }

    @Test
    void statusPageRendersTheSharedConsoleLayout() {
        // the status page is for signed-in users: a visitor is sent to sign in (ConsolePagesIT covers every page)
        Api.Reply status = anonymous.get("");
        assertThat(status.status()).isIn(301, 302, 303);
        assertThat(status.header("Location")).endsWith("/login.xhtml");

        Api.Reply login = anonymous.get("login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.contentType()).startsWith("text/html");
        // the shared layout; the menu holds nothing a visitor would be refused, only the consoles to come
        assertThat(login.body()).contains("console-menu", "Business directory", "PRD canvas", "coming soon", "primefaces")
                .doesNotContain("Super admin", "Tenant admin", "Model providers");
        assertThat(login.body()).doesNotContain("it-app-secret", "it-owner-secret");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    /**
     * The broker probe is protected by Fault Tolerance: when the agent-tasks queue disappears, the probe's
     * exception becomes a DOWN answer (fallback) instead of an error, readiness turns DOWN, and both recover
     * when the queue is back.
     */
    @Test
    void faultToleranceTurnsABrokenBrokerIntoADownAnswer() throws Exception {
        Cli.onArquillianServer("/subsystem=messaging-activemq/server=default/jms-queue=AgentTasks:remove");
        try {
            JsonObject status = api.get("api/v1/platform/status").json();
            assertThat(status.getBoolean("up")).isFalse();
            assertThat(status.getJsonObject("broker").getBoolean("up")).isFalse();
            assertThat(status.getJsonObject("broker").getString("detail")).contains("unreachable");
            assertThat(management.get("health/ready").status()).isEqualTo(503);
        } finally {
            Cli.onArquillianServer("/subsystem=messaging-activemq/server=default/jms-queue=AgentTasks:add("
                    + "entries=[java:/jms/queue/bizosaas/AgentTasks], durable=true)");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("api/v1/platform/status").json().getBoolean("up")).isTrue());
    }

    @Test
    void applicationRoleOwnsNothingCannotBypassRowLevelSecurityAndCannotRewriteTheJournal() throws SQLException {
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement()) {
            ResultSet role = sql.executeQuery("select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = 'bizosaas_app'");
            assertThat(role.next()).isTrue();
            assertThat(List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3), role.getBoolean(4)))
                    .containsOnly(false);
            ResultSet owned = sql.executeQuery("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner "
                    + "where r.rolname = 'bizosaas_app'");
            owned.next();
            assertThat(owned.getLong(1)).isZero();
            ResultSet tables = sql.executeQuery("select count(*) from pg_tables where schemaname = 'bizosaas' and tableowner = 'bizosaas_owner'");
            tables.next();
            assertThat(tables.getLong(1)).isGreaterThanOrEqualTo(4); // platform and tenancy tables, Flyway's history
        }
        try (Connection app = TestEnvironment.asApplication(); Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.execute("create table bizosaas.intruder (id int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("update bizosaas.domain_event_journal set type = 'forged'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("delete from bizosaas.domain_event_journal"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("delete from bizosaas.announcement"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("drop table bizosaas.announcement"))
                    .hasMessageContaining("must be owner");
        }
    }

    /** The highest V&lt;n&gt;__ migration in the jpa module: what the deployment must have brought the schema to. */
    private static String latestMigration() {
        try (var files = java.nio.file.Files.list(Deployments.projectDir().resolve("jpa/src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("title")).toList();
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
    }

    private static long count(String table) throws SQLException {
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement();
             ResultSet rs = sql.executeQuery("select count(*) from bizosaas." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
