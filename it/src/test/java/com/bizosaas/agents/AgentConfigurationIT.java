package com.bizosaas.agents;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Per-tenant agent configuration (A2) on the real server: every change is a version with history, diff and
 * restore; the version in force decides how tasks run (disabled agents take none, removed sensitive tools need
 * no approval); bad changes are refused naming the field and add nothing; rights per role; isolation.
 * Twilio's agents are used here and by no other test, so these changes cannot surprise one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentConfigurationIT {

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void eachChangeIsAVersionThatDecidesHowTasksRunAndCanBeComparedAndRestored() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String agent = twilioSender(admin);
        String configuration = "api/v1/agents/" + agent + "/configuration";

        JsonObject catalogued = admin.get(configuration).json();
        assertThat(catalogued.getInt("version")).isZero();
        assertThat(catalogued.getBoolean("enabled")).isTrue();
        assertThat(catalogued.getJsonArray("sensitiveTools").toString()).contains("twilio_send_message");

        // version 1: without the sending tool, warmer, a prompt line added — its tasks no longer wait for approval
        String prompt = catalogued.getString("promptTemplate") + "\nAlways sign messages as the CorelDove team.";
        Api.Reply saved = admin.put(configuration, "{\"baseVersion\": 0, \"tools\": [\"twilio_list_messages\"],"
                + " \"temperature\": 0.7, \"promptTemplate\": " + jakarta.json.Json.createValue(prompt).toString() + ", \"note\": \"reports only for now\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().getInt("version")).isEqualTo(1);
        assertThat(saved.json().getJsonArray("sensitiveTools")).isEmpty();
        assertThat(saved.json().getString("changedBy")).isEqualTo("admin@coreldove.com");
        assertThat(saved.json().getString("note")).isEqualTo("reports only for now");
        assertThat(admin.put(configuration, "{\"temperature\": 0.70}").json().getInt("version"))
                .as("a change that changes nothing adds no version").isEqualTo(1);

        JsonObject task = manager.postJson("api/v1/agents/" + agent + "/tasks",
                "{\"input\": \"How many SMS did we send last week?\"}").json();
        assertThat(task.getString("state")).as("no sensitive tool configured: no approval").isNotEqualTo("AWAITING_APPROVAL");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                manager.get("api/v1/agents/tasks/" + task.getString("id")).json().getString("state").equals("SUCCEEDED"));

        // version 2: disabled — it takes no task, and the catalogue's status filter shows it
        assertThat(admin.put(configuration, "{\"enabled\": false, \"note\": \"paused\"}").json().getInt("version")).isEqualTo(2);
        Api.Reply refused = manager.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Send a test SMS\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("disabled for this organisation");
        assertThat(admin.get("api/v1/agents?enabled=false&size=100").body()).contains(agent);
        assertThat(admin.get("api/v1/agents?enabled=true&size=100").body()).doesNotContain(agent);
        JsonObject listed = admin.get("api/v1/agents/" + agent).json();
        assertThat(listed.getBoolean("enabled")).isFalse();
        assertThat(listed.getInt("configurationVersion")).isEqualTo(2);

        // history, newest first; the catalogue's version compared with the one in force
        JsonObject versions = admin.get(configuration + "/versions").json();
        assertThat(versions.getInt("totalItems")).isEqualTo(2);
        assertThat(versions.getJsonArray("items").getJsonObject(0).getInt("version")).isEqualTo(2);
        JsonObject diff = admin.get(configuration + "/diff?from=0&to=2").json();
        assertThat(diff.getJsonArray("settings").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("changed")).map(s -> s.getString("name")))
                .containsExactlyInAnyOrder("enabled", "temperature", "tools", "prompt template");
        assertThat(diff.getJsonArray("prompt").getValuesAs(JsonObject.class))
                .anySatisfy(line -> {
                    assertThat(line.getString("kind")).isEqualTo("ADDED");
                    assertThat(line.getString("right")).isEqualTo("Always sign messages as the CorelDove team.");
                });

        // restoring version 0 (the catalogue's definition) is a new version, and its sending waits for approval again
        Api.Reply restored = admin.postJson(configuration + "/versions/0/restore", "{\"note\": \"back to normal\"}");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().getInt("version")).isEqualTo(3);
        assertThat(restored.json().getInt("restoredFrom")).isZero();
        assertThat(restored.json().getBoolean("enabled")).isTrue();
        assertThat(restored.json().getString("promptTemplate")).isEqualTo(catalogued.getString("promptTemplate"));
        String held = manager.postJson("api/v1/agents/" + agent + "/tasks",
                "{\"input\": \"Use twilio_send_message for a test SMS to +4915100000\"}").json().getString("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonObject asked = manager.get("api/v1/agents/tasks/" + held).json();
            return asked.getString("state").equals("AWAITING_APPROVAL") && "twilio_send_message".equals(asked.getString("tool", null));
        });
        admin.postJson("api/v1/agents/tasks/" + held + "/reject", "{\"reason\": \"only a test\"}");

        String audit = admin.get("api/v1/audit?size=100&action=agent.configuration.changed").body();
        assertThat(audit).contains("version 3 (restores version 0)", "enabled: no → yes", "note: reports only for now");
    }

    @Test
    void badChangesAreRefusedNamingTheFieldAndAddNoVersion() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String agent = twilioAnalyst(admin);
        String configuration = "api/v1/agents/" + agent + "/configuration";
        int before = admin.get(configuration).json().getInt("version");

        assertRefused(admin.put(configuration, "{\"tools\": [\"stripe_create_refund\"]}"), 400, "tools");
        assertRefused(admin.put(configuration, "{\"temperature\": 1.5}"), 400, "temperature");
        assertRefused(admin.put(configuration, "{\"maxTokens\": 100000}"), 400, "maxTokens");
        assertRefused(admin.put(configuration, "{\"modelTier\": \"premium\"}"), 400, "modelTier");
        assertRefused(admin.put(configuration, "{\"modelTier\": \"genius\"}"), 400, "modelTier");
        assertRefused(admin.put(configuration, "{\"promptTemplate\": \"   \"}"), 400, "promptTemplate");
        assertThat(admin.put(configuration, "{\"temperature\": ").status()).as("invalid JSON").isEqualTo(400);
        assertThat(admin.put("api/v1/agents/" + UUID.randomUUID() + "/configuration", "{\"enabled\": false}").status()).isEqualTo(404);
        assertThat(admin.postJson(configuration + "/versions/99/restore", "{}").status()).isEqualTo(404);
        assertThat(admin.postJson(configuration + "/versions/" + before + "/restore", "{}").status()).as("the one in force").isEqualTo(409);
        assertThat(admin.get(configuration + "/diff?from=0").status()).isEqualTo(400);

        // an editor who started from an older version does not overwrite the newer one
        int next = admin.put(configuration, "{\"baseVersion\": " + before + ", \"maxTokens\": " + (700 + before) + "}").json().getInt("version");
        assertThat(next).isEqualTo(before + 1);
        assertRefused(admin.put(configuration, "{\"baseVersion\": " + before + ", \"maxTokens\": 500}"), 409, "baseVersion");
        assertThat(admin.get(configuration).json().getInt("version")).as("only the one good change was saved").isEqualTo(next);
    }

    @Test
    void administratorsChangeManagersReadClientsDoNotAndOtherTenantsSeeOnlyTheirOwn() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String agent = twilioAnalyst(admin);
        String configuration = "api/v1/agents/" + agent + "/configuration";
        admin.put(configuration, "{\"note\": \"CorelDove's own\", \"maxTokens\": 999}");
        int corelDoveVersion = admin.get(configuration).json().getInt("version");
        assertThat(corelDoveVersion).isPositive();

        Api manager = anonymous.signedInAs("manager@coreldove.com");
        assertThat(manager.get(configuration).json().getInt("version")).isEqualTo(corelDoveVersion);
        assertThat(manager.get(configuration + "/versions").status()).isEqualTo(200);
        assertThat(manager.put(configuration, "{\"enabled\": false}").status()).isEqualTo(403);
        assertThat(manager.postJson(configuration + "/versions/0/restore", "{}").status()).isEqualTo(403);
        Api client = anonymous.signedInAs("client@coreldove.com");
        assertThat(client.get(configuration).status()).isEqualTo(403);
        assertThat(client.put(configuration, "{\"enabled\": false}").status()).isEqualTo(403);

        // QuantTrade has the same agent as the catalogue defines it; CorelDove's versions are not there
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        assertThat(quantTrade.get(configuration).json().getInt("version")).isZero();
        assertThat(quantTrade.get(configuration + "/versions").json().getInt("totalItems")).isZero();
        assertThat(quantTrade.get(configuration + "/versions/" + corelDoveVersion).status()).isEqualTo(404);
        assertThat(quantTrade.get(configuration + "/diff?from=0&to=" + corelDoveVersion).status()).isEqualTo(404);
        assertThat(quantTrade.postJson(configuration + "/versions/" + corelDoveVersion + "/restore", "{}").status()).isEqualTo(404);
        // a Tier 1 organisation has no agents to configure
        assertThat(anonymous.signedInAs("admin@thrillring.com").put(configuration, "{\"enabled\": false}").status()).isEqualTo(403);
        assertThat(admin.get(configuration).json().getInt("version")).as("CorelDove's unchanged").isEqualTo(corelDoveVersion);
    }

    @Test
    void theSuperAdminRevisesTheCatalogueAndATenantLosesAToolTheEntryNoLongerGives() {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        JsonObject together = admin.get("api/v1/agents?integration=Together%20AI&size=10").json().getJsonArray("items").getJsonObject(0);
        String agent = together.getString("id");
        String configuration = "api/v1/agents/" + agent + "/configuration";
        assertThat(admin.put(configuration, "{\"tools\": [\"together_ai_list_models\", \"together_ai_create_batch\"]}").status())
                .isEqualTo(200);

        Api.Reply revised = superAdmin.put("api/v1/agents/" + agent, "{\"goal\": \"Run open models for bulk jobs, cheaply.\","
                + " \"tools\": [\"together_ai_list_models\", \"together_ai_get_usage\", \"together_ai_create_fine_tuning_job\"],"
                + " \"modelTier\": \"cheap\"}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().getString("goal")).isEqualTo("Run open models for bulk jobs, cheaply.");
        assertThat(admin.get("api/v1/agents/" + agent).json().getJsonArray("tools").toString())
                .doesNotContain("together_ai_create_batch");
        assertThat(admin.get(configuration).json().getJsonArray("tools").toString())
                .as("the tenant's configuration keeps only what the catalogue still gives").isEqualTo("[\"together_ai_list_models\"]");
        assertThat(superAdmin.get("api/v1/audit?size=100").body()).contains("agent.catalogue.revised");

        assertThat(admin.put("api/v1/agents/" + agent, "{\"modelTier\": \"premium\"}").status()).isEqualTo(403);
        assertRefused(superAdmin.put("api/v1/agents/" + agent, "{\"tools\": [\"stripe_create_refund\"]}"), 400, "tools");
        assertRefused(superAdmin.put("api/v1/agents/" + agent, "{\"modelTier\": \"genius\"}"), 400, "modelTier");
        assertRefused(superAdmin.put("api/v1/agents/" + agent, "{\"minimumTier\": \"TIER_9\"}"), 400, "minimumTier");
        assertRefused(superAdmin.put("api/v1/agents/" + agent, "{\"goal\": \"  \"}"), 400, "goal");
        assertThat(superAdmin.put("api/v1/agents/" + UUID.randomUUID(), "{\"modelTier\": \"cheap\"}").status()).isEqualTo(404);
        assertThat(admin.get("api/v1/agents/" + agent).json().getString("modelTier")).as("nothing of the refused revisions").isEqualTo("cheap");

        // back as seeded
        assertThat(superAdmin.put("api/v1/agents/" + agent, "{\"goal\": " + jakarta.json.Json.createValue(together.getString("goal"))
                + ", \"tools\": " + together.getJsonArray("tools") + ", \"modelTier\": \"" + together.getString("modelTier") + "\"}")
                .status()).isEqualTo(200);
    }

    private static void assertRefused(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains(field);
    }

    private static String twilioSender(Api api) {
        return twilio(api, true);
    }

    private static String twilioAnalyst(Api api) {
        return twilio(api, false);
    }

    private static String twilio(Api api, boolean sends) {
        return api.get("api/v1/agents?integration=Twilio&size=10").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getBoolean("requiresApproval") == sends)
                .findFirst().orElseThrow().getString("id");
    }
}
