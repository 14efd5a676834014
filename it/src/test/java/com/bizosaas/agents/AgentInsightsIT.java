package com.bizosaas.agents;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cross-agent insights (A8) on the real server: an insight a task's answer records is kept for the tenant and, once an
 * administrator accepts it, given to its other agents of the same category when they work — as data beside the task,
 * not in the prompt; not to another category's, not to another tenant's — and an administrator can delete it. The model is the fake Anthropic, which answers with the user's words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentInsightsIT {

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void anInsightReachesTheSameCategorysAgentsOfTheSameTenantOnly() {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String insight = "open rates double when the subject names the product " + marker;
        String sendGrid = agent(manager, "SendGrid", "Analytics");

        String recording = run(manager, sendGrid, "Look back at last month.\nInsight: " + insight);
        JsonObject recorded = manager.get("api/v1/agents/insights?category=Email%20Marketing&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("text").equals(insight)).findFirst().orElseThrow();
        assertThat(recorded.getString("agentId")).isEqualTo(sendGrid);
        assertThat(recorded.getString("taskId")).isEqualTo(recording);
        assertThat(recorded.getBoolean("accepted")).isFalse();
        String insightId = recorded.getString("id");

        // nobody is told it until an administrator has read and accepted it
        run(manager, agent(manager, "Amazon SES", "Analytics"), "How did last week's sends go?");
        assertThat(TestEnvironment.anthropic().lastRequestBody()).as("not accepted yet").doesNotContain(insight);
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        assertThat(manager.postJson("api/v1/agents/insights/" + insightId + "/accept", "{}").status()).isEqualTo(403);
        JsonObject accepted = admin.postJson("api/v1/agents/insights/" + insightId + "/accept", "{}").json();
        assertThat(accepted.getBoolean("accepted")).isTrue();
        assertThat(accepted.getString("acceptedBy")).isEqualTo("admin@coreldove.com");
        assertThat(admin.get("api/v1/audit?action=agent.insight.accepted&size=100").body()).contains(insight);

        // another Email Marketing agent of CorelDove is told it — beside its task, as data, never in its prompt
        run(manager, agent(manager, "Amazon SES", "Analytics"), "How did last week's sends go?");
        JsonObject told = Json.createReader(new StringReader(TestEnvironment.anthropic().lastRequestBody())).readObject();
        assertThat(told.getJsonArray("messages").toString())
                .contains("Notes from the organisation's other Email Marketing agents", insight);
        assertThat(String.valueOf(told.get("system"))).doesNotContain(insight);
        // a CRM agent is not
        run(manager, agent(manager, "HubSpot", "Analytics"), "How did last week's pipeline go?");
        assertThat(TestEnvironment.anthropic().lastRequestBody()).doesNotContain(insight);
        // nor is another tenant's Email Marketing agent, and its list does not have it
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        run(quantTrade, agent(quantTrade, "Amazon SES", "Analytics"), "How did last week's sends go?");
        assertThat(TestEnvironment.anthropic().lastRequestBody()).doesNotContain(insight);
        assertThat(quantTrade.get("api/v1/agents/insights?size=100").body()).doesNotContain(marker);
        assertThat(quantTrade.delete("api/v1/agents/insights/" + insightId).status()).isEqualTo(404);
        assertThat(quantTrade.postJson("api/v1/agents/insights/" + insightId + "/accept", "{}").status()).isEqualTo(404);

        // everyone of the tenant reads them; administrators delete them
        assertThat(anonymous.signedInAs("client@coreldove.com").get("api/v1/agents/insights?size=100").body()).contains(marker);
        assertThat(manager.delete("api/v1/agents/insights/" + insightId).status()).isEqualTo(403);
        assertThat(admin.delete("api/v1/agents/insights/" + insightId).status()).isEqualTo(204);
        assertThat(manager.get("api/v1/agents/insights?size=100").body()).doesNotContain(marker);
        run(manager, agent(manager, "Amazon SES", "Analytics"), "How did yesterday's sends go?");
        assertThat(TestEnvironment.anthropic().lastRequestBody()).as("a deleted insight is no longer told").doesNotContain(insight);
    }

    private static String run(Api api, String agent, String input) {
        Api.Reply accepted = api.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": " + Json.createValue(input) + "}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().getString("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("api/v1/agents/tasks/" + id).json().getString("state").equals("SUCCEEDED"));
        return id;
    }

    private static String agent(Api api, String integration, String role) {
        return api.get("api/v1/agents?integration=" + integration.replace(" ", "%20") + "&size=10").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("role").equals(role)).findFirst().orElseThrow().getString("id");
    }
}
