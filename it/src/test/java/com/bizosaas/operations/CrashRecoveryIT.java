package com.bizosaas.operations;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import com.bizosaas.launcher.Platform;
import com.bizosaas.launcher.Settings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server killed outright ({@code kill -9} of its JVM) while agent tasks and workflow runs are queued and running, on
 * the platform as the run command starts it: after a restart on the same data, every accepted task finishes, once —
 * none lost, none run twice, and no task's tool call made twice (each task has exactly one, DONE or, if the kill
 * caught it under way, UNCERTAIN and not repeated) — and every workflow run continues to its end with exactly one
 * task per task step (parallel branches and a join). The figures are printed.
 */
class CrashRecoveryIT {

    private static final int TASKS = 300;
    private static final int RUNS = 20;
    private static final int TASK_STEPS = 3;
    private static final String FAN_OUT_AND_JOIN = """
            {"steps": [
              {"id": "contacts", "type": "task", "agent": "hubspot-analytics", "input": "Find contacts for {{input}}",
               "tool": {"name": "hubspot_search_contacts", "arguments": {"query": "Ada", "limit": 3}}},
              {"id": "pipeline", "type": "task", "agent": "hubspot-analytics", "input": "Pipeline for {{input}}"},
              {"id": "join", "type": "task", "agent": "hubspot-analytics", "after": ["contacts", "pipeline"],
               "input": "Put together: {{steps.contacts.result}} / {{steps.pipeline.result}}"}
            ]}""";

    private final Path dataDir = Path.of(System.getProperty("it.work.dir"), "crash-it-data");

    @Test
    void tasksAcceptedBeforeAKillNineFinishExactlyOnceAfterTheRestart() throws Exception {
        deleteRecursively(dataDir);
        Settings settings = Settings.fromEnvironment(Map.of(
                "BIZOSAAS_PROJECT_DIR", Deployments.projectDir().toString(),
                "BIZOSAAS_DATA_DIR", dataDir.toString(),
                "BIZOSAAS_PORT_OFFSET", String.valueOf(TestEnvironment.runPortOffset()),
                "BIZOSAAS_CLUSTER_ADDRESS", TestEnvironment.clusterAddress(2)), Path.of("."));
        Api api = new Api(java.net.URI.create("http://127.0.0.1:" + settings.httpPort() + "/"));
        Map<String, String> unlimited = Map.of("BIZOSAAS_API_REQUESTS_PER_MINUTE", "100000000");
        List<String> accepted;
        List<String> runs;
        String atKill;

        try (Platform platform = Platform.start(settings, Optional.empty(), unlimited)) {
            Api manager = api.signedInAs("manager@coreldove.com");
            String agent = manager.get("api/v1/agents?integration=HubSpot&size=10").json().getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getString("role").equals("Analytics")).findFirst()
                    .orElseThrow().getString("id");
            String workflow = api.signedInAs("admin@coreldove.com").postJson("api/v1/workflows",
                    "{\"name\": \"Crash drill\", \"definition\": " + FAN_OUT_AND_JOIN + "}").json().getString("id");
            accepted = submit(manager, agent);
            runs = startRuns(manager, workflow); // behind the tasks on the queue: the kill finds them under way
            atKill = states(manager) + ", workflow runs " + runStates(manager);
            ProcessHandle jvm = platform.server().process().toHandle().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst().orElseThrow();
            assertThat(jvm.destroyForcibly()).as("SIGKILL sent").isTrue();
            jvm.onExit().get(30, TimeUnit.SECONDS);
        }

        try (Platform platform = Platform.start(settings, Optional.empty(), unlimited)) {
            Api manager = api.signedInAs("manager@coreldove.com");
            int expected = TASKS + RUNS * TASK_STEPS;
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    total(manager, "SUCCEEDED") + total(manager, "FAILED") >= expected
                            && runTotal(manager, "RUNNING") == 0);
            assertThat(total(manager, "SUCCEEDED")).as("every accepted task, and each workflow step's task once")
                    .isEqualTo(expected);
            assertThat(total(manager, "QUEUED") + total(manager, "RUNNING") + total(manager, "FAILED")).isZero();

            int retried = 0;
            int uncertain = 0;
            for (String id : accepted) {
                JsonObject task = manager.get("api/v1/agents/tasks/" + id).json();
                assertThat(task.getString("state")).as(id).isEqualTo("SUCCEEDED");
                retried += task.getInt("attempts") > 1 ? 1 : 0;
                List<JsonObject> calls = jakarta.json.Json.createReader(new StringReader(
                        manager.get("api/v1/agents/tasks/" + id + "/tool-calls").body())).readArray().getValuesAs(JsonObject.class);
                assertThat(calls).as("one tool call for " + id).singleElement()
                        .satisfies(c -> assertThat(c.getString("state")).isIn("DONE", "UNCERTAIN"));
                uncertain += calls.get(0).getString("state").equals("UNCERTAIN") ? 1 : 0;
            }
            Map<String, Integer> tasksPerRun = new java.util.HashMap<>();
            for (int page = 0; page * 100 < expected; page++) {
                manager.get("api/v1/agents/tasks?size=100&page=" + page).json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject).filter(t -> t.containsKey("workflowRunId"))
                        .forEach(t -> tasksPerRun.merge(t.getString("workflowRunId"), 1, Integer::sum));
            }
            for (String run : runs) {
                JsonObject finished = manager.get("api/v1/workflows/runs/" + run).json();
                assertThat(finished.getString("state")).as(finished.toString()).isEqualTo("SUCCEEDED");
                assertThat(finished.getJsonArray("steps").stream().map(st -> st.asJsonObject().getString("taskId")).distinct())
                        .as("a task of its own per step").hasSize(TASK_STEPS);
                assertThat(tasksPerRun.get(run)).as("tasks of run " + run).isEqualTo(TASK_STEPS);
            }
            System.out.printf("crash recovery: %d tasks and %d workflow runs (%d task steps each) accepted; just before the kill "
                    + "(counted one state after another) %s; after the restart %d tasks succeeded, %d worked on again, %d tool "
                    + "calls left UNCERTAIN (not repeated), %d runs succeeded with one task per step: none lost, none run twice%n",
                    accepted.size(), runs.size(), TASK_STEPS, atKill, expected, retried, uncertain, runs.size());
        }
    }

    private static List<String> submit(Api manager, String agent) throws Exception {
        String body = "{\"input\": \"Find our contacts called Ada\", \"tool\": {\"name\": \"hubspot_search_contacts\","
                + " \"arguments\": {\"query\": \"Ada\", \"limit\": 3}}}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            futures.add(pool.submit(() -> {
                Api.Reply reply = manager.postJson("api/v1/agents/" + agent + "/tasks", body);
                assertThat(reply.status()).as(reply.body()).isEqualTo(202);
                return reply.json().getString("id");
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : futures) {
            ids.add(f.get());
        }
        pool.shutdown();
        return ids;
    }

    private static List<String> startRuns(Api manager, String workflow) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Api.Reply reply = manager.postJson("api/v1/workflows/" + workflow + "/runs", "{\"input\": \"drill " + i + "\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(202);
            ids.add(reply.json().getString("id"));
        }
        return ids;
    }

    private static String runStates(Api manager) {
        return runTotal(manager, "RUNNING") + " running, " + runTotal(manager, "SUCCEEDED") + " succeeded";
    }

    private static int runTotal(Api manager, String state) {
        return manager.get("api/v1/workflows/runs?state=" + state + "&size=1").json().getInt("totalItems");
    }

    private static String states(Api manager) {
        return total(manager, "QUEUED") + " queued, " + total(manager, "RUNNING") + " running, "
                + total(manager, "SUCCEEDED") + " succeeded";
    }

    private static int total(Api manager, String state) {
        return manager.get("api/v1/agents/tasks?state=" + state + "&size=1").json().getInt("totalItems");
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
