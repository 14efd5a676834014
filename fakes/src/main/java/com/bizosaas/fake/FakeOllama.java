package com.bizosaas.fake;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake Ollama on 127.0.0.1 speaking its native API: {@code POST /api/chat} (plain with
 * {@code "stream": false}, else newline-delimited JSON, Ollama's default), {@code POST /api/embed} and
 * {@code GET /api/tags}.
 *
 * <p>Answers are deterministic: {@code "fake-ollama: " + the last user message}; a tool the user's text names
 * is called (Ollama sends the arguments as a JSON object, and the whole call in one chunk when streaming);
 * after a {@code tool} message, {@code "fake-ollama: tool result: " + its content}. Errors are Ollama's
 * {@code {"error": "..."}}.
 */
public final class FakeOllama extends FakeProviderServer<FakeOllama> {

    /** Models listed by {@code GET /api/tags}; any other model name is accepted and echoed all the same. */
    public static final List<String> MODELS = List.of("llama3.2:latest", "nomic-embed-text:latest");
    public static final int DEFAULT_EMBEDDING_DIMENSIONS = 8;

    /** On any free port. */
    public FakeOllama() {
        this(0);
    }

    /** On this port (0: any free port). */
    public FakeOllama(int port) {
        super("fake-ollama", port);
    }

    /** {@code http://127.0.0.1:<port>}: the base URL an Ollama client is given (it appends {@code /api/...}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    // ---------------------------------------------------------------------------------------------- routes

    @Override
    void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        switch (route) {
            case "/api/chat" -> {
                requirePost(method, route);
                chat(exchange, parseObject(body));
            }
            case "/api/embed" -> {
                requirePost(method, route);
                embed(exchange, parseObject(body));
            }
            case "/api/tags" -> {
                if (!"GET".equals(method)) {
                    throw new BadRequest(405, "method not allowed");
                }
                tags(exchange);
            }
            default -> notFound(method, path);
        }
    }

    private static void requirePost(String method, String route) {
        if (!"POST".equals(method)) {
            throw new BadRequest(405, "method " + method + " not allowed on " + route);
        }
    }

    @Override
    void sendError(HttpExchange exchange, int status, String message, Duration retryAfter) throws IOException {
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("retry-after", Long.toString(Math.max(0, retryAfter.toSeconds())));
        }
        sendJson(exchange, status, JSON.createObjectBuilder().add("error", message).build());
    }

    @Override
    String apiKeyOf(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return null;
        }
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : authorization;
    }

    private void tags(HttpExchange exchange) throws IOException {
        JsonArrayBuilder models = JSON.createArrayBuilder();
        for (String model : MODELS) {
            models.add(JSON.createObjectBuilder()
                    .add("name", model)
                    .add("model", model)
                    .add("modified_at", "2025-01-01T00:00:00Z")
                    .add("size", 1_000_000L)
                    .add("digest", "fake" + Integer.toHexString(model.hashCode()))
                    .add("details", JSON.createObjectBuilder().add("format", "gguf").add("family", "fake")));
        }
        sendJson(exchange, 200, JSON.createObjectBuilder().add("models", models).build());
    }

    // ---------------------------------------------------------------------------------------------- chat

    /** What the fake answers one chat request: text, or one tool call. */
    private record Answer(String text, String toolName, JsonObject toolArguments, int promptTokens, int evalTokens) {
        boolean isToolCall() {
            return toolName != null;
        }
    }

    private Answer answer(JsonObject request) {
        Conversation conversation = conversation(requiredArray(request, "messages"), "each message must be an object with a role");
        int promptTokens = conversation.promptTokens();
        String lastUserText = conversation.lastUserText();
        JsonObject last = conversation.last();
        String lastRole = conversation.lastRole();
        if ("tool".equals(lastRole)) {
            String text = "fake-ollama: tool result: " + textOf(last.get("content"));
            return new Answer(text, null, null, promptTokens, tokens(text));
        }
        if ("user".equals(lastRole) && request.get("tools") instanceof JsonArray tools && !tools.isEmpty()) {
            List<String> names = new ArrayList<>();
            List<JsonObject> schemas = new ArrayList<>();
            for (JsonValue tool : tools) {
                JsonObject toolObject = objectOrNull(tool);
                JsonObject function = toolObject == null ? null : objectOrNull(toolObject.get("function"));
                String name = function == null ? null : stringOrNull(function.get("name"));
                if (name != null) {
                    names.add(name);
                    schemas.add(objectOrNull(function.get("parameters")));
                }
            }
            String chosen = chosenTool(names, lastUserText);
            if (chosen != null) {
                JsonObject arguments = fillArguments(schemas.get(names.indexOf(chosen)), lastUserText);
                return new Answer(null, chosen, arguments, promptTokens, tokens(chosen) + tokens(arguments.toString()));
            }
        }
        String text = "fake-ollama: " + (lastUserText == null ? "" : lastUserText);
        return new Answer(text, null, null, promptTokens, tokens(text));
    }

    private void chat(HttpExchange exchange, JsonObject request) throws IOException {
        String model = requiredString(request, "model");
        Answer answer = answer(request);
        String createdAt = Instant.now().toString();
        if (request.get("stream") != JsonValue.FALSE) {
            stream(exchange, model, answer, createdAt);
            return;
        }
        JsonObjectBuilder message = JSON.createObjectBuilder().add("role", "assistant");
        if (answer.isToolCall()) {
            message.add("content", "").add("tool_calls", toolCalls(answer));
        } else {
            message.add("content", answer.text());
        }
        sendJson(exchange, 200, done(JSON.createObjectBuilder()
                .add("model", model)
                .add("created_at", createdAt)
                .add("message", message), answer).build());
    }

    private JsonArrayBuilder toolCalls(Answer answer) {
        return JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("id", nextId("call_fake_"))
                .add("function", JSON.createObjectBuilder()
                        .add("index", 0)
                        .add("name", answer.toolName())
                        .add("arguments", answer.toolArguments())));
    }

    private static JsonObjectBuilder done(JsonObjectBuilder response, Answer answer) {
        return response
                .add("done", true)
                .add("done_reason", "stop")
                .add("total_duration", 1_000_000L)
                .add("load_duration", 100_000L)
                .add("prompt_eval_count", answer.promptTokens())
                .add("prompt_eval_duration", 200_000L)
                .add("eval_count", answer.evalTokens())
                .add("eval_duration", 700_000L);
    }

    private void stream(HttpExchange exchange, String model, Answer answer, String createdAt) throws IOException {
        try (OutputStream out = startStream(exchange, "application/x-ndjson")) {
            if (answer.isToolCall()) {
                line(out, JSON.createObjectBuilder()
                        .add("model", model)
                        .add("created_at", createdAt)
                        .add("message", JSON.createObjectBuilder()
                                .add("role", "assistant").add("content", "").add("tool_calls", toolCalls(answer)))
                        .add("done", false)
                        .build());
            } else {
                for (String piece : pieces(answer.text())) {
                    line(out, JSON.createObjectBuilder()
                            .add("model", model)
                            .add("created_at", createdAt)
                            .add("message", JSON.createObjectBuilder().add("role", "assistant").add("content", piece))
                            .add("done", false)
                            .build());
                }
            }
            line(out, done(JSON.createObjectBuilder()
                    .add("model", model)
                    .add("created_at", createdAt)
                    .add("message", JSON.createObjectBuilder().add("role", "assistant").add("content", "")), answer)
                    .build());
        }
    }

    private static void line(OutputStream out, JsonObject json) throws IOException {
        write(out, json + "\n");
    }

    // ---------------------------------------------------------------------------------------------- embeddings

    private void embed(HttpExchange exchange, JsonObject request) throws IOException {
        String model = requiredString(request, "model");
        List<String> inputs = new ArrayList<>();
        JsonValue input = request.get("input");
        if (input instanceof JsonString string) {
            inputs.add(string.getString());
        } else if (input instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (!(item instanceof JsonString string)) {
                    throw new BadRequest(400, "invalid input type");
                }
                inputs.add(string.getString());
            }
        }
        if (inputs.isEmpty()) {
            throw new BadRequest(400, "input is required");
        }
        int dimensions = intOr(request.get("dimensions"), DEFAULT_EMBEDDING_DIMENSIONS);
        if (dimensions < 1 || dimensions > 4096) {
            throw new BadRequest(400, "dimensions must be between 1 and 4096");
        }
        JsonArrayBuilder embeddings = JSON.createArrayBuilder();
        int tokens = 0;
        for (String text : inputs) {
            tokens += tokens(text);
            JsonArrayBuilder vector = JSON.createArrayBuilder();
            for (float f : embedding(text, dimensions)) {
                vector.add((double) f);
            }
            embeddings.add(vector);
        }
        sendJson(exchange, 200, JSON.createObjectBuilder()
                .add("model", model)
                .add("embeddings", embeddings)
                .add("total_duration", 1_000_000L)
                .add("load_duration", 100_000L)
                .add("prompt_eval_count", tokens)
                .build());
    }
}
