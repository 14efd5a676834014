package com.bizosaas.agents;

import com.bizosaas.fake.FakeSaasApis;
import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents acting through tools (A4) on the real server: a tool call in the sandbox when the organisation has no
 * credential; the real Stripe connector against a local fake of Stripe's API once the vault holds the key; a
 * refund waits for approval, the approver edits its arguments, and Stripe sees exactly one refund with the task's
 * idempotency key; bad tool calls are refused naming the problem and nothing is queued.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentToolsIT {

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void withoutCredentialsAToolRunsInTheSandboxAndSaysSo() {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String agent = AgentSteps.agent(manager, "HubSpot", "Analytics");
        JsonArray tools = manager.get("api/v1/agents/" + agent + "/tools").jsonArray();
        assertThat(tools.getValuesAs(JsonObject.class)).extracting(t -> t.getString("name"))
                .containsExactly("hubspot_search_contacts", "hubspot_get_pipeline_report");
        assertThat(tools.getJsonObject(0).getBoolean("live")).isFalse();
        assertThat(tools.getJsonObject(0).getJsonArray("parameters").toString()).contains("\"query\"");

        String taskId = manager.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Who are our contacts called Ada?\","
                + " \"tool\": {\"name\": \"hubspot_search_contacts\", \"arguments\": {\"query\": \"Ada\", \"limit\": 3}}}")
                .json().getString("id");
        JsonObject done = AgentSteps.awaitState(manager, taskId, "SUCCEEDED");
        assertThat(done.getString("tool")).isEqualTo("hubspot_search_contacts");
        List<JsonObject> calls = AgentSteps.toolCalls(manager, taskId).getValuesAs(JsonObject.class);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.getString("state")).isEqualTo("DONE");
            assertThat(call.getBoolean("sandbox")).isTrue();
            assertThat(call.getString("result")).contains("\"sandbox\":true", "contacts");
        });
        assertThat(done.getString("result")).as("the agent reported on the result").contains("sandbox");
        // another tenant sees none of it
        assertThat(anonymous.signedInAs("admin@quanttrade.com").get("api/v1/agents/tasks/" + taskId + "/tool-calls").status())
                .isEqualTo(404);
    }

    @Test
    void withTheKeyInTheVaultTheRealStripeConnectorIsUsedAndARefundIsMadeOnceAfterApproval() {
        Api admin = anonymous.signedInAs("admin@quanttrade.com");
        assertThat(admin.put("api/v1/vault/stripe", Api.jsonObject("secret", FakeSaasApis.STRIPE_KEY)).status()).isEqualTo(200);
        FakeSaasApis stripe = TestEnvironment.saas();

        // a read, live: the fake Stripe answers with its charges
        String analyst = AgentSteps.agent(admin, "Stripe", "Analytics");
        assertThat(admin.get("api/v1/agents/" + analyst + "/tools").jsonArray().getJsonObject(0).getBoolean("live")).isTrue();
        int listed = stripe.requests("stripe", "/v1/charges").size();
        String read = admin.postJson("api/v1/agents/" + analyst + "/tasks", "{\"input\": \"Show the last charges\","
                + " \"tool\": {\"name\": \"stripe_list_charges\", \"arguments\": {\"limit\": 3}}}").json().getString("id");
        AgentSteps.awaitState(admin, read, "SUCCEEDED");
        JsonObject readCall = AgentSteps.toolCalls(admin, read).getJsonObject(0);
        assertThat(readCall.getBoolean("sandbox")).isFalse();
        assertThat(readCall.getString("result")).contains("ch_fake_1");
        FakeSaasApis.Request charges = stripe.requests("stripe", "/v1/charges").get(listed);
        assertThat(charges.headers()).containsEntry("authorization", "Bearer " + FakeSaasApis.STRIPE_KEY);
        assertThat(charges.query()).isEqualTo("limit=3");

        // a refund: waits for approval with the call to approve; an edit that needs two approvals is refused
        String operator = AgentSteps.agent(admin, "Stripe", "Content/Operations");
        JsonObject held = admin.postJson("api/v1/agents/" + operator + "/tasks", "{\"input\": \"Refund the damaged order\","
                + " \"tool\": {\"name\": \"stripe_create_refund\", \"arguments\": {\"payment_id\": \"ch_fake_1\", \"amount\": 30}}}").json();
        String refundTask = held.getString("id");
        assertThat(held.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(held.getString("approvalReason")).contains("stripe_create_refund");
        assertThat(held.getJsonObject("toolArguments").getJsonNumber("amount").intValue()).isEqualTo(30);
        // the submitter cannot approve it; a manager of QuantTrade decides
        assertThat(admin.postJson("api/v1/agents/tasks/" + refundTask + "/approve", "{}").status()).isEqualTo(403);
        String managerEmail = "manager." + UUID.randomUUID().toString().substring(0, 8) + "@quanttrade.com";
        assertThat(admin.postJson("api/v1/users", Api.jsonObject("email", managerEmail, "displayName", "QuantTrade Manager",
                "role", "MANAGER", "password", "Sturdy-Passw0rd!")).status()).isEqualTo(201);
        Api manager = anonymous.signedInAs(managerEmail, "Sturdy-Passw0rd!");
        Api.Reply tooMuch = manager.postJson("api/v1/agents/tasks/" + refundTask + "/approve",
                "{\"arguments\": {\"payment_id\": \"ch_fake_1\", \"amount\": 5000}}");
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.body()).contains("2 approvals");
        Api.Reply badEdit = manager.postJson("api/v1/agents/tasks/" + refundTask + "/approve", "{\"arguments\": {\"amount\": 25}}");
        assertThat(badEdit.status()).isEqualTo(400);
        assertThat(badEdit.body()).contains("arguments.payment_id");
        assertThat(admin.get("api/v1/agents/tasks/" + refundTask).json().getString("state")).isEqualTo("AWAITING_APPROVAL");

        int refundsBefore = stripe.stripeRefundsMade();
        int refundRequests = stripe.requests("stripe", "/v1/refunds").size();
        Api.Reply approved = manager.postJson("api/v1/agents/tasks/" + refundTask + "/approve",
                "{\"arguments\": {\"payment_id\": \"ch_fake_1\", \"amount\": 25}, \"note\": \"25, shipping kept\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        AgentSteps.awaitState(admin, refundTask, "SUCCEEDED");
        assertThat(stripe.stripeRefundsMade()).isEqualTo(refundsBefore + 1);
        List<FakeSaasApis.Request> refunds = stripe.requests("stripe", "/v1/refunds");
        assertThat(refunds).hasSize(refundRequests + 1);
        FakeSaasApis.Request refund = refunds.get(refunds.size() - 1);
        assertThat(refund.form()).containsEntry("charge", "ch_fake_1").containsEntry("amount", "2500");
        assertThat(refund.headers()).containsEntry("idempotency-key", refundTask + "-1");
        JsonObject refundCall = AgentSteps.toolCalls(admin, refundTask).getJsonObject(0);
        assertThat(refundCall.getString("state")).isEqualTo("DONE");
        assertThat(refundCall.getBoolean("sandbox")).isFalse();
        assertThat(admin.get("api/v1/audit?size=100").body()).contains("credential.read", "arguments edited by the approver");

        // a wrong key: Stripe's own error reaches the record, the key does not
        admin.put("api/v1/vault/stripe", Api.jsonObject("secret", "sk_test_wrong_0000"));
        try {
            String failing = admin.postJson("api/v1/agents/" + analyst + "/tasks", "{\"input\": \"Balance?\","
                    + " \"tool\": {\"name\": \"stripe_get_balance\", \"arguments\": {}}}").json().getString("id");
            AgentSteps.awaitState(admin, failing, "SUCCEEDED");
            JsonObject failed = AgentSteps.toolCalls(admin, failing).getJsonObject(0);
            assertThat(failed.getString("state")).isEqualTo("FAILED");
            assertThat(failed.getString("result")).contains("401", "Invalid API Key provided").doesNotContain("sk_test_wrong");
        } finally {
            admin.delete("api/v1/vault/stripe");
        }
    }

    @Test
    void badToolCallsAreRefusedNamingTheProblemAndNothingIsQueued() {
        Api admin = anonymous.signedInAs("admin@quanttrade.com");
        String analyst = AgentSteps.agent(admin, "Stripe", "Analytics");
        String operator = AgentSteps.agent(admin, "Stripe", "Content/Operations");
        long before = admin.get("api/v1/agents/tasks").json().getInt("totalItems");

        assertRefused(admin.postJson("api/v1/agents/" + analyst + "/tasks", "{\"input\": \"x\", \"tool\": {\"name\": \"stripe_frobnicate\"}}"),
                400, "tool.name");
        assertRefused(admin.postJson("api/v1/agents/" + analyst + "/tasks",
                "{\"input\": \"x\", \"tool\": {\"name\": \"stripe_create_refund\", \"arguments\": {\"payment_id\": \"ch_1\"}}}"),
                400, "not a tool of Stripe Analytics Agent");
        assertRefused(admin.postJson("api/v1/agents/" + operator + "/tasks",
                "{\"input\": \"x\", \"tool\": {\"name\": \"stripe_create_refund\", \"arguments\": {\"payment_id\": \"ch_1\", \"amount\": \"lots\"}}}"),
                400, "arguments.amount");
        assertRefused(admin.postJson("api/v1/agents/" + operator + "/tasks",
                "{\"input\": \"x\", \"tool\": {\"name\": \"stripe_create_refund\", \"arguments\": {\"amount\": 5}}}"),
                400, "arguments.payment_id");
        assertRefused(admin.postJson("api/v1/agents/" + analyst + "/tasks",
                "{\"input\": \"x\", \"tool\": {\"name\": \"stripe_list_charges\", \"arguments\": {\"limit\": 1000}}}"),
                400, "arguments.limit");
        assertThat(admin.get("api/v1/agents/tasks").json().getInt("totalItems")).isEqualTo(before);
    }

    private static void assertRefused(Api.Reply reply, int status, String names) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains(names);
    }
}
