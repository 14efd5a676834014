package com.bizosaas.fake;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake Anthropic on 127.0.0.1 speaking the real Messages API: {@code POST /v1/messages} (plain, and
 * {@code "stream": true} as the named server-sent events {@code message_start}, {@code content_block_start},
 * {@code ping}, {@code content_block_delta}, {@code content_block_stop}, {@code message_delta},
 * {@code message_stop}) and {@code GET /v1/models}.
 *
 * <p>Like the real API it insists on {@code model}, {@code max_tokens}, {@code messages} and the
 * {@code anthropic-version} header (400 {@code invalid_request_error} otherwise). Answers are deterministic:
 * {@code "fake-anthropic: " + the last user message's text}; when the request offers {@code tools} and the
 * user's text names one (its full name, or a distinctive part of it), a {@code tool_use} block calling it
 * with input filled from its {@code input_schema}; after a {@code tool_result},
 * {@code "fake-anthropic: tool result: " + its content}.
 *
 * <pre>{@code
 * try (FakeAnthropic anthropic = new FakeAnthropic().start()) {
 *     String baseUrl = anthropic.baseUrl();       // http://127.0.0.1:<port>/v1/
 *     anthropic.rateLimited();                    // 429 rate_limit_error, retry-after: 1
 * }
 * }</pre>
 */
public final class FakeAnthropic extends FakeProviderServer<FakeAnthropic> {

    /** Models listed by {@code GET /v1/models}; any other model name is accepted and echoed all the same. */
    public static final List<String> MODELS = List.of("claude-sonnet-4-5", "claude-haiku-4-5");

    private volatile boolean gullible;

    /** On any free port. */
    public FakeAnthropic() {
        this(0);
    }

    /** On this port (0: any free port). */
    public FakeAnthropic(int port) {
        super("fake-anthropic", port);
    }

    /** {@code http://127.0.0.1:<port>/v1/}: the base URL an Anthropic client is given. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1/";
    }

    // ---------------------------------------------------------------------------------------------- routes

    @Override
    void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        switch (route) {
            case "/v1/messages" -> {
                if (!"POST".equals(method)) {
                    throw new BadRequest(405, "Method " + method + " not allowed on " + route);
                }
                if (exchange.getRequestHeaders().getFirst("anthropic-version") == null) {
                    throw new BadRequest(400, "anthropic-version: header is required");
                }
                messages(exchange, parseObject(body));
            }
            case "/v1/models" -> {
                if (!"GET".equals(method)) {
                    throw new BadRequest(405, "Method " + method + " not allowed on " + route);
                }
                models(exchange);
            }
            default -> notFound(method, path);
        }
    }

    @Override
    void sendError(HttpExchange exchange, int status, String message, Duration retryAfter) throws IOException {
        String type = switch (status) {
            case 400, 405 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("retry-after", Long.toString(Math.max(0, retryAfter.toSeconds())));
            exchange.getResponseHeaders().set("anthropic-ratelimit-requests-remaining", "0");
        }
        sendJson(exchange, status, JSON.createObjectBuilder()
                .add("type", "error")
                .add("error", JSON.createObjectBuilder().add("type", type).add("message", message))
                .build());
    }

    @Override
    String apiKeyOf(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("x-api-key");
    }

    private void models(HttpExchange exchange) throws IOException {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (String model : MODELS) {
            data.add(JSON.createObjectBuilder()
                    .add("type", "model")
                    .add("id", model)
                    .add("display_name", model)
                    .add("created_at", "2025-01-01T00:00:00Z"));
        }
        sendJson(exchange, 200, JSON.createObjectBuilder()
                .add("data", data)
                .add("has_more", false)
                .add("first_id", MODELS.get(0))
                .add("last_id", MODELS.get(MODELS.size() - 1))
                .build());
    }

    // ---------------------------------------------------------------------------------------------- messages

    /** What the fake answers one request: text, or one tool use. */
    private record Answer(String text, String toolName, JsonObject toolInput, int inputTokens, int outputTokens) {
        boolean isToolUse() {
            return toolName != null;
        }
    }

    private Answer answer(JsonObject request) {
        JsonArray messages = requiredArray(request, "messages");
        if (!(request.get("max_tokens") instanceof jakarta.json.JsonNumber)) {
            throw new BadRequest(400, "max_tokens: Field required");
        }
        StringBuilder prompt = new StringBuilder(textOf(request.get("system")));
        JsonObject last = null;
        for (JsonValue value : messages) {
            JsonObject message = objectOrNull(value);
            String role = message == null ? null : stringOrNull(message.get("role"));
            if (!"user".equals(role) && !"assistant".equals(role)) {
                throw new BadRequest(400, "messages: each message must have the role 'user' or 'assistant'");
            }
            prompt.append(' ').append(textOf(message.get("content")));
            last = message;
        }
        int inputTokens = tokens(prompt.toString());
        if (!"user".equals(stringOrNull(last.get("role")))) {
            String text = "fake-anthropic: ";
            return new Answer(text, null, null, inputTokens, tokens(text));
        }
        JsonValue content = last.get("content");
        if (content instanceof JsonArray blocks) {
            for (JsonValue block : blocks) {
                JsonObject object = objectOrNull(block);
                if (object != null && "tool_result".equals(stringOrNull(object.get("type")))) {
                    JsonValue result = object.get("content");
                    String resultText = result instanceof JsonArray ? textOf(result) : textOfOrEmpty(result);
                    Answer obeyed = gullible ? obey(request, resultText, calledBy(messages, object), inputTokens) : null;
                    if (obeyed != null) {
                        return obeyed;
                    }
                    String text = "fake-anthropic: tool result: " + resultText;
                    return new Answer(text, null, null, inputTokens, tokens(text));
                }
            }
        }
        String userText = textOf(content);
        if (request.get("tools") instanceof JsonArray tools && !tools.isEmpty()) {
            List<String> names = new ArrayList<>();
            List<JsonObject> schemas = new ArrayList<>();
            for (JsonValue tool : tools) {
                JsonObject object = objectOrNull(tool);
                String name = object == null ? null : stringOrNull(object.get("name"));
                if (name != null) {
                    names.add(name);
                    schemas.add(objectOrNull(object.get("input_schema")));
                }
            }
            String chosen = chosenTool(names, userText);
            if (chosen != null) {
                JsonObject input = fillArguments(schemas.get(names.indexOf(chosen)), userText);
                return new Answer(null, chosen, input, inputTokens, tokens(chosen) + tokens(input.toString()));
            }
        }
        String text = "fake-anthropic: " + userText;
        return new Answer(text, null, null, inputTokens, tokens(text));
    }

    /**
     * A gullible model does what a tool's result tells it: when the result names an offered tool in full, it calls
     * that tool, its arguments filled from the words that named it. The platform must hold even against such a model (LLM01).
     */
    public FakeAnthropic gullible(boolean obeysToolResults) {
        this.gullible = obeysToolResults;
        return this;
    }

    private Answer obey(JsonObject request, String resultText, String resultOf, int inputTokens) {
        if (!(request.get("tools") instanceof JsonArray tools)) {
            return null;
        }
        for (JsonValue tool : tools) {
            JsonObject object = objectOrNull(tool);
            String name = object == null ? null : stringOrNull(object.get("name"));
            // the result names the tool that produced it: that is no instruction
            if (name != null && !name.equals(resultOf) && resultText.contains(name)) {
                // it follows the words that named the tool: the JSON string they stand in
                int at = resultText.indexOf(name);
                int from = resultText.lastIndexOf('"', at) + 1;
                int to = resultText.indexOf('"', at);
                String instruction = resultText.substring(from, to < 0 ? resultText.length() : to);
                JsonObject input = fillArguments(objectOrNull(object.get("input_schema")), instruction);
                return new Answer(null, name, input, inputTokens, tokens(name) + tokens(input.toString()));
            }
        }
        return null;
    }

    /** The name of the tool whose use a {@code tool_result} block answers, from the assistant's earlier turn. */
    private static String calledBy(JsonArray messages, JsonObject toolResult) {
        String id = stringOrNull(toolResult.get("tool_use_id"));
        for (JsonValue value : messages) {
            JsonObject message = objectOrNull(value);
            if (message != null && message.get("content") instanceof JsonArray blocks) {
                for (JsonValue block : blocks) {
                    JsonObject use = objectOrNull(block);
                    if (use != null && "tool_use".equals(stringOrNull(use.get("type"))) && id != null
                            && id.equals(stringOrNull(use.get("id")))) {
                        return stringOrNull(use.get("name"));
                    }
                }
            }
        }
        return null;
    }

    private static String textOfOrEmpty(JsonValue value) {
        String text = stringOrNull(value);
        return text == null ? "" : text;
    }

    private void messages(HttpExchange exchange, JsonObject request) throws IOException {
        String model = requiredString(request, "model");
        Answer answer = answer(request);
        String id = nextId("msg_fake_");
        String toolUseId = answer.isToolUse() ? nextId("toolu_fake_") : null;
        if (request.get("stream") == JsonValue.TRUE) {
            stream(exchange, model, answer, id, toolUseId);
            return;
        }
        JsonObjectBuilder block = answer.isToolUse()
                ? JSON.createObjectBuilder().add("type", "tool_use").add("id", toolUseId).add("name", answer.toolName())
                        .add("input", answer.toolInput())
                : JSON.createObjectBuilder().add("type", "text").add("text", answer.text());
        sendJson(exchange, 200, JSON.createObjectBuilder()
                .add("id", id)
                .add("type", "message")
                .add("role", "assistant")
                .add("model", model)
                .add("content", JSON.createArrayBuilder().add(block))
                .add("stop_reason", answer.isToolUse() ? "tool_use" : "end_turn")
                .addNull("stop_sequence")
                .add("usage", JSON.createObjectBuilder()
                        .add("input_tokens", answer.inputTokens())
                        .add("output_tokens", answer.outputTokens()))
                .build());
    }

    private static void stream(HttpExchange exchange, String model, Answer answer, String id, String toolUseId)
            throws IOException {
        try (OutputStream out = startStream(exchange, "text/event-stream")) {
            // output_tokens 0 here, the total in message_delta: clients that add the two get the same count
            event(out, "message_start", JSON.createObjectBuilder()
                    .add("type", "message_start")
                    .add("message", JSON.createObjectBuilder()
                            .add("id", id)
                            .add("type", "message")
                            .add("role", "assistant")
                            .add("model", model)
                            .add("content", JSON.createArrayBuilder())
                            .addNull("stop_reason")
                            .addNull("stop_sequence")
                            .add("usage", JSON.createObjectBuilder()
                                    .add("input_tokens", answer.inputTokens())
                                    .add("output_tokens", 0)))
                    .build());
            if (answer.isToolUse()) {
                event(out, "content_block_start", JSON.createObjectBuilder()
                        .add("type", "content_block_start")
                        .add("index", 0)
                        .add("content_block", JSON.createObjectBuilder()
                                .add("type", "tool_use")
                                .add("id", toolUseId)
                                .add("name", answer.toolName())
                                .add("input", JSON.createObjectBuilder()))
                        .build());
                event(out, "ping", JSON.createObjectBuilder().add("type", "ping").build());
                for (String part : chunks(answer.toolInput().toString(), 8)) {
                    event(out, "content_block_delta", delta(JSON.createObjectBuilder()
                            .add("type", "input_json_delta").add("partial_json", part)));
                }
            } else {
                event(out, "content_block_start", JSON.createObjectBuilder()
                        .add("type", "content_block_start")
                        .add("index", 0)
                        .add("content_block", JSON.createObjectBuilder().add("type", "text").add("text", ""))
                        .build());
                event(out, "ping", JSON.createObjectBuilder().add("type", "ping").build());
                for (String piece : pieces(answer.text())) {
                    event(out, "content_block_delta", delta(JSON.createObjectBuilder()
                            .add("type", "text_delta").add("text", piece)));
                }
            }
            event(out, "content_block_stop", JSON.createObjectBuilder()
                    .add("type", "content_block_stop").add("index", 0).build());
            event(out, "message_delta", JSON.createObjectBuilder()
                    .add("type", "message_delta")
                    .add("delta", JSON.createObjectBuilder()
                            .add("stop_reason", answer.isToolUse() ? "tool_use" : "end_turn")
                            .addNull("stop_sequence"))
                    .add("usage", JSON.createObjectBuilder().add("output_tokens", answer.outputTokens()))
                    .build());
            event(out, "message_stop", JSON.createObjectBuilder().add("type", "message_stop").build());
        }
    }

    private static JsonObject delta(JsonObjectBuilder delta) {
        return JSON.createObjectBuilder().add("type", "content_block_delta").add("index", 0).add("delta", delta).build();
    }

    private static void event(OutputStream out, String name, JsonObject data) throws IOException {
        write(out, "event: " + name + "\ndata: " + data + "\n\n");
    }
}
