package com.bizosaas.tenancy;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import com.bizosaas.vault.control.CredentialCipher;
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
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The services a tenant gets: its own first administrator through the super-admin's audited cross-tenant
 * path, the tier's API rate limit, and the credential vault.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantServicesIT {

    /** The it module configures these two vault keys: it2 seals, it1 only opens. */
    private static final String OLD_KEY = "it1:aXQtdmF1bHQta2V5LW51bWJlci1vbmUtMzJieXRlcyE=";
    private static final String KEYS = "it2:aXQtdmF1bHQta2V5LW51bWJlci10d28tMzJieXRlcyE=," + OLD_KEY;

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void aNewClientGetsItsFirstAdministratorThroughTheAuditedCrossTenantPathAndHitsItsRateLimit() throws Exception {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        String slug = "limited-" + UUID.randomUUID().toString().substring(0, 6);
        String tenantId = superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "Limited " + slug, "slug", slug, "tier", "TIER_1"))
                .json().getString("id");
        String email = "admin@" + slug + ".test";

        Api.Reply admin = superAdmin.postJson("api/v1/tenants/" + tenantId + "/users",
                Api.jsonObject("email", email, "displayName", "First Admin", "role", "TENANT_ADMIN", "password", "Sturdy-Passw0rd!"));
        assertThat(admin.status()).as(admin.body()).isEqualTo(201);
        assertThat(admin.json().getString("tenantId")).isEqualTo(tenantId);
        assertThat(superAdmin.get("api/v1/tenants/" + tenantId + "/users").body()).contains(email);
        assertThat(superAdmin.get("api/v1/audit?action=cross-tenant.user.created&size=100").body()).contains(email);
        assertThat(anonymous.signedInAs("admin@coreldove.com").get("api/v1/tenants/" + tenantId + "/users").status()).isEqualTo(403);

        Api client = anonymous.signedInAs(email, "Sturdy-Passw0rd!");
        // the limit counts per minute: start the burst early in one, so it ends in the same one
        await().atMost(Duration.ofSeconds(45)).until(() -> LocalTime.now(ZoneOffset.UTC).getSecond() < 30);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            calls.add(pool.submit(() -> client.get("api/v1/me").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> call : calls) {
            statuses.add(call.get());
        }
        pool.shutdown();
        Api.Reply over = client.get("api/v1/me");

        assertThat(statuses).as("TIER_1 allows 1000 a minute").containsOnly(200).hasSize(1000);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.contentType()).startsWith("application/problem+json");
        assertThat(over.json().getString("type")).isEqualTo("/problems/too-many-requests");
        assertThat(Integer.parseInt(over.header("Retry-After"))).isBetween(1, 60);
        assertThat(anonymous.signedInAs("admin@coreldove.com").get("api/v1/me").status())
                .as("another tenant is not limited").isEqualTo(200);
        assertThat(anonymous.signedInAs("admin@coreldove.com").get("api/v1/usage").json().getJsonNumber("apiCallsLastHour").longValue())
                .as("CorelDove's count is its own").isLessThan(1000);
    }

    @Test
    void secretsAreEncryptedAtRestShownMaskedAuditedAndRotated() throws Exception {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");

        Api.Reply stored = corelDove.put("api/v1/vault/sendgrid", Api.jsonObject("secret", "SG.very-secret-value-9876"));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("••••9876").doesNotContain("very-secret");
        assertThat(corelDove.get("api/v1/vault").body()).contains("sendgrid").doesNotContain("very-secret");
        assertThat(new String(bytesOf("sendgrid"), StandardCharsets.ISO_8859_1)).doesNotContain("very-secret");
        assertThat(corelDove.get("api/v1/audit?action=credential.stored&size=100").body()).contains("credential:sendgrid")
                .doesNotContain("very-secret");

        // a short secret is never shown in part: four characters would be half of it
        Api.Reply shortOne = corelDove.put("api/v1/vault/pin", Api.jsonObject("secret", "pass4321"));
        assertThat(shortOne.status()).as(shortOne.body()).isEqualTo(200);
        assertThat(shortOne.body()).contains("••••").doesNotContain("4321");
        assertThat(corelDove.get("api/v1/vault").body()).contains("pin").doesNotContain("4321");
        assertThat(corelDove.put("api/v1/vault/Bad%20Name", Api.jsonObject("secret", "whatever")).status()).isEqualTo(400);
        assertThat(corelDove.put("api/v1/vault/empty", Api.jsonObject("secret", "")).status()).isEqualTo(400);
        assertThat(anonymous.signedInAs("manager@coreldove.com").get("api/v1/vault").status()).isEqualTo(403);

        // a secret sealed under the old key, as before a rotation
        UUID tenant = TenantIsolationIT.tenantId("coreldove");
        var old = new CredentialCipher(OLD_KEY).seal("legacy-token-5555", tenant + "/legacy");
        try (Connection su = TestEnvironment.asSuperuser(); PreparedStatement insert = su.prepareStatement(
                "insert into bizosaas.credential (id, tenant_id, name, ciphertext, nonce, key_id, last4, created_at) "
                        + "values (gen_random_uuid(), ?, 'legacy', ?, ?, 'it1', '5555', now())")) {
            insert.setObject(1, tenant);
            insert.setBytes(2, old.ciphertext());
            insert.setBytes(3, old.nonce());
            insert.executeUpdate();
        }
        JsonObject rotated = corelDove.postJson("api/v1/vault/rotate", "").json();

        assertThat(rotated.getInt("resealed")).isEqualTo(1);
        assertThat(columnOf("legacy", "key_id")).isEqualTo("it2");
        try (Connection su = TestEnvironment.asSuperuser(); PreparedStatement read = su.prepareStatement(
                "select ciphertext, nonce from bizosaas.credential where name = 'legacy' and tenant_id = ?")) {
            read.setObject(1, tenant);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                assertThat(new CredentialCipher(KEYS).open(rs.getBytes(1), rs.getBytes(2), "it2", tenant + "/legacy"))
                        .isEqualTo("legacy-token-5555");
            }
        }
    }

    @Test
    void offboardingHandsOverTheTenantsDataThenDeletesEverythingItOwned() throws Exception {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        String slug = "leaving-" + UUID.randomUUID().toString().substring(0, 6);
        String tenantId = superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "Leaving " + slug, "slug", slug, "tier", "TIER_2"))
                .json().getString("id");
        String email = "owner@" + slug + ".test";
        assertThat(superAdmin.postJson("api/v1/tenants/" + tenantId + "/users", Api.jsonObject("email", email,
                "displayName", "Owner", "role", "TENANT_ADMIN", "password", "Sturdy-Passw0rd!")).status()).isEqualTo(201);
        Api owner = anonymous.signedInAs(email, "Sturdy-Passw0rd!");
        assertThat(owner.put("api/v1/vault/hubspot", Api.jsonObject("secret", "hubspot-secret-7777")).status()).isEqualTo(200);
        assertThat(owner.put("api/v1/llm/budget", "{\"dailyUsd\": 5, \"monthlyUsd\": 50}").status()).isEqualTo(200);
        assertThat(owner.postJson("v1/chat/completions", "{\"model\": \"cheap\", \"messages\": "
                + "[{\"role\": \"user\", \"content\": \"What should a leaving client export?\"}]}").status()).isEqualTo(200);
        String workflow = owner.postJson("api/v1/workflows", "{\"name\": \"Leaving checks\", \"definition\": "
                + "{\"steps\": [{\"id\": \"sign-off\", \"type\": \"approval\"}]}}").json().getString("id");
        assertThat(owner.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"last week\"}").status()).isEqualTo(202);

        assertThat(anonymous.signedInAs("admin@coreldove.com").postJson("api/v1/tenants/" + tenantId + "/offboard", "").status())
                .isEqualTo(403);
        assertThat(superAdmin.postJson("api/v1/tenants/" + TenantIsolationIT.tenantId("bizoholic") + "/offboard", "").status())
                .isEqualTo(400);
        java.net.http.HttpResponse<byte[]> archive = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + (8080 + TestEnvironment.arquillianPortOffset())
                                + "/api/v1/tenants/" + tenantId + "/offboard"))
                        .header("Authorization", "Bearer " + superAdmin.token())
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(archive.statusCode()).isEqualTo(200);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("tenant.json", "users.json", "invitations.json", "api-tokens.json", "credentials.json",
                "audit-trail.json", "model-calls.json", "model-budget.json", "cached-answers.json", "agent-tasks.json",
                "agent-configurations.json", "agent-tool-calls.json", "agent-alert-rules.json", "agent-alerts.json",
                "agent-insights.json", "workflows.json", "workflow-runs.json", "workflow-steps.json");
        assertThat(files.get("workflows.json")).contains("Leaving checks");
        assertThat(files.get("workflow-steps.json")).contains("sign-off");
        assertThat(files.get("model-calls.json")).contains("\"feature\":\"api\"");
        assertThat(files.get("model-budget.json")).contains("50");
        assertThat(files.get("users.json")).contains(email).doesNotContain("pbkdf2");
        assertThat(files.get("credentials.json")).contains("hubspot").doesNotContain("hubspot-secret");
        assertThat(files.get("audit-trail.json")).contains("credential.stored");

        assertThat(superAdmin.get("api/v1/tenants/" + tenantId).status()).isEqualTo(404);
        assertThat(owner.get("api/v1/me").status()).isEqualTo(401);
        for (String table : List.of("app_user", "credential", "api_token", "invitation", "api_rate_window", "login_identity",
                "model_call", "model_spend_day", "model_budget", "semantic_cache_entry", "agent_task", "agent_configuration", "agent_tool_call",
                "agent_alert_rule", "agent_alert", "agent_insight", "workflow", "workflow_run", "workflow_step")) {
            assertThat(countForTenant(table, tenantId)).as(table).isZero();
        }
        assertThat(countForTenant("audit_event", tenantId)).as("the trail is kept").isPositive();
    }

    private static long countForTenant(String table, String tenantId) throws Exception {
        try (Connection su = TestEnvironment.asSuperuser();
             PreparedStatement ps = su.prepareStatement("select count(*) from bizosaas." + table + " where tenant_id = ?::uuid")) {
            ps.setString(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static byte[] bytesOf(String name) throws Exception {
        try (Connection su = TestEnvironment.asSuperuser();
             PreparedStatement ps = su.prepareStatement("select ciphertext from bizosaas.credential where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static String columnOf(String name, String column) throws Exception {
        try (Connection su = TestEnvironment.asSuperuser();
             PreparedStatement ps = su.prepareStatement("select " + column + "::text from bizosaas.credential where name = ? "
                     + "and tenant_id = ?")) {
            ps.setString(1, name);
            ps.setObject(2, TenantIsolationIT.tenantId("coreldove"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
