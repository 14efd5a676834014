package com.bizosaas.agents;

import com.bizosaas.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/** Steps the agents' tests share: finding a catalogue agent, waiting for a task's state, reading its tool calls. */
final class AgentSteps {

    private AgentSteps() {
    }

    /** The id of the catalogue agent of this integration and role. */
    static String agent(Api api, String integration, String role) {
        return api.get("api/v1/agents?integration=" + integration.replace(" ", "%20") + "&size=10").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("role").equals(role)).findFirst().orElseThrow().getString("id");
    }

    /** The task once it is in {@code state} (a minute at most). */
    static JsonObject awaitState(Api api, String taskId, String state) {
        AtomicReference<JsonObject> task = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            task.set(api.get("api/v1/agents/tasks/" + taskId).json());
            return state.equals(task.get().getString("state"));
        });
        return task.get();
    }

    /** The task's tool calls, in order. */
    static JsonArray toolCalls(Api api, String taskId) {
        return Json.createReader(new StringReader(api.get("api/v1/agents/tasks/" + taskId + "/tool-calls").body())).readArray();
    }
}
