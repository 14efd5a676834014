package com.bizosaas.tenancy;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import com.bizosaas.launcher.EmbeddedDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Isolation (T3) for every tenant-owned table — found in PostgreSQL's catalogue (every table with a
 * {@code tenant_id}), held against the domains' declarations ({@link TenantTableCatalogue}) — and the registry's
 * rights: a user of CorelDove tries to read, list, change and create ThrillRing's data through the API (by id, in
 * bodies) and the application role tries it in SQL. All of it must come back empty, 404 or refused, and
 * ThrillRing's data must be unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    /** The tables the probe below writes rows to, so that their emptiness without a tenant means something. */
    private static final List<String> PROBE_WRITES = List.of("app_user", "api_token", "audit_event", "api_rate_window", "credential",
            "model_call", "model_spend_day", "model_budget", "semantic_cache_entry", "agent_task",
            "agent_configuration", "agent_tool_call", "agent_alert_rule", "agent_insight", "workflow", "workflow_run", "workflow_step");

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoTenantOwnedRow() throws SQLException {
        // makes sure every tenant-owned table has rows
        Api thrillRing = anonymous.signedInAs("admin@thrillring.com");
        assertThat(thrillRing.put("api/v1/vault/isolation-probe", Api.jsonObject("secret", "probe-secret-0001")).status()).isEqualTo(200);
        assertThat(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 25, \"monthlyUsd\": 25}").status()).isEqualTo(200);
        Api.Reply chat = thrillRing.postJson("v1/chat/completions", "{\"model\": \"cheap\", \"messages\": "
                + "[{\"role\": \"user\", \"content\": \"Isolation probe: what do ThrillRing members get?\"}]}");
        assertThat(chat.status()).as(chat.body()).isEqualTo(200);
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String agent = manager.get("api/v1/agents?pattern=2&size=1").json().getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(manager.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Isolation probe\"}").status()).isEqualTo(202);
        assertThat(anonymous.signedInAs("admin@coreldove.com").put("api/v1/agents/" + agent + "/configuration",
                "{\"maxTokens\": 801, \"note\": \"isolation probe\"}").status()).isEqualTo(200);
        assertThat(anonymous.signedInAs("admin@coreldove.com").postJson("api/v1/agents/alerts/rules", "{\"name\": \"Isolation probe "
                + UUID.randomUUID() + "\", \"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 1000}").status()).isEqualTo(201);
        String hubSpot = manager.get("api/v1/agents?integration=HubSpot&size=10").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("role").equals("Analytics")).findFirst()
                .orElseThrow().getString("id");
        String toolTask = manager.postJson("api/v1/agents/" + hubSpot + "/tasks", "{\"input\": \"Isolation probe\", \"tool\":"
                + " {\"name\": \"hubspot_search_contacts\", \"arguments\": {\"query\": \"probe\"}}}").json().getString("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                manager.get("api/v1/agents/tasks/" + toolTask + "/tool-calls").body().contains("DONE"));
        assertThat(manager.postJson("api/v1/agents/" + hubSpot + "/tasks", "{\"input\": \"Isolation probe.\\nInsight: isolation probe\"}")
                .status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                manager.get("api/v1/agents/insights?size=100").body().contains("isolation probe"));
        Api corelDoveAdmin = anonymous.signedInAs("admin@coreldove.com");
        String workflow = corelDoveAdmin.postJson("api/v1/workflows", "{\"name\": \"Isolation probe " + UUID.randomUUID()
                + "\", \"definition\": {\"steps\": [{\"id\": \"probe\", \"type\": \"approval\"}]}}").json().getString("id");
        String run = corelDoveAdmin.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"probe\"}").json().getString("id");
        assertThat(corelDoveAdmin.postJson("api/v1/workflows/runs/" + run + "/cancel", "").status()).isEqualTo(200);
        List<String> guarded = guardedTables();
        assertThat(guarded).containsAll(PROBE_WRITES);
        try (Connection app = TestEnvironment.asApplication(); Statement sql = app.createStatement()) {
            for (String table : guarded) {
                assertThat(count(sql, "select count(*) from bizosaas." + table)).as(table).isZero();
            }
            sql.execute("select set_config('app.current_tenant', '', false)");
            for (String table : guarded) {
                assertThat(count(sql, "select count(*) from bizosaas." + table)).as(table + " with an empty tenant").isZero();
            }
        }
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement()) {
            for (String table : PROBE_WRITES) {
                assertThat(count(sql, "select count(*) from bizosaas." + table)).as(table + " really has rows").isPositive();
            }
        }
    }

    @Test
    void everyTableWithATenantIdIsDeclaredGuardedAndLeavesWithItsTenant() throws SQLException {
        JsonArray dataMap = anonymous.signedInAs("admin@bizoholic.com").get("api/v1/tenant-data").jsonArray();
        try (Connection su = TestEnvironment.asSuperuser()) {
            Map<String, TenantTableCatalogue.Table> catalogue = TenantTableCatalogue.read(su, "bizosaas", EmbeddedDatabase.APP_ROLE);
            assertThat(catalogue).containsKeys("app_user", "agent_task", "workflow_step", "login_identity");
            assertThat(TenantTableCatalogue.findings(catalogue, dataMap)).isEmpty();
            assertThat(TenantTableCatalogue.keyFindings(su, "bizosaas")).isEmpty();
        }
        assertThat(anonymous.signedInAs("admin@coreldove.com").get("api/v1/tenant-data").status()).isEqualTo(403);
    }

    @Test
    void aTableAMigrationForgotToGuardFailsTheCheck() throws Exception {
        JsonArray dataMap = anonymous.signedInAs("admin@bizoholic.com").get("api/v1/tenant-data").jsonArray();
        // as if a domain declared the half-guarded table: exported, deleted with its tenant, under row-level security
        JsonArray declaredToo = Json.createArrayBuilder(dataMap).add(Json.createObjectBuilder().add("domain", "probe")
                .add("table", "half_guarded_note").add("file", "notes.json").add("keptAfterOffboarding", false)
                .add("guard", "ROW_LEVEL_SECURITY").addNull("why")).build();
        try (Connection su = TestEnvironment.asSuperuser()) {
            su.setAutoCommit(false);
            try (Statement sql = su.createStatement()) {
                sql.execute(new String(TenantIsolationIT.class.getResourceAsStream("/db/forgotten-tables.sql").readAllBytes(),
                        StandardCharsets.UTF_8));
                List<String> findings = TenantTableCatalogue.findings(
                        TenantTableCatalogue.read(su, "bizosaas", EmbeddedDatabase.APP_ROLE), declaredToo);
                assertThat(findings).containsExactlyInAnyOrder(
                        "forgotten_note: has a tenant_id column but no domain declares it (TenantData): "
                                + "it would be missing from export, offboarding and these checks",
                        "half_guarded_note: row-level security is not forced (its owner would bypass it)",
                        "half_guarded_note: not every policy confines rows to app.current_tenant (0 of 1)",
                        "half_guarded_note: its rows do not go with their tenant (no ON DELETE CASCADE from tenant_id)");
                assertThat(TenantTableCatalogue.keyFindings(su, "bizosaas")).containsExactly("forgotten_note: its foreign key"
                        + " forgotten_note_author_id_fkey to app_user leaves tenant_id out: a row could point at another tenant's");
            } finally {
                su.rollback();
            }
        }
    }

    @Test
    void theDatabaseSuperuserIsReachedOnlyWithItsPassword() {
        // zonky's initdb trusted every local connection: the bootstrap makes each prove a password
        for (String password : new String[]{"", "postgres", TestEnvironment.APP_PASSWORD}) {
            assertThatThrownBy(() -> TestEnvironment.as(EmbeddedDatabase.SUPERUSER, password).close())
                    .as("the superuser with \"" + password + "\"").isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
        assertThatThrownBy(() -> TestEnvironment.as(EmbeddedDatabase.APP_ROLE, "not-its-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void noWriterLinksARowToAnotherTenantsRowNotEvenTheSuperuser() throws SQLException {
        anonymous.signedInAs("admin@coreldove.com"); // a token row of CorelDove's
        try (Connection su = TestEnvironment.asSuperuser()) {
            su.setAutoCommit(false);
            try (Statement sql = su.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("update bizosaas.api_token t set user_id = (select u.id from"
                        + " bizosaas.app_user u where u.tenant_id <> t.tenant_id limit 1) where t.jti = (select jti from"
                        + " bizosaas.api_token limit 1)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("violates foreign key constraint \"api_token_user\"");
            } finally {
                su.rollback();
            }
        }
    }

    @Test
    void inSqlATenantSeesOnlyItsRowsAndCannotWriteAnotherTenantsRows() throws SQLException {
        UUID corelDove = tenantId("coreldove");
        UUID thrillRing = tenantId("thrillring");
        try (Connection app = TestEnvironment.asApplication()) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.current_tenant', '" + corelDove + "', true)");
                assertThat(count(sql, "select count(*) from bizosaas.app_user where tenant_id <> '" + corelDove + "'")).isZero();
                assertThat(count(sql, "select count(*) from bizosaas.app_user where email = 'admin@thrillring.com'")).isZero();
                assertThat(count(sql, "select count(*) from bizosaas.app_user")).isPositive();
                assertThat(sql.executeUpdate("update bizosaas.app_user set display_name = 'hijacked' "
                        + "where email = 'admin@thrillring.com'")).as("invisible rows are not updated").isZero();
                assertThatThrownBy(() -> sql.executeUpdate("delete from bizosaas.audit_event where tenant_id = '" + thrillRing + "'"))
                        .as("the audit trail is append-only").hasMessageContaining("permission denied");
            }
            app.rollback();
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.current_tenant', '" + corelDove + "', true)");
                assertThatThrownBy(() -> sql.execute("insert into bizosaas.app_user (id, tenant_id, email, display_name, role, status, created_at) "
                        + "values (gen_random_uuid(), '" + thrillRing + "', 'planted@thrillring.com', 'Planted', 'TENANT_ADMIN', 'ACTIVE', now())"))
                        .hasMessageContaining("row-level security");
            }
            app.rollback();
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.current_tenant', '" + corelDove + "', true)");
                assertThatThrownBy(() -> sql.executeUpdate("update bizosaas.app_user set tenant_id = '" + thrillRing
                        + "' where email = 'client@coreldove.com'")).hasMessageContaining("row-level security");
            }
            app.rollback();
        }
        assertThat(displayNameOf("admin@thrillring.com")).isEqualTo("ThrillRing Admin");
    }

    @Test
    void aTenantsTransactionCannotChangeTheTenantRegistryNotAnotherTenantsRowNorItsOwn() throws SQLException {
        UUID corelDove = tenantId("coreldove");
        UUID thrillRing = tenantId("thrillring");
        try (Connection app = TestEnvironment.asApplication()) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.current_tenant', '" + corelDove + "', true)");
                assertThat(count(sql, "select count(*) from bizosaas.tenant where id = '" + thrillRing + "'"))
                        .as("the registry is readable").isOne();
                assertThat(sql.executeUpdate("update bizosaas.tenant set name = 'Hijacked', status = 'SUSPENDED' where id = '"
                        + thrillRing + "'")).as("another tenant's row").isZero();
                assertThat(sql.executeUpdate("update bizosaas.tenant set tier = 'TIER_3' where id = '" + corelDove + "'"))
                        .as("its own row: a tier is the agency's to give").isZero();
                assertThat(sql.executeUpdate("delete from bizosaas.tenant where id = '" + thrillRing + "'")).isZero();
                assertThatThrownBy(() -> sql.execute("insert into bizosaas.tenant (id, name, slug, tier, status, created_at, status_since)"
                        + " values (gen_random_uuid(), 'Planted', 'planted', 'TIER_3', 'ACTIVE', now(), now())"))
                        .hasMessageContaining("row-level security");
            }
            app.rollback();
            // the journal of domain events: its own entries and the platform-wide ones, never another tenant's
            UUID thrillRingEvent = UUID.randomUUID();
            UUID platformEvent = UUID.randomUUID();
            try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement()) {
                sql.execute("insert into bizosaas.domain_event_journal (event_id, type, version, tenant_id, occurred_at,"
                        + " received_at, payload) values ('" + thrillRingEvent + "', 'it.probe', 1, '" + thrillRing
                        + "', now(), now(), '{}'), ('" + platformEvent + "', 'it.probe', 1, null, now(), now(), '{}')");
            }
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.current_tenant', '" + corelDove + "', true)");
                assertThat(count(sql, "select count(*) from bizosaas.domain_event_journal where event_id = '" + thrillRingEvent + "'"))
                        .as("another tenant's entry").isZero();
                assertThat(count(sql, "select count(*) from bizosaas.domain_event_journal where event_id = '" + platformEvent + "'"))
                        .as("a platform-wide entry").isOne();
                assertThatThrownBy(() -> sql.execute("insert into bizosaas.domain_event_journal (event_id, type, version, tenant_id,"
                        + " occurred_at, received_at, payload) values (gen_random_uuid(), 'forged', 1, '" + thrillRing
                        + "', now(), now(), '{}')")).hasMessageContaining("row-level security");
            } finally {
                app.rollback();
                try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement()) {
                    sql.execute("delete from bizosaas.domain_event_journal where event_id in ('" + thrillRingEvent + "', '"
                            + platformEvent + "')");
                }
            }
        }
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement();
             ResultSet row = sql.executeQuery("select name, status from bizosaas.tenant where id = '" + thrillRing + "'")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("ThrillRing");
            assertThat(row.getString(2)).isEqualTo("ACTIVE");
        }
    }

    @Test
    void throughTheApiAnotherTenantsUsersAreInvisibleAndUnreachable() throws SQLException {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        UUID thrillRingAdmin = userId("admin@thrillring.com");

        List<String> emails = corelDove.get("api/v1/users?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("email")).toList();
        assertThat(emails).isNotEmpty().allMatch(e -> e.endsWith("@coreldove.com"));
        assertThat(corelDove.get("api/v1/users/" + thrillRingAdmin).status()).isEqualTo(404);

        // a forged tenantId in the body is ignored: the user lands in the caller's tenant
        String email = "new." + UUID.randomUUID().toString().substring(0, 8) + "@coreldove.com";
        Api.Reply created = corelDove.postJson("api/v1/users", "{\"email\":\"" + email + "\",\"displayName\":\"New Colleague\","
                + "\"role\":\"MANAGER\",\"password\":\"Sturdy-Passw0rd!\",\"tenantId\":\"" + tenantId("thrillring") + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("tenantId")).isEqualTo(tenantId("coreldove").toString());

        List<String> thrillRingAudit = anonymous.signedInAs("admin@thrillring.com").get("api/v1/audit?size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("actor")).toList();
        assertThat(thrillRingAudit).isNotEmpty().noneMatch(actor -> actor.endsWith("@coreldove.com"));
        String csv = anonymous.signedInAs("admin@thrillring.com").get("api/v1/audit/export?size=100").body();
        assertThat(csv).startsWith("occurredAt,actor,action").contains("admin@thrillring.com").doesNotContain("@coreldove.com");
        assertThat(displayNameOf("admin@thrillring.com")).isEqualTo("ThrillRing Admin");
    }

    @Test
    void anotherTenantsSecretsCannotBeListedReplacedOrDeleted() {
        Api thrillRing = anonymous.signedInAs("admin@thrillring.com");
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        assertThat(thrillRing.put("api/v1/vault/stripe", Api.jsonObject("secret", "sk_live_thrillring_4242")).status()).isEqualTo(200);

        assertThat(corelDove.get("api/v1/vault").body()).doesNotContain("4242");
        assertThat(corelDove.delete("api/v1/vault/stripe").status()).isEqualTo(404);
        assertThat(corelDove.put("api/v1/vault/stripe", Api.jsonObject("secret", "sk_live_coreldove_1111")).status()).isEqualTo(200);

        assertThat(thrillRing.get("api/v1/vault").body()).contains("••••4242").doesNotContain("1111");
    }

    @Test
    void theRegistryShowsOthersOnlyToTheSuperAdmin() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        UUID thrillRing = tenantId("thrillring");

        assertThat(corelDove.get("api/v1/tenants").body()).contains("CorelDove").doesNotContain("ThrillRing");
        assertThat(corelDove.get("api/v1/tenants/" + thrillRing).status()).isEqualTo(404);
        assertThat(corelDove.postJson("api/v1/tenants/" + thrillRing + "/suspend", "").status()).isEqualTo(403);
        assertThat(corelDove.postJson("api/v1/tenants", "{\"name\":\"Rogue\",\"slug\":\"rogue\",\"tier\":\"TIER_1\"}").status())
                .isEqualTo(403);
        // each refused reach into the registry is on the trail of the tenant it came from
        assertThat(corelDove.get("api/v1/audit?size=100&action=access.refused").body())
                .contains("Tenants.suspend", "Tenants.create", "TENANT_ADMIN is not among");
        assertThat(superAdmin.get("api/v1/tenants").body())
                .contains("Bizoholic", "CorelDove", "Business Directory", "ThrillRing", "QuantTrade");
        JsonObject tier = superAdmin.get("api/v1/tenants/" + thrillRing).json().getJsonObject("entitlements");
        assertThat(tier.getInt("apiRequestsPerMinute")).isEqualTo(1000);
        assertThat(tier.getJsonNumber("monthlyPriceUsd").intValue()).isEqualTo(97);
    }

    @Test
    void aTokenCannotBeForgedOrUsedAfterRevocation() {
        String token = tokenOf("manager@coreldove.com");
        Api manager = anonymous.withToken(token);
        assertThat(manager.get("api/v1/me").json().getString("email")).isEqualTo("manager@coreldove.com");

        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
        assertThat(anonymous.withToken(forged).get("api/v1/me").status()).isEqualTo(401);
        assertThat(manager.get("api/v1/users").status()).as("a manager does not manage users").isEqualTo(403);

        assertThat(manager.delete("api/v1/auth/token").status()).isEqualTo(204);
        assertThat(manager.get("api/v1/me").status()).isEqualTo(401);
    }

    private String tokenOf(String email) {
        return anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", Api.DEMO_PASSWORD))
                .json().getString("access_token");
    }

    static UUID tenantId(String slug) {
        return uuid("select id from bizosaas.tenant where slug = ?", slug);
    }

    static UUID userId(String email) {
        return uuid("select id from bizosaas.app_user where email = ?", email);
    }

    static String displayNameOf(String email) throws SQLException {
        try (Connection su = TestEnvironment.asSuperuser();
             PreparedStatement ps = su.prepareStatement("select display_name from bizosaas.app_user where email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static UUID uuid(String query, String value) {
        try (Connection su = TestEnvironment.asSuperuser(); PreparedStatement ps = su.prepareStatement(query)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(value).isTrue();
                return (UUID) rs.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tables with a tenant_id that row-level security guards (all but the declared sign-in lookups). */
    private List<String> guardedTables() throws SQLException {
        try (Connection su = TestEnvironment.asSuperuser()) {
            return TenantTableCatalogue.read(su, "bizosaas", EmbeddedDatabase.APP_ROLE).values().stream()
                    .filter(TenantTableCatalogue.Table::rowSecurity).map(TenantTableCatalogue.Table::name).toList();
        }
    }
}
