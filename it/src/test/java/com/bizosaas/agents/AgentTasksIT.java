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
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Agents through the API on the real server: the seeded catalogue and its filters; a task accepted at once and
 * worked on in the background over JMS through the language-model gateway; who may run and read tasks; tenant
 * isolation of tasks; a task the gateway refuses (budget used up) ends FAILED with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentTasksIT {

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void theCatalogueHoldsThePatternSpecificAgentsAndFilters() {
        Api client = anonymous.signedInAs("client@coreldove.com");
        JsonObject all = client.get("api/v1/agents?size=100").json();
        assertThat(all.getInt("totalItems")).isBetween(80, 96);

        JsonObject fourAgent = client.get("api/v1/agents?pattern=4&size=100").json();
        assertThat(fourAgent.getJsonArray("items")).allSatisfy(a -> assertThat(a.asJsonObject().getInt("pattern")).isEqualTo(4));
        assertThat(fourAgent.getJsonArray("items").stream().map(a -> a.asJsonObject().getString("integration")))
                .contains("Stripe");
        JsonObject stripe = client.get("api/v1/agents?integration=Stripe").json();
        assertThat(stripe.getInt("totalItems")).isEqualTo(4);
        assertThat(client.get("api/v1/agents?q=refund&size=100").json().getInt("totalItems")).isPositive();
        assertThat(client.get("api/v1/agents?pattern=7").status()).isEqualTo(400);
        assertThat(client.get("api/v1/agents/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aTaskIsAcceptedAtOnceRunsInTheBackgroundAndOnlyItsTenantSeesIt() {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String agent = agentWithPattern(manager, 2);

        Api.Reply accepted = manager.postJson("api/v1/agents/" + agent + "/tasks",
                "{\"input\": \"Summarise: our spring sale starts Monday. Shipping is free above 50 EUR. Returns take 30 days.\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String taskId = accepted.json().getString("id");
        assertThat(accepted.json().getString("state")).isIn("QUEUED", "RUNNING", "SUCCEEDED");
        assertThat(accepted.header("Location")).endsWith("/api/v1/agents/tasks/" + taskId);

        AtomicReference<JsonObject> finished = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonObject task = manager.get("api/v1/agents/tasks/" + taskId).json();
            finished.set(task);
            return "SUCCEEDED".equals(task.getString("state"));
        });
        JsonObject task = finished.get();
        assertThat(task.getString("result")).isNotBlank();
        assertThat(task.getString("provider")).isNotBlank();
        assertThat(task.getInt("attempts")).isEqualTo(1);
        assertThat(task.getString("startedAt")).isNotBlank();
        assertThat(task.getString("finishedAt")).isNotBlank();

        // the client user reads results but does not run agents
        Api client = anonymous.signedInAs("client@coreldove.com");
        assertThat(client.get("api/v1/agents/tasks/" + taskId).status()).isEqualTo(200);
        assertThat(client.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"hello\"}").status()).isEqualTo(403);
        // a finished task cannot be cancelled
        assertThat(manager.postJson("api/v1/agents/tasks/" + taskId + "/cancel", "").status()).isEqualTo(409);

        // another tenant: the task is not there, in any way
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        assertThat(quantTrade.get("api/v1/agents/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(quantTrade.postJson("api/v1/agents/tasks/" + taskId + "/cancel", "").status()).isEqualTo(404);
        assertThat(quantTrade.get("api/v1/agents/tasks?size=100").body()).doesNotContain(taskId);
        assertThat(manager.get("api/v1/agents/tasks?state=SUCCEEDED&size=100").body()).contains(taskId);

        // monitoring: the agent's run counts, with its run time; the tenant's total comes last
        Api.Reply monitoring = manager.get("api/v1/agents/monitoring?days=1");
        assertThat(monitoring.status()).as(monitoring.body()).isEqualTo(200);
        var stats = jakarta.json.Json.createReader(new java.io.StringReader(monitoring.body())).readArray();
        JsonObject mine = stats.stream().map(v -> v.asJsonObject())
                .filter(s -> agent.equals(s.getString("agentId", null))).findFirst().orElseThrow();
        assertThat(mine.getInt("tasks")).isPositive();
        assertThat(mine.getInt("succeeded")).isPositive();
        assertThat(mine.getJsonNumber("successRate").doubleValue()).isPositive();
        assertThat(mine.getJsonNumber("p95Millis").doubleValue()).isGreaterThanOrEqualTo(mine.getJsonNumber("p50Millis").doubleValue());
        JsonObject total = stats.getJsonObject(stats.size() - 1);
        assertThat(total.getString("agent")).isEqualTo("All agents");
        assertThat(total.getInt("tasks")).isGreaterThanOrEqualTo(mine.getInt("tasks"));
        assertThat(quantTrade.get("api/v1/agents/monitoring?days=1").body()).doesNotContain(agent);
    }

    @Test
    void aCallThatSendsEmailWaitsForApprovalAndIsMadeOnlyOnceApproved() {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        // SendGrid's agent that sends e-mail (TIER_2, as CorelDove), in the sandbox: no key in the vault
        admin.delete("api/v1/vault/sendgrid");
        JsonObject sender = manager.get("api/v1/agents?integration=SendGrid&size=10").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getBoolean("requiresApproval")).findFirst().orElseThrow();
        assertThat(sender.getJsonArray("sensitiveTools").toString()).contains("sendgrid_send_email");

        // submitted, it runs; when the agent asks to send, the call is not made: the task waits with it and the reason
        Api.Reply accepted = manager.postJson("api/v1/agents/" + sender.getString("id") + "/tasks",
                "{\"input\": \"Use sendgrid_send_email for the spring sale e-mail to the newsletter list: 20% off until Sunday.\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String taskId = accepted.json().getString("id");
        JsonObject held = awaitHeld(manager, taskId);
        assertThat(held.getString("tool")).isEqualTo("sendgrid_send_email");
        assertThat(held.getJsonObject("toolArguments").keySet()).contains("to", "message");
        assertThat(held.getString("approvalReason")).contains("asked to call sendgrid_send_email", "nobody has approved");
        assertThat(manager.get("api/v1/agents/tasks?state=AWAITING_APPROVAL&size=100").body()).contains(taskId);
        assertThat(manager.get("api/v1/agents/tasks/" + taskId + "/tool-calls").body()).as("nothing sent")
                .doesNotContain("sendgrid_send_email");

        // what may not decide: a client, another tenant; what cannot be approved: nothing else but a waiting task
        assertThat(anonymous.signedInAs("client@coreldove.com").postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}")
                .status()).isEqualTo(403);
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        assertThat(quantTrade.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}").status()).isEqualTo(404);
        assertThat(quantTrade.postJson("api/v1/agents/tasks/" + taskId + "/reject", "{\"reason\": \"no\"}").status()).isEqualTo(404);
        // nor the one who asked for it: one person cannot both ask for a sensitive act and wave it through
        Api.Reply own = manager.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.body()).contains("the submitter of a task cannot approve it");
        Api.Reply noReason = admin.postJson("api/v1/agents/tasks/" + taskId + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(manager.get("api/v1/agents/tasks/" + taskId).json().getString("state")).isEqualTo("AWAITING_APPROVAL");

        // approved with an edit: it runs with the edited input
        Api.Reply approved = admin.postJson("api/v1/agents/tasks/" + taskId + "/approve",
                "{\"input\": \"Send the spring sale e-mail to the newsletter list: 15% off until Sunday.\", \"note\": \"15 %, not 20\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getString("decidedBy")).isEqualTo("admin@coreldove.com");
        AtomicReference<JsonObject> done = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            done.set(manager.get("api/v1/agents/tasks/" + taskId).json());
            return done.get().getString("state").equals("SUCCEEDED");
        });
        assertThat(done.get().getString("input")).contains("15% off");
        assertThat(done.get().getString("decisionNote")).isEqualTo("15 %, not 20");
        assertThat(manager.get("api/v1/agents/tasks/" + taskId + "/tool-calls").jsonArray().getValuesAs(JsonObject.class))
                .as("the approved call, made once").filteredOn(c -> c.getString("tool").equals("sendgrid_send_email"))
                .singleElement().satisfies(c -> assertThat(c.getString("state")).isEqualTo("DONE"));
        Api.Reply again = admin.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("awaiting approval");

        // another one rejected: cancelled with the reason, its e-mail never sent
        String second = manager.postJson("api/v1/agents/" + sender.getString("id") + "/tasks",
                "{\"input\": \"Use sendgrid_send_email for a reminder to everyone who did not open the first one.\"}")
                .json().getString("id");
        awaitHeld(manager, second);
        Api.Reply rejected = admin.postJson("api/v1/agents/tasks/" + second + "/reject", "{\"reason\": \"one e-mail a week is enough\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().getString("state")).isEqualTo("CANCELLED");
        assertThat(rejected.json().getString("error")).isEqualTo("rejected by admin@coreldove.com: one e-mail a week is enough");
        assertThat(manager.get("api/v1/agents/tasks/" + second + "/tool-calls").body()).doesNotContain("sendgrid_send_email");

        // both decisions are in the audit trail
        String audit = admin.get("api/v1/audit?size=100").body();
        assertThat(audit).contains("agent.task.approved", "agent.task.rejected", "agent.task.awaiting-approval");
    }

    @Test
    void aTaskLeftUndecidedPastItsDeadlineIsEscalatedOnceAndStillWaits() {
        // the tests' server gives a decision 3 s and looks every second (arquillian.xml)
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        JsonObject sender = manager.get("api/v1/agents?integration=SendGrid&size=10").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getBoolean("requiresApproval")).findFirst().orElseThrow();
        String taskId = manager.postJson("api/v1/agents/" + sender.getString("id") + "/tasks",
                "{\"input\": \"Use sendgrid_send_email for the invoice reminder to overdue customers.\"}").json().getString("id");
        JsonObject held = awaitHeld(manager, taskId);
        assertThat(held.getString("approvalDueAt")).isNotBlank();
        assertThat(held.containsKey("escalatedAt")).as("not before its deadline").isFalse();

        AtomicReference<JsonObject> escalated = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            escalated.set(manager.get("api/v1/agents/tasks/" + taskId).json());
            return escalated.get().containsKey("escalatedAt");
        });
        assertThat(escalated.get().getString("state")).as("escalated, still waiting").isEqualTo("AWAITING_APPROVAL");
        assertThat(java.time.Instant.parse(escalated.get().getString("escalatedAt")))
                .isAfterOrEqualTo(java.time.Instant.parse(held.getString("approvalDueAt")));

        // one event and one audit entry, however many times the deadline check runs after it
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                superAdmin.get("api/v1/platform/events?type=agent.task.approval-overdue&size=100").body()).contains(taskId));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        String events = superAdmin.get("api/v1/platform/events?type=agent.task.approval-overdue&size=100").body();
        assertThat(events.split(taskId, -1)).as("the event names the task once").hasSize(2);
        assertThat(manager.get("api/v1/agents/tasks/" + taskId).json().getString("escalatedAt"))
                .isEqualTo(escalated.get().getString("escalatedAt"));

        // it can still be decided
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        assertThat(admin.postJson("api/v1/agents/tasks/" + taskId + "/reject", "{\"reason\": \"reminders go out on Mondays\"}")
                .json().getString("state")).isEqualTo("CANCELLED");
    }

    @Test
    void aTaskThatMovesALargeSumNeedsASecondApprovalByAnotherAdministrator() {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        // Facebook Ads' agent that adjusts budgets (TIER_2, as CorelDove); the threshold is 1000 (the default)
        JsonObject ads = manager.get("api/v1/agents?integration=Facebook%20Ads&size=10").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getJsonArray("sensitiveTools").toString().contains("update_budget"))
                .findFirst().orElseThrow();

        JsonObject small = awaitHeld(manager, manager.postJson("api/v1/agents/" + ads.getString("id") + "/tasks",
                "{\"input\": \"With facebook_ads_update_budget raise the daily budget of the spring ad set to 200 USD.\"}")
                .json().getString("id"));
        assertThat(small.getInt("requiredApprovals")).isEqualTo(1);

        String taskId = manager.postJson("api/v1/agents/" + ads.getString("id") + "/tasks",
                "{\"input\": \"With facebook_ads_update_budget raise the daily budget of the spring ad set to 2,500 USD.\"}")
                .json().getString("id");
        JsonObject large = awaitHeld(manager, taskId);
        assertThat(large.getInt("requiredApprovals")).isEqualTo(2);
        assertThat(large.getString("approvalReason")).contains("2500", "above 1000");

        // neither approval is the submitter's
        assertThat(manager.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}").status()).isEqualTo(403);
        // the first approval (another manager or an administrator) keeps it waiting
        Api.Reply first = admin.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(first.json().getString("firstApprovedBy")).isEqualTo("admin@coreldove.com");
        // not the same person twice, and the second is an administrator's
        Api.Reply twice = admin.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("someone other than the first");
        assertThat(manager.postJson("api/v1/agents/tasks/" + taskId + "/approve", "{}").status()).isEqualTo(403);
        assertThat(manager.get("api/v1/agents/tasks/" + taskId).json().getString("state")).isEqualTo("AWAITING_APPROVAL");

        String secondAdmin = "second.admin." + UUID.randomUUID().toString().substring(0, 8) + "@coreldove.com";
        assertThat(admin.postJson("api/v1/users", Api.jsonObject("email", secondAdmin, "displayName", "Second Admin",
                "role", "TENANT_ADMIN", "password", "Sturdy-Passw0rd!")).status()).isEqualTo(201);
        Api.Reply second = anonymous.signedInAs(secondAdmin, "Sturdy-Passw0rd!").postJson("api/v1/agents/tasks/" + taskId + "/approve",
                "{\"note\": \"spring push approved\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getString("decidedBy")).isEqualTo(secondAdmin);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                manager.get("api/v1/agents/tasks/" + taskId).json().getString("state").equals("SUCCEEDED"));

        // an approver's edit is judged as a submission is: "200 USD" approved as "2,500 USD" needs what 2,500 needs
        Api.Reply raised = admin.postJson("api/v1/agents/tasks/" + small.getString("id") + "/approve",
                "{\"input\": \"Raise the daily budget of the spring ad set to 2,500 USD.\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(409);
        assertThat(raised.body()).contains("\"input\"", "2 approvals");
        assertThat(manager.get("api/v1/agents/tasks/" + small.getString("id")).json().getString("input")).contains("200 USD");
        admin.postJson("api/v1/agents/tasks/" + small.getString("id") + "/reject", "{\"reason\": \"not now\"}");

        // a sum that cannot be read for certain (another currency, no currency, "5k") counts as above the threshold
        for (String unclear : new String[]{"JPY 900000", "900000", "5k USD", "€2.500"}) {
            JsonObject task = awaitHeld(manager, manager.postJson("api/v1/agents/" + ads.getString("id") + "/tasks",
                    "{\"input\": \"With facebook_ads_update_budget raise the daily budget of the spring ad set to " + unclear + ".\"}")
                    .json().getString("id"));
            assertThat(task.getInt("requiredApprovals")).as(unclear).isEqualTo(2);
            assertThat(task.getString("approvalReason")).as(unclear).contains("cannot be read for certain");
            admin.postJson("api/v1/agents/tasks/" + task.getString("id") + "/reject", "{\"reason\": \"probe\"}");
        }
    }

    @Test
    void badRequestsAreRefusedAndNothingIsQueued() {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String agent = agentWithPattern(manager, 2);
        long before = manager.get("api/v1/agents/tasks").json().getInt("totalItems");

        assertThat(manager.postJson("api/v1/agents/" + UUID.randomUUID() + "/tasks", "{\"input\": \"hello\"}").status()).isEqualTo(404);
        Api.Reply blank = manager.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("input");
        assertThat(manager.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": ").status()).isEqualTo(400);
        assertThat(manager.get("api/v1/agents/tasks?state=NOPE").status()).isEqualTo(400);
        // a Tier 1 organisation has no agents; a Tier 2 one cannot run a Tier 3 agent
        assertThat(anonymous.signedInAs("admin@thrillring.com").postJson("api/v1/agents/" + agent + "/tasks",
                "{\"input\": \"hello\"}").status()).isEqualTo(403);
        assertThat(manager.postJson("api/v1/agents/" + agentWithPattern(manager, 4) + "/tasks", "{\"input\": \"hello\"}").status())
                .isEqualTo(403);

        assertThat(manager.get("api/v1/agents/tasks").json().getInt("totalItems")).isEqualTo(before);
    }

    @Test
    void aTaskTheGatewayRefusesEndsFailedWithTheReason() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String agent = agentWithPattern(admin, 1);
        assertThat(admin.put("api/v1/llm/budget", "{\"dailyUsd\": 0, \"monthlyUsd\": 100}").status()).isEqualTo(200);
        try {
            String taskId = admin.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Plan next week's posts\"}")
                    .json().getString("id");
            AtomicReference<JsonObject> failed = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                failed.set(admin.get("api/v1/agents/tasks/" + taskId).json());
                return "FAILED".equals(failed.get().getString("state"));
            });
            assertThat(failed.get().getString("error")).contains("daily model budget");
            assertThat(failed.get().containsKey("result") && !failed.get().isNull("result")).as("no result").isFalse();
        } finally {
            admin.put("api/v1/llm/budget", "{\"dailyUsd\": null, \"monthlyUsd\": null}");
        }
    }

    /** The task once its agent asked for a call that waits for a person: AWAITING_APPROVAL, the call named. */
    private static JsonObject awaitHeld(Api api, String taskId) {
        AtomicReference<JsonObject> task = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            task.set(api.get("api/v1/agents/tasks/" + taskId).json());
            return task.get().getString("state").equals("AWAITING_APPROVAL") && task.get().containsKey("tool") && !task.get().isNull("tool");
        });
        return task.get();
    }

    /** An agent of the pattern that runs without waiting for approval. */
    private static String agentWithPattern(Api api, int pattern) {
        return api.get("api/v1/agents?pattern=" + pattern + "&size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> !a.getBoolean("requiresApproval"))
                .findFirst().orElseThrow().getString("id");
    }
}
