package com.bizosaas.agents;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
import static org.awaitility.Awaitility.await;

/**
 * Alert rules on agents' results (A7) on the real server, whose rules are looked at every second (arquillian.xml):
 * a failed task makes a success-rate rule fire once (an alert, a domain event), a later success resolves it;
 * acknowledging; bad rules refused naming the field; rights and isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentAlertsIT {

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void aFailureFiresTheRuleOnceASuccessResolvesItAndItIsAcknowledged() throws SQLException {
        Api admin = anonymous.signedInAs("admin@quanttrade.com");
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        String agent = admin.get("api/v1/agents?integration=PayPal&size=10").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("role").equals("Analytics")).findFirst().orElseThrow()
                .getString("id");
        String name = "PayPal reports failing " + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = admin.postJson("api/v1/agents/alerts/rules", "{\"name\": \"" + name + "\", \"agentId\": \"" + agent
                + "\", \"metric\": \"SUCCESS_RATE_BELOW\", \"threshold\": 0.5, \"windowMinutes\": 60, \"minTasks\": 1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String ruleId = created.json().getString("id");
        assertThat(created.json().getBoolean("firing")).isFalse();

        // a task that fails (the day's model budget is 0): the rule fires, once
        assertThat(admin.put("api/v1/llm/budget", "{\"dailyUsd\": 0, \"monthlyUsd\": 100}").status()).isEqualTo(200);
        try {
            String failing = admin.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Report last week's disputes\"}")
                    .json().getString("id");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                    admin.get("api/v1/agents/tasks/" + failing).json().getString("state").equals("FAILED"));
        } finally {
            admin.put("api/v1/llm/budget", "{\"dailyUsd\": null, \"monthlyUsd\": null}");
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() ->
                admin.get("api/v1/agents/alerts?open=true&size=100").body().contains(name));
        JsonObject alert = alertsOf(admin, name).get(0);
        assertThat(alert.getString("message")).contains("Success rate 0 %", "below 50 %", "PayPal Analytics Agent");
        assertThat(admin.get("api/v1/agents/alerts/rules?size=100").body()).contains("\"firing\":true");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                superAdmin.get("api/v1/platform/events?type=agent.alert.fired&size=100").body()).contains(alert.getString("id")));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(alertsOf(admin, name)).as("a lasting breach is one alert").hasSize(1);

        // isolation: another tenant sees none of it and cannot acknowledge it
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        assertThat(corelDove.get("api/v1/agents/alerts?size=100").body()).doesNotContain(name);
        assertThat(corelDove.postJson("api/v1/agents/alerts/" + alert.getString("id") + "/acknowledge", "").status()).isEqualTo(404);
        assertThat(corelDove.delete("api/v1/agents/alerts/rules/" + ruleId).status()).isEqualTo(404);

        Api.Reply acknowledged = admin.postJson("api/v1/agents/alerts/" + alert.getString("id") + "/acknowledge", "");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().getString("acknowledgedBy")).isEqualTo("admin@quanttrade.com");
        assertThat(admin.postJson("api/v1/agents/alerts/" + alert.getString("id") + "/acknowledge", "").status()).isEqualTo(409);

        // a success brings the rate to 50 %: no longer below, the alert resolves
        String succeeding = admin.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Report last week's disputes\"}")
                .json().getString("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                admin.get("api/v1/agents/tasks/" + succeeding).json().getString("state").equals("SUCCEEDED"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() ->
                alertsOf(admin, name).get(0).containsKey("resolvedAt"));
        assertThat(admin.get("api/v1/agents/alerts?open=true&size=100").body()).doesNotContain(name);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                superAdmin.get("api/v1/platform/events?type=agent.alert.resolved&size=100").body()).contains(alert.getString("id")));

        assertThat(admin.delete("api/v1/agents/alerts/rules/" + ruleId).status()).isEqualTo(204);
        assertThat(alertsOf(admin, name)).as("its alerts stay").hasSize(1);
        assertThat(admin.get("api/v1/audit?size=100").body()).contains("agent.alert-rule.created", "agent.alert-rule.deleted");

        // in SQL, as the application: no tenant set, no alert is visible although there are some
        try (Connection app = TestEnvironment.asApplication(); Statement sql = app.createStatement();
             Connection su = TestEnvironment.asSuperuser(); Statement all = su.createStatement()) {
            assertThat(count(all, "select count(*) from bizosaas.agent_alert")).isPositive();
            assertThat(count(sql, "select count(*) from bizosaas.agent_alert")).isZero();
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void badRulesAreRefusedNamingTheFieldAndOnlyAdministratorsKeepRules() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String rules = "api/v1/agents/alerts/rules";
        assertRefused(admin.postJson(rules, "{\"name\": \"x\", \"metric\": \"NOPE\", \"threshold\": 1}"), 400, "metric");
        assertRefused(admin.postJson(rules, "{\"name\": \"x\", \"threshold\": 1}"), 400, "metric");
        assertRefused(admin.postJson(rules, "{\"name\": \"x\", \"metric\": \"SUCCESS_RATE_BELOW\", \"threshold\": 1.5}"), 400, "threshold");
        assertRefused(admin.postJson(rules, "{\"name\": \"x\", \"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 3, \"windowMinutes\": 1}"),
                400, "windowMinutes");
        assertRefused(admin.postJson(rules, "{\"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 3}"), 400, "name");
        assertThat(admin.postJson(rules, "{\"name\": \"x\", \"agentId\": \"" + UUID.randomUUID()
                + "\", \"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 3}").status()).isEqualTo(404);
        String name = "Failures " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.postJson(rules, "{\"name\": \"" + name + "\", \"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 3}")
                .status()).isEqualTo(201);
        assertRefused(admin.postJson(rules, "{\"name\": \"" + name + "\", \"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 5}"), 409, "name");
        assertThat(anonymous.signedInAs("manager@coreldove.com").postJson(rules,
                "{\"name\": \"m\", \"metric\": \"FAILURES_AT_LEAST\", \"threshold\": 3}").status()).isEqualTo(403);
        assertThat(admin.get(rules + "?size=100").body().split("\"name\":\"" + name + "\"", -1)).as("one rule of that name").hasSize(2);
    }

    private static List<JsonObject> alertsOf(Api api, String rule) {
        return api.get("api/v1/agents/alerts?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("rule").equals(rule)).toList();
    }

    private static void assertRefused(Api.Reply reply, int status, String names) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains(names);
    }
}
