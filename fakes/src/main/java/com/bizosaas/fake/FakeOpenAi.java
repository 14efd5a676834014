package com.bizosaas.fake;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A fake OpenAI on 127.0.0.1 speaking the real wire protocol, for integration tests and benchmarks:
 * {@code POST /v1/chat/completions} (plain, and {@code "stream": true} as server-sent events, tool calls
 * included), {@code POST /v1/embeddings} and {@code GET /v1/models}.
 *
 * <p>Answers are deterministic. A chat answers {@code "fake-openai: " + the last user message's text}; when
 * the request offers {@code tools} and the last message is the user's and names one of them (its full name,
 * or a distinctive part of it: "refund" for {@code create_refund}), it answers with a call of that tool whose
 * arguments are filled from the tool's schema and the user's words (see {@code fillArguments}); after a
 * {@code tool} message it answers {@code "fake-openai: tool result: " + its content}. Embeddings are unit
 * vectors that depend only on the input text, of dimension 8 or the request's {@code dimensions}; the
 * {@code "encoding_format": "base64"} the official SDKs ask for is honoured.
 *
 * <pre>{@code
 * try (FakeOpenAi openAi = new FakeOpenAi().start()) {
 *     String baseUrl = openAi.baseUrl();          // http://127.0.0.1:<port>/v1
 *     openAi.failing(500);                        // every request answered 500 with an OpenAI error body
 *     openAi.healthy().slow(Duration.ofSeconds(2));
 * }
 * }</pre>
 */
public final class FakeOpenAi extends FakeProviderServer<FakeOpenAi> {

    /** Models listed by {@code GET /v1/models}; any other model name is accepted and echoed all the same. */
    public static final List<String> MODELS = List.of("gpt-4o-mini", "gpt-4o", "text-embedding-3-small");
    public static final int DEFAULT_EMBEDDING_DIMENSIONS = 8;

    /** On any free port. */
    public FakeOpenAi() {
        this(0);
    }

    /** On this port (0: any free port). */
    public FakeOpenAi(int port) {
        super("fake-openai", port);
    }

    /** {@code http://127.0.0.1:<port>/v1}: the base URL an OpenAI client is given. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    // ---------------------------------------------------------------------------------------------- routes

    @Override
    void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        switch (route) {
            case "/v1/chat/completions" -> {
                requirePost(method, route);
                chatCompletions(exchange, parseObject(body));
            }
            case "/v1/embeddings" -> {
                requirePost(method, route);
                embeddings(exchange, parseObject(body));
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

    private static void requirePost(String method, String route) {
        if (!"POST".equals(method)) {
            throw new BadRequest(405, "Method " + method + " not allowed on " + route);
        }
    }

    @Override
    void sendError(HttpExchange exchange, int status, String message, Duration retryAfter) throws IOException {
        String type;
        String code;
        switch (status) {
            case 400, 405 -> {
                type = "invalid_request_error";
                code = null;
            }
            case 401 -> {
                type = "invalid_request_error";
                code = "invalid_api_key";
            }
            case 403 -> {
                type = "invalid_request_error";
                code = "permission_denied";
            }
            case 404 -> {
                type = "invalid_request_error";
                code = "not_found";
            }
            case 429 -> {
                type = "requests";
                code = "rate_limit_exceeded";
            }
            default -> {
                type = status >= 500 ? "server_error" : "invalid_request_error";
                code = null;
            }
        }
        JsonObjectBuilder error = JSON.createObjectBuilder().add("message", message).add("type", type).addNull("param");
        if (code == null) {
            error.addNull("code");
        } else {
            error.add("code", code);
        }
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("retry-after", Long.toString(Math.max(0, retryAfter.toSeconds())));
            exchange.getResponseHeaders().set("x-ratelimit-remaining-requests", "0");
        }
        sendJson(exchange, status, JSON.createObjectBuilder().add("error", error).build());
    }

    @Override
    String apiKeyOf(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return null;
        }
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : authorization;
    }

    private void models(HttpExchange exchange) throws IOException {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (String model : MODELS) {
            data.add(JSON.createObjectBuilder()
                    .add("id", model)
                    .add("object", "model")
                    .add("created", 1_700_000_000L)
                    .add("owned_by", "fake-openai"));
        }
        sendJson(exchange, 200, JSON.createObjectBuilder().add("object", "list").add("data", data).build());
    }

    // ---------------------------------------------------------------------------------------------- chat

    /** What the fake answers one chat request: text, or one tool call. */
    private record Answer(String text, String toolName, String toolArguments, int promptTokens, int completionTokens) {
        boolean isToolCall() {
            return toolName != null;
        }
    }

    private Answer answer(JsonObject request) {
        Conversation conversation = conversation(requiredArray(request, "messages"), "Each message must be an object with a 'role'");
        int promptTokens = conversation.promptTokens();
        String lastUserText = conversation.lastUserText();
        JsonObject last = conversation.last();
        String lastRole = conversation.lastRole();
        if ("tool".equals(lastRole)) {
            String text = "fake-openai: tool result: " + textOf(last.get("content"));
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
                String arguments = fillArguments(schemas.get(names.indexOf(chosen)), lastUserText).toString();
                return new Answer(null, chosen, arguments, promptTokens, tokens(chosen) + tokens(arguments));
            }
        }
        String text = "fake-openai: " + (lastUserText == null ? "" : lastUserText);
        return new Answer(text, null, null, promptTokens, tokens(text));
    }

    private void chatCompletions(HttpExchange exchange, JsonObject request) throws IOException {
        String model = requiredString(request, "model");
        Answer answer = answer(request);
        String id = nextId("chatcmpl-fake-");
        String toolCallId = answer.isToolCall() ? nextId("call_fake_") : null;
        long created = now();
        if (request.get("stream") == JsonValue.TRUE) {
            stream(exchange, request, model, answer, id, toolCallId, created);
            return;
        }
        JsonObjectBuilder message = JSON.createObjectBuilder().add("role", "assistant");
        if (answer.isToolCall()) {
            message.addNull("content").add("tool_calls", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("id", toolCallId)
                    .add("type", "function")
                    .add("function", JSON.createObjectBuilder()
                            .add("name", answer.toolName())
                            .add("arguments", answer.toolArguments()))));
        } else {
            message.add("content", answer.text());
        }
        message.addNull("refusal");
        JsonObject response = JSON.createObjectBuilder()
                .add("id", id)
                .add("object", "chat.completion")
                .add("created", created)
                .add("model", model)
                .add("system_fingerprint", "fp_fake")
                .add("choices", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("index", 0)
                        .add("message", message)
                        .addNull("logprobs")
                        .add("finish_reason", answer.isToolCall() ? "tool_calls" : "stop")))
                .add("usage", usage(answer))
                .build();
        sendJson(exchange, 200, response);
    }

    private static JsonObjectBuilder usage(Answer answer) {
        return JSON.createObjectBuilder()
                .add("prompt_tokens", answer.promptTokens())
                .add("completion_tokens", answer.completionTokens())
                .add("total_tokens", answer.promptTokens() + answer.completionTokens());
    }

    private static void stream(HttpExchange exchange, JsonObject request, String model, Answer answer, String id,
                               String toolCallId, long created) throws IOException {
        boolean includeUsage = isTrue(objectOrNull(request.get("stream_options")), "include_usage");
        try (OutputStream out = startStream(exchange, "text/event-stream")) {
            if (answer.isToolCall()) {
                event(out, chunk(id, created, model, JSON.createObjectBuilder()
                        .add("role", "assistant")
                        .addNull("content")
                        .add("tool_calls", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("index", 0)
                                .add("id", toolCallId)
                                .add("type", "function")
                                .add("function", JSON.createObjectBuilder()
                                        .add("name", answer.toolName())
                                        .add("arguments", "")))), null, includeUsage));
                for (String part : chunks(answer.toolArguments(), 8)) {
                    event(out, chunk(id, created, model, JSON.createObjectBuilder()
                            .add("tool_calls", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                    .add("index", 0)
                                    .add("function", JSON.createObjectBuilder().add("arguments", part)))),
                            null, includeUsage));
                }
            } else {
                event(out, chunk(id, created, model,
                        JSON.createObjectBuilder().add("role", "assistant").add("content", "").addNull("refusal"),
                        null, includeUsage));
                for (String piece : pieces(answer.text())) {
                    event(out, chunk(id, created, model, JSON.createObjectBuilder().add("content", piece), null,
                            includeUsage));
                }
            }
            event(out, chunk(id, created, model, JSON.createObjectBuilder(),
                    answer.isToolCall() ? "tool_calls" : "stop", includeUsage));
            if (includeUsage) {
                event(out, JSON.createObjectBuilder()
                        .add("id", id)
                        .add("object", "chat.completion.chunk")
                        .add("created", created)
                        .add("model", model)
                        .add("system_fingerprint", "fp_fake")
                        .add("choices", JSON.createArrayBuilder())
                        .add("usage", usage(answer))
                        .build().toString());
            }
            write(out, "data: [DONE]\n\n");
        }
    }

    private static String chunk(String id, long created, String model, JsonObjectBuilder delta, String finishReason,
                                boolean includeUsage) {
        JsonObjectBuilder choice = JSON.createObjectBuilder().add("index", 0).add("delta", delta).addNull("logprobs");
        if (finishReason == null) {
            choice.addNull("finish_reason");
        } else {
            choice.add("finish_reason", finishReason);
        }
        JsonObjectBuilder chunk = JSON.createObjectBuilder()
                .add("id", id)
                .add("object", "chat.completion.chunk")
                .add("created", created)
                .add("model", model)
                .add("system_fingerprint", "fp_fake")
                .add("choices", JSON.createArrayBuilder().add(choice));
        if (includeUsage) {
            chunk.addNull("usage");
        }
        return chunk.build().toString();
    }

    private static void event(OutputStream out, String data) throws IOException {
        write(out, "data: " + data + "\n\n");
    }

    // ---------------------------------------------------------------------------------------------- embeddings

    private void embeddings(HttpExchange exchange, JsonObject request) throws IOException {
        String model = requiredString(request, "model");
        List<String> inputs = inputs(request.get("input"));
        int dimensions = intOr(request.get("dimensions"), DEFAULT_EMBEDDING_DIMENSIONS);
        if (dimensions < 1 || dimensions > 4096) {
            throw new BadRequest(400, "'dimensions' must be between 1 and 4096");
        }
        boolean base64 = "base64".equals(stringOrNull(request.get("encoding_format")));
        JsonArrayBuilder data = JSON.createArrayBuilder();
        int promptTokens = 0;
        for (int index = 0; index < inputs.size(); index++) {
            String input = inputs.get(index);
            promptTokens += tokens(input);
            float[] vector = embedding(input, dimensions);
            JsonObjectBuilder item = JSON.createObjectBuilder().add("object", "embedding").add("index", index);
            if (base64) {
                ByteBuffer bytes = ByteBuffer.allocate(4 * dimensions).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : vector) {
                    bytes.putFloat(f);
                }
                item.add("embedding", Base64.getEncoder().encodeToString(bytes.array()));
            } else {
                JsonArrayBuilder floats = JSON.createArrayBuilder();
                for (float f : vector) {
                    floats.add((double) f);
                }
                item.add("embedding", floats);
            }
            data.add(item);
        }
        sendJson(exchange, 200, JSON.createObjectBuilder()
                .add("object", "list")
                .add("data", data)
                .add("model", model)
                .add("usage", JSON.createObjectBuilder().add("prompt_tokens", promptTokens).add("total_tokens", promptTokens))
                .build());
    }

    /** The texts of {@code input}: a string, an array of strings, or token arrays (taken as their digits). */
    private static List<String> inputs(JsonValue input) {
        List<String> inputs = new ArrayList<>();
        if (input instanceof JsonString string) {
            inputs.add(string.getString());
        } else if (input instanceof JsonArray array && !array.isEmpty()) {
            if (array.get(0) instanceof JsonNumber) {
                inputs.add(array.toString());
            } else {
                for (JsonValue item : array) {
                    if (item instanceof JsonString string) {
                        inputs.add(string.getString());
                    } else if (item instanceof JsonArray tokens) {
                        inputs.add(tokens.toString());
                    } else {
                        throw new BadRequest(400, "'input' items must be strings or token arrays");
                    }
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new BadRequest(400, "'input' is required: a string or a non-empty array");
        }
        return inputs;
    }
}
