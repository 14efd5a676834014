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
 * A server killed outright ({@code kill -9} of its JVM) while agent tasks are queued and running, on the platform as
 * the run command starts it: after a restart on the same data, every accepted task finishes, once — none lost,
 * none run twice, and no task's tool call made twice (each task has exactly one, DONE or, if the kill caught it
 * under way, UNCERTAIN and not repeated). The figures are printed.
 */
class CrashRecoveryIT {

    private static final int TASKS = 300;

    private final Path dataDir = Path.of(System.getProperty("it.work.dir"), "crash-it-data");

    @Test
    void tasksAcceptedBeforeAKillNineFinishExactlyOnceAfterTheRestart() throws Exception {
        deleteRecursively(dataDir);
        Settings settings = Settings.fromEnvironment(Map.of(
                "BIZOSAAS_PROJECT_DIR", Deployments.projectDir().toString(),
                "BIZOSAAS_DATA_DIR", dataDir.toString(),
                "BIZOSAAS_PORT_OFFSET", String.valueOf(TestEnvironment.runPortOffset()),
                "BIZOSAAS_CLUSTER_ADDRESS", "230.0.77.6"), Path.of("."));
        Api api = new Api(java.net.URI.create("http://127.0.0.1:" + settings.httpPort() + "/"));
        Map<String, String> unlimited = Map.of("BIZOSAAS_API_REQUESTS_PER_MINUTE", "100000000");
        List<String> accepted;
        String atKill;

        try (Platform platform = Platform.start(settings, Optional.empty(), unlimited)) {
            Api manager = api.signedInAs("manager@coreldove.com");
            String agent = manager.get("api/v1/agents?integration=HubSpot&size=10").json().getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getString("role").equals("Analytics")).findFirst()
                    .orElseThrow().getString("id");
            accepted = submit(manager, agent);
            atKill = states(manager);
            ProcessHandle jvm = platform.server().process().toHandle().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst().orElseThrow();
            assertThat(jvm.destroyForcibly()).as("SIGKILL sent").isTrue();
            jvm.onExit().get(30, TimeUnit.SECONDS);
        }

        try (Platform platform = Platform.start(settings, Optional.empty(), unlimited)) {
            Api manager = api.signedInAs("manager@coreldove.com");
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    total(manager, "SUCCEEDED") + total(manager, "FAILED") >= TASKS);
            assertThat(total(manager, "SUCCEEDED")).as("every accepted task succeeded").isEqualTo(TASKS);
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
            System.out.printf("crash recovery: %d tasks accepted; just before the kill (counted one state after another) %s; after the restart %d succeeded, "
                    + "%d worked on again, %d tool calls left UNCERTAIN (not repeated), none lost, none run twice%n",
                    accepted.size(), atKill, TASKS, retried, uncertain);
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
