package com.bizosaas.workflows;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Workflows through the API on the real server, over the real broker: a run with two parallel agent tasks, an
 * approval gate and a condition with both branches; runs waiting for an event released by a signal and by a domain
 * event; bad definitions refused naming the problem with nothing written; who may do what; another tenant sees
 * nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowsIT {

    private static final String CAMPAIGN = """
            {"steps": [
              {"id": "research", "type": "task", "agent": "hubspot-analytics", "input": "Which leads of the {{input}} should we call?"},
              {"id": "stats", "type": "task", "agent": "sendgrid-analytics", "input": "How did the emails about the {{input}} do?"},
              {"id": "review", "type": "approval", "after": ["research", "stats"], "reason": "A manager reads the findings"},
              {"id": "spring", "type": "condition", "after": ["review"], "step": "research", "contains": "SPRING"},
              {"id": "not-spring", "type": "condition", "after": ["review"], "step": "research", "lacks": "spring"},
              {"id": "follow-up", "type": "task", "agent": "google-analytics-analytics", "after": ["spring"],
               "input": "Plan the follow-up from: {{steps.research.result}}"},
              {"id": "archive", "type": "task", "agent": "google-analytics-analytics", "after": ["not-spring"], "input": "Archive it"}
            ]}""";

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void parallelTasksAnApprovalGateAndAConditionRunToTheEnd() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String workflow = create(admin, "Spring campaign " + UUID.randomUUID(), CAMPAIGN);

        Api.Reply started = manager.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"spring sale\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String run = started.json().getString("id");
        assertThat(started.header("Location")).endsWith("/api/v1/workflows/runs/" + run);

        JsonObject atGate = awaitRun(manager, run, r -> step(r, "review").getString("state").equals("AWAITING_APPROVAL"));
        JsonObject research = step(atGate, "research");
        JsonObject stats = step(atGate, "stats");
        assertThat(research.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(stats.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(research.getString("startedAt")).as("both branches started together").isEqualTo(stats.getString("startedAt"));
        assertThat(research.getString("result")).containsIgnoringCase("spring sale");
        assertThat(manager.get("api/v1/agents/tasks/" + research.getString("taskId")).json().getString("input"))
                .isEqualTo("Which leads of the spring sale should we call?");
        assertThat(step(atGate, "follow-up").getString("state")).isEqualTo("PENDING");
        assertThat(manager.get("api/v1/workflows/runs/" + run + "/diagram").body())
                .contains("data-step=\"review\" data-state=\"AWAITING_APPROVAL\"");
        assertThat(manager.get("api/v1/workflows/gates").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("runId").equals(run))).singleElement()
                .satisfies(g -> assertThat(g.getString("step")).isEqualTo("review"));
        assertThat(anonymous.signedInAs("admin@quanttrade.com").get("api/v1/workflows/gates").body()).doesNotContain(run);

        Api client = anonymous.signedInAs("client@coreldove.com");
        assertProblem(client.postJson("api/v1/workflows/runs/" + run + "/steps/review/approve", "{}"), 403, null);
        assertProblem(manager.postJson("api/v1/workflows/runs/" + run + "/steps/research/approve", "{}"), 409, "step");
        assertProblem(manager.postJson("api/v1/workflows/runs/" + run + "/steps/nothing/approve", "{}"), 404, null);
        // the one who started the run cannot approve its gate; another manager or an administrator does
        assertProblem(manager.postJson("api/v1/workflows/runs/" + run + "/steps/review/approve", "{}"), 403, null);
        Api.Reply approved = admin.postJson("api/v1/workflows/runs/" + run + "/steps/review/approve",
                "{\"note\": \"looks right\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(step(approved.json(), "review").getString("decidedBy")).isEqualTo("admin@coreldove.com");
        assertProblem(admin.postJson("api/v1/workflows/runs/" + run + "/steps/review/approve", "{}"), 409, "step");

        JsonObject done = awaitRun(manager, run, r -> !r.getString("state").equals("RUNNING"));
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(step(done, "spring").getString("result")).isEqualTo("true");
        assertThat(step(done, "not-spring").getString("result")).isEqualTo("false");
        assertThat(step(done, "archive").getString("state")).isEqualTo("SKIPPED");
        assertThat(step(done, "archive").getString("detail")).isEqualTo("condition not-spring did not hold");
        assertThat(step(done, "archive").containsKey("taskId")).as("a skipped step gives no task").isFalse();
        JsonObject followUp = manager.get("api/v1/agents/tasks/" + step(done, "follow-up").getString("taskId")).json();
        assertThat(followUp.getString("input")).startsWith("Plan the follow-up from: ").contains(research.getString("result"));
        assertThat(admin.get("api/v1/audit?action=workflow.step.approved&size=100").body()).contains(run);
        assertThat(manager.get("api/v1/workflows/gates").body()).doesNotContain(run);
        assertThat(manager.get("api/v1/workflows/runs?workflowId=" + workflow + "&state=SUCCEEDED").json()
                .getInt("totalItems")).isEqualTo(1);
    }

    @Test
    void aRunWaitsForAnEventFromASignalOrFromTheDomainEventTopic() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String paid = create(admin, "Wait for payment " + UUID.randomUUID(), """
                {"steps": [{"id": "paid", "type": "event", "event": "payment.received"},
                           {"id": "thank", "type": "task", "agent": "hubspot-analytics", "after": ["paid"],
                            "input": "Thank the customer: {{steps.paid.result}}"}]}""");
        String run = manager.postJson("api/v1/workflows/" + paid + "/runs", "{\"input\": \"order 7\"}").json().getString("id");
        awaitRun(manager, run, r -> step(r, "paid").getString("state").equals("AWAITING_EVENT"));

        // another tenant's signal of the same type releases nothing here
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        assertThat(quantTrade.postJson("api/v1/workflows/events", "{\"type\": \"payment.received\"}").json()
                .getInt("released")).isZero();
        assertProblem(manager.postJson("api/v1/workflows/events", "{\"type\": \"Payment Received\"}"), 400, "type");
        Api.Reply signalled = manager.postJson("api/v1/workflows/events",
                "{\"type\": \"payment.received\", \"payload\": {\"order\": 7, \"amount\": \"EUR 40\"}}");
        assertThat(signalled.json().getInt("released")).isEqualTo(1);
        JsonObject done = awaitRun(manager, run, r -> !r.getString("state").equals("RUNNING"));
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(manager.get("api/v1/agents/tasks/" + step(done, "thank").getString("taskId")).json().getString("input"))
                .contains("\"order\":7");

        // a domain event on the topic: one run waits for another's cancellation
        String watcher = create(admin, "Watch cancellations " + UUID.randomUUID(),
                "{\"steps\": [{\"id\": \"cancelled\", \"type\": \"event\", \"event\": \"workflow.run.cancelled\"}]}");
        String watching = manager.postJson("api/v1/workflows/" + watcher + "/runs", "{\"input\": \"watch\"}").json().getString("id");
        awaitRun(manager, watching, r -> step(r, "cancelled").getString("state").equals("AWAITING_EVENT"));
        String other = manager.postJson("api/v1/workflows/" + paid + "/runs", "{\"input\": \"order 8\"}").json().getString("id");
        awaitRun(manager, other, r -> step(r, "paid").getString("state").equals("AWAITING_EVENT"));
        JsonObject cancelled = manager.postJson("api/v1/workflows/runs/" + other + "/cancel", "").json();
        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("outcome")).isEqualTo("cancelled by manager@coreldove.com");
        assertThat(step(cancelled, "paid").getString("state")).isEqualTo("CANCELLED");
        assertProblem(manager.postJson("api/v1/workflows/runs/" + other + "/cancel", ""), 409, "state");
        JsonObject released = awaitRun(manager, watching, r -> !r.getString("state").equals("RUNNING"));
        assertThat(released.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(step(released, "cancelled").getString("result")).contains(other);
    }

    @Test
    void aWaitForAnEventThatDoesNotComeInTimeFailsTheRun() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String workflow = create(admin, "Impatient " + UUID.randomUUID(), """
                {"steps": [{"id": "paid", "type": "event", "event": "payment.never", "timeout": "PT2S"},
                           {"id": "thank", "type": "task", "agent": "hubspot-analytics", "after": ["paid"], "input": "x"}]}""");
        String run = admin.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"x\"}").json().getString("id");
        JsonObject waiting = awaitRun(admin, run, r -> step(r, "paid").getString("state").equals("AWAITING_EVENT"));
        assertThat(step(waiting, "paid").getString("dueAt")).isNotBlank();
        JsonObject done = awaitRun(admin, run, r -> !r.getString("state").equals("RUNNING"));
        assertThat(done.getString("state")).isEqualTo("FAILED");
        assertThat(done.getString("outcome")).isEqualTo("step paid failed: no payment.never within PT2S");
        assertThat(step(done, "thank").getString("state")).isEqualTo("CANCELLED");
        assertProblem(save(admin, "Bad wait " + UUID.randomUUID(),
                "{\"steps\": [{\"id\": \"w\", \"type\": \"event\", \"event\": \"a.b\", \"timeout\": \"soon\"}]}"), 400, "steps[0].timeout");
    }

    @Test
    void aRejectedGateCancelsTheRunAndWhatWasNotDone() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String workflow = create(admin, "Gate only " + UUID.randomUUID(), """
                {"steps": [{"id": "ok", "type": "approval"},
                           {"id": "after", "type": "task", "agent": "hubspot-analytics", "after": ["ok"], "input": "x"}]}""");
        String run = admin.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"x\"}").json().getString("id");
        awaitRun(admin, run, r -> step(r, "ok").getString("state").equals("AWAITING_APPROVAL"));
        assertProblem(admin.postJson("api/v1/workflows/runs/" + run + "/steps/ok/reject", "{}"), 400, "reason");
        JsonObject rejected = admin.postJson("api/v1/workflows/runs/" + run + "/steps/ok/reject",
                "{\"reason\": \"not this week\"}").json();
        assertThat(step(rejected, "ok").getString("state")).isEqualTo("REJECTED");
        JsonObject done = awaitRun(admin, run, r -> !r.getString("state").equals("RUNNING"));
        assertThat(done.getString("state")).isEqualTo("CANCELLED");
        assertThat(done.getString("outcome")).isEqualTo("step ok was rejected: rejected by admin@coreldove.com: not this week");
        assertThat(step(done, "after").getString("state")).isEqualTo("CANCELLED");
    }

    @Test
    void badDefinitionsAreRefusedNamingTheProblemAndNothingIsWritten() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        int before = admin.get("api/v1/workflows?size=1").json().getInt("totalItems");
        assertProblem(save(admin, "Cycle", """
                {"steps": [{"id": "a", "type": "approval", "after": ["b"]}, {"id": "b", "type": "approval", "after": ["a"]}]}"""),
                400, "steps");
        assertProblem(save(admin, "Missing", """
                {"steps": [{"id": "a", "type": "approval", "after": ["ghost"]}]}"""), 400, "steps[0].after");
        assertProblem(save(admin, "Unknown agent", """
                {"steps": [{"id": "a", "type": "task", "agent": "no-such-agent", "input": "x"}]}"""), 400, "steps[0].agent");
        assertProblem(save(admin, "Above the tier", """
                {"steps": [{"id": "a", "type": "task", "agent": "stripe-analytics", "input": "x"}]}"""), 400, "steps[0].agent");
        assertProblem(save(admin, "Bad tool", """
                {"steps": [{"id": "a", "type": "task", "agent": "hubspot-analytics", "input": "x",
                            "tool": {"name": "hubspot_search_contacts", "arguments": {"query": "Ada", "limit": "many"}}}]}"""),
                400, "steps[0].tool.arguments.limit");
        assertProblem(save(admin, "Not its tool", """
                {"steps": [{"id": "a", "type": "task", "agent": "hubspot-analytics", "input": "x",
                            "tool": {"name": "stripe_create_refund", "arguments": {}}}]}"""), 400, "steps[0].tool.name");
        assertProblem(admin.postJson("api/v1/workflows", "{\"name\": \"No steps\"}"), 400, "definition");
        assertProblem(admin.postJson("api/v1/workflows", "{\"name\": \"Broken\", \"definition\": "), 400, null);
        assertProblem(admin.postJson("api/v1/workflows", "{\"template\": \"no-such-template\"}"), 400, "template");
        assertThat(admin.get("api/v1/workflows?size=1").json().getInt("totalItems")).isEqualTo(before);

        String name = "Twice " + UUID.randomUUID();
        create(admin, name, CAMPAIGN);
        assertProblem(save(admin, name.toUpperCase(), CAMPAIGN), 409, "name");
        JsonObject checked = admin.postJson("api/v1/workflows/check", "{\"definition\": " + CAMPAIGN + "}").json();
        assertThat(checked.getInt("steps")).isEqualTo(7);
        assertThat(checked.getString("svg")).startsWith("<svg").contains("data-from=\"research\" data-to=\"review\"");
        assertProblem(admin.postJson("api/v1/workflows/runs/" + UUID.randomUUID() + "/cancel", ""), 404, null);
        assertProblem(admin.postJson("api/v1/workflows/" + UUID.randomUUID() + "/runs", "{\"input\": \"x\"}"), 404, null);
        assertProblem(admin.get("api/v1/workflows/runs?state=DONE"), 400, "state");
    }

    @Test
    void templatesFollowTheTierAndEditsAreVersioned() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        Map<String, Boolean> offered = corelDove.get("api/v1/workflows/templates").jsonArray().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(t -> t.getString("key"), t -> t.getBoolean("available")));
        assertThat(offered).containsEntry("lead-follow-up", true).containsEntry("campaign-launch", false);
        assertProblem(corelDove.postJson("api/v1/workflows", "{\"template\": \"campaign-launch\"}"), 403, null);
        // the demo data gave CorelDove two of its tier's templates, QuantTrade one of its own
        assertThat(corelDove.get("api/v1/workflows?q=weekly%20performance").json().getJsonArray("items").getJsonObject(0)
                .getString("createdBy")).isEqualTo("demo-data");
        assertThat(anonymous.signedInAs("admin@quanttrade.com").get("api/v1/workflows?q=campaign%20launch").json()
                .getInt("totalItems")).isEqualTo(1);

        String name = "Leads " + UUID.randomUUID();
        Api.Reply fromTemplate = corelDove.postJson("api/v1/workflows", "{\"template\": \"lead-follow-up\", \"name\": \"" + name + "\"}");
        assertThat(fromTemplate.status()).as(fromTemplate.body()).isEqualTo(201);
        JsonObject workflow = fromTemplate.json();
        assertThat(workflow.getString("templateKey")).isEqualTo("lead-follow-up");
        assertThat(workflow.getInt("steps")).isEqualTo(5);
        String id = workflow.getString("id");
        String edited = "{\"name\": \"" + name + "\", \"baseVersion\": " + workflow.getInt("version") + ", \"definition\": "
                + "{\"steps\": [{\"id\": \"only\", \"type\": \"approval\"}]}}";
        JsonObject saved = corelDove.put("api/v1/workflows/" + id, edited).json();
        assertThat(saved.getInt("version")).isEqualTo(workflow.getInt("version") + 1);
        assertProblem(corelDove.put("api/v1/workflows/" + id, edited), 409, "baseVersion");
        assertThat(corelDove.get("api/v1/workflows/" + id + "/diagram").body()).contains("data-step=\"only\"");

        Api thrillRing = anonymous.signedInAs("admin@thrillring.com");
        assertProblem(save(thrillRing, "Tier one", "{\"steps\": [{\"id\": \"a\", \"type\": \"approval\"}]}"), 403, null);
        assertThat(corelDove.delete("api/v1/workflows/" + id).status()).isEqualTo(204);
        assertThat(corelDove.get("api/v1/workflows/" + id).status()).isEqualTo(404);
    }

    @Test
    void twoSavesOfTheSameVersionAtOnceKeepOneAndRefuseTheOther() throws Exception {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String name = "Raced " + UUID.randomUUID();
        JsonObject workflow = admin.postJson("api/v1/workflows", "{\"name\": \"" + name + "\", \"definition\": "
                + "{\"steps\": [{\"id\": \"gate\", \"type\": \"approval\"}]}}").json();
        String id = workflow.getString("id");
        int saved = 0;
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                int base = admin.get("api/v1/workflows/" + id).json().getInt("version");
                List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
                for (String reason : List.of("first " + round, "second " + round)) {
                    replies.add(two.submit(() -> admin.put("api/v1/workflows/" + id, "{\"name\": \"" + name
                            + "\", \"baseVersion\": " + base + ", \"definition\": {\"steps\": [{\"id\": \"gate\","
                            + " \"type\": \"approval\", \"reason\": \"" + reason + "\"}]}}")));
                }
                for (var reply : replies) {
                    Api.Reply r = reply.get();
                    assertThat(r.status()).as(r.body()).isIn(200, 409);
                    if (r.status() == 409) {
                        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("baseVersion");
                    }
                    saved += r.status() == 200 ? 1 : 0;
                }
            }
        } finally {
            two.shutdown();
        }
        // each round: one save kept, the other refused (by the version check, or by the database when both passed it)
        assertThat(saved).isEqualTo(8);
        assertThat(admin.get("api/v1/workflows/" + id).json().getInt("version")).isEqualTo(workflow.getInt("version") + 8);
    }

    @Test
    void rolesDecideWhoWritesRunsAndReads() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        Api client = anonymous.signedInAs("client@coreldove.com");
        String gate = "{\"steps\": [{\"id\": \"wait\", \"type\": \"approval\"}]}";
        String workflow = create(admin, "Roles " + UUID.randomUUID(), gate);

        assertProblem(save(manager, "By a manager", gate), 403, null);
        assertProblem(save(client, "By a client", gate), 403, null);
        assertProblem(manager.delete("api/v1/workflows/" + workflow), 403, null);
        assertProblem(client.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"x\"}"), 403, null);
        assertProblem(manager.postJson("api/v1/workflows/" + workflow + "/runs", "{}"), 400, "input");
        String run = manager.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"x\"}").json().getString("id");
        assertThat(client.get("api/v1/workflows/" + workflow).status()).isEqualTo(200);
        assertThat(client.get("api/v1/workflows/runs/" + run).status()).isEqualTo(200);
        assertProblem(client.postJson("api/v1/workflows/runs/" + run + "/cancel", ""), 403, null);
        assertProblem(client.postJson("api/v1/workflows/events", "{\"type\": \"a.b\"}"), 403, null);
        assertThat(manager.postJson("api/v1/workflows/runs/" + run + "/cancel", "").json().getString("state"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void anotherTenantSeesNothingAndCanDoNothing() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String workflow = create(admin, "Private " + UUID.randomUUID(), "{\"steps\": [{\"id\": \"wait\", \"type\": \"approval\"}]}");
        String run = admin.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"x\"}").json().getString("id");
        awaitRun(admin, run, r -> step(r, "wait").getString("state").equals("AWAITING_APPROVAL"));

        Api other = anonymous.signedInAs("admin@quanttrade.com");
        for (String path : new String[] {"api/v1/workflows/" + workflow, "api/v1/workflows/" + workflow + "/diagram",
                "api/v1/workflows/runs/" + run, "api/v1/workflows/runs/" + run + "/diagram"}) {
            assertThat(other.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(other.get("api/v1/workflows?size=100").body()).doesNotContain(workflow);
        assertThat(other.get("api/v1/workflows/runs?size=100").body()).doesNotContain(run);
        assertThat(other.get("api/v1/workflows/runs?workflowId=" + workflow).json().getInt("totalItems")).isZero();
        assertProblem(other.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"x\"}"), 404, null);
        assertProblem(other.put("api/v1/workflows/" + workflow, "{\"name\": \"mine\", \"definition\": {\"steps\": [{\"id\": \"a\", \"type\": \"approval\"}]}}"), 404, null);
        assertProblem(other.delete("api/v1/workflows/" + workflow), 404, null);
        assertProblem(other.postJson("api/v1/workflows/runs/" + run + "/steps/wait/approve", "{}"), 404, null);
        assertProblem(other.postJson("api/v1/workflows/runs/" + run + "/cancel", ""), 404, null);

        JsonObject unchanged = admin.get("api/v1/workflows/runs/" + run).json();
        assertThat(unchanged.getString("state")).isEqualTo("RUNNING");
        assertThat(step(unchanged, "wait").getString("state")).isEqualTo("AWAITING_APPROVAL");
        admin.postJson("api/v1/workflows/runs/" + run + "/cancel", "");
    }

    private static String create(Api admin, String name, String definition) {
        Api.Reply created = save(admin, name, definition);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static Api.Reply save(Api api, String name, String definition) {
        return api.postJson("api/v1/workflows", "{\"name\": \"" + name + "\", \"definition\": " + definition + "}");
    }

    static JsonObject awaitRun(Api api, String run, Predicate<JsonObject> until) {
        AtomicReference<JsonObject> seen = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            seen.set(api.get("api/v1/workflows/runs/" + run).json());
            return until.test(seen.get());
        });
        return seen.get();
    }

    static JsonObject step(JsonObject run, String id) {
        return run.getJsonArray("steps").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + id + " in " + run));
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                    .as(reply.body()).contains(field);
        }
    }
}
