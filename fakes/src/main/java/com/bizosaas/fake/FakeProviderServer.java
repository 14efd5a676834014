package com.bizosaas.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * What the fake provider servers share: a JDK {@link HttpServer} on loopback, the switchable behaviour
 * (healthy, failing, slow, rate limited), the request counter and the deterministic helpers (reply text,
 * token counts, tool-argument filling, embedding vectors).
 *
 * <p>The switches are independent and thread-safe: {@link #slow(Duration)} delays every answer, success or
 * failure; {@link #failing(int)} and {@link #rateLimited()} replace the answer by an error; {@link #healthy()}
 * clears both. The handlers are cheap and never log, so a benchmark can push thousands of requests a second.
 */
public abstract class FakeProviderServer<S extends FakeProviderServer<S>> implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's small keep-alive responses meet Nagle's algorithm and delayed
        // ACKs: about 40 ms per request. Read once, when the JDK server's configuration class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=\\S)(?=\\s)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NAME_PARTS = Pattern.compile("[_\\-.\\s]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Set<String> GENERIC_NAME_PARTS = Set.of(
            "create", "update", "delete", "remove", "list", "find", "search", "fetch", "make", "send", "check",
            "with", "from", "tool", "function", "call");

    /** The current behaviour; replaced whole so a request sees one consistent state. */
    private record Behaviour(Duration delay, int failStatus, Duration retryAfter) {
        static final Behaviour HEALTHY = new Behaviour(Duration.ZERO, 0, null);
    }

    /** How many request bodies are kept for {@link #recentRequestBodies()}. */
    static final int RECENT = 200;

    private final String name;
    private final int requestedPort;
    private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.HEALTHY);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private volatile String lastRequestBody;
    private final Deque<String> recentBodies = new ConcurrentLinkedDeque<>();
    private volatile String lastApiKey;
    private HttpServer server;
    private ExecutorService executor;

    FakeProviderServer(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.name = name;
        this.requestedPort = port;
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /** Binds 127.0.0.1 on the port given to the constructor (0: any free port) and starts serving. */
    synchronized void startServer() {
        if (server != null) {
            throw new IllegalStateException(name + " already started");
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 256);
            AtomicInteger threads = new AtomicInteger();
            // cached: a slow() answer parks a thread per waiting client; idle threads are reused, not recreated
            executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            server = created;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not bind 127.0.0.1:" + requestedPort, e);
        }
    }

    /** The port the server listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException(name + " not started");
        }
        return server.getAddress().getPort();
    }

    /** Stops at once: answers under way are cut, sleeping slow answers interrupted. Idempotent. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
            executor = null;
        }
    }

    // ---------------------------------------------------------------------------------------------- switches

    /** Back to answering normally, at once: no failure, no delay. */
    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** Starts serving; returns this. */
    public S start() {
        startServer();
        return self();
    }

    /** Answers normally again, without delay. */
    public S healthy() {
        setHealthy();
        return self();
    }

    /** Answers every request with this status and the provider's own error body. */
    public S failing(int status) {
        setFailing(status);
        return self();
    }

    /** Answers every request, success or failure, only after this delay. */
    public S slow(Duration delay) {
        setSlow(delay);
        return self();
    }

    /** Answers every request 429 with {@code retry-after: 1}. */
    public S rateLimited() {
        return rateLimited(Duration.ofSeconds(1));
    }

    /** Answers every request 429 with this {@code retry-after} (whole seconds). */
    public S rateLimited(Duration retryAfter) {
        setRateLimited(retryAfter);
        return self();
    }

    void setHealthy() {
        behaviour.set(Behaviour.HEALTHY);
    }

    /** Every request is answered with this HTTP status and the provider's error body (the delay stays). */
    void setFailing(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
        }
        behaviour.updateAndGet(b -> new Behaviour(b.delay(), status, status == 429 ? Duration.ofSeconds(1) : null));
    }

    /** Every request is answered 429 with a {@code retry-after} header of the given whole seconds (the delay stays). */
    void setRateLimited(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        behaviour.updateAndGet(b -> new Behaviour(b.delay(), 429, retryAfter));
    }

    /** Every answer (success or failure) is sent only after this delay. */
    void setSlow(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        behaviour.updateAndGet(b -> new Behaviour(delay, b.failStatus(), b.retryAfter()));
    }

    /** Requests received since the start or the last {@link #resetRequests()}, whatever they were answered. */
    public int requests() {
        return requests.get();
    }

    /** Sets the request count back to zero and forgets the last request. */
    public void resetRequests() {
        requests.set(0);
        lastRequestBody = null;
        recentBodies.clear();
        lastApiKey = null;
    }

    /** The body of the last request received, as sent (null before the first). */
    public String lastRequestBody() {
        return lastRequestBody;
    }

    /** The bodies of the last {@value #RECENT} requests, oldest first, as sent. */
    public List<String> recentRequestBodies() {
        return List.copyOf(recentBodies);
    }

    /** The API key of the last request (bearer token or {@code x-api-key}), null when it carried none. */
    public String lastApiKey() {
        return lastApiKey;
    }

    // ---------------------------------------------------------------------------------------------- serving

    /** The provider's answer to one request whose switches said "answer normally". */
    abstract void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException;

    /** Writes the provider's error body with this status (and {@code retry-after} when given). */
    abstract void sendError(HttpExchange exchange, int status, String message, Duration retryAfter) throws IOException;

    /** The API key the provider's clients send, or null. */
    abstract String apiKeyOf(HttpExchange exchange);

    private void handle(HttpExchange exchange) {
        try {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            lastRequestBody = new String(body, StandardCharsets.UTF_8);
            recentBodies.addLast(lastRequestBody);
            while (recentBodies.size() > RECENT) {
                recentBodies.pollFirst();
            }
            lastApiKey = apiKeyOf(exchange);
            Behaviour current = behaviour.get();
            if (!current.delay().isZero()) {
                Thread.sleep(current.delay().toMillis());
            }
            if (current.failStatus() != 0) {
                sendError(exchange, current.failStatus(), failureMessage(current.failStatus()), current.retryAfter());
                return;
            }
            try {
                route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body);
            } catch (BadRequest e) {
                sendError(exchange, e.status, e.getMessage(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away (timeout) or the answer could not be written: nothing to tell anyone
        } finally {
            exchange.close();
        }
    }

    private String failureMessage(int status) {
        return switch (status) {
            case 400 -> "Invalid request (" + name + " is failing with 400)";
            case 401 -> "Invalid API key (" + name + " is failing with 401)";
            case 403 -> "Permission denied (" + name + " is failing with 403)";
            case 404 -> "Not found (" + name + " is failing with 404)";
            case 429 -> "Rate limit reached (" + name + " is rate limited)";
            case 529 -> "Overloaded (" + name + " is failing with 529)";
            default -> "The server had an error while processing your request (" + name + " is failing with " + status + ")";
        };
    }

    /** A client error the route found in the request: answered with the provider's error body. */
    static final class BadRequest extends RuntimeException {
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    // ---------------------------------------------------------------------------------------------- writing

    static void sendJson(HttpExchange exchange, int status, JsonStructure json) throws IOException {
        sendJson(exchange, status, json.toString());
    }

    static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Starts a streamed (chunked) answer with this content type; the caller writes and closes the body. */
    static OutputStream startStream(HttpExchange exchange, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static void notFound(String method, String path) {
        throw new BadRequest(404, "Unknown request URL: " + method + " " + path);
    }

    // ---------------------------------------------------------------------------------------------- reading

    static JsonObject parseObject(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest(400, "The request has no body; a JSON object was expected");
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            return reader.readObject();
        } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
            throw new BadRequest(400, "The request body is not a JSON object: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw new BadRequest(400, "The request body is not a JSON object: " + e.getMessage());
        }
    }

    static String requiredString(JsonObject request, String field) {
        JsonValue value = request.get(field);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw new BadRequest(400, "'" + field + "' is required and must be a non-empty string");
        }
        return string.getString();
    }

    /** What the OpenAI-style fakes answer from: the prompt's size, the user's last words and the last message. */
    record Conversation(int promptTokens, String lastUserText, JsonObject last) {

        String lastRole() {
            return stringOrNull(last.get("role"));
        }
    }

    /** Walks OpenAI-style {@code messages} (role and content each); refuses a message without a role. */
    static Conversation conversation(JsonArray messages, String missingRole) {
        if (messages.isEmpty()) {
            throw new BadRequest(400, missingRole);
        }
        StringBuilder prompt = new StringBuilder();
        String lastUserText = null;
        JsonObject last = null;
        for (JsonValue value : messages) {
            JsonObject message = objectOrNull(value);
            if (message == null || stringOrNull(message.get("role")) == null) {
                throw new BadRequest(400, missingRole);
            }
            String text = textOf(message.get("content"));
            prompt.append(text).append(' ');
            if ("user".equals(stringOrNull(message.get("role")))) {
                lastUserText = text;
            }
            last = message;
        }
        return new Conversation(tokens(prompt.toString()), lastUserText, last);
    }

    static JsonArray requiredArray(JsonObject request, String field) {
        JsonValue value = request.get(field);
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new BadRequest(400, "'" + field + "' is required and must be a non-empty array");
        }
        return array;
    }

    static boolean isTrue(JsonObject object, String field) {
        return object != null && object.get(field) == JsonValue.TRUE;
    }

    static JsonObject objectOrNull(JsonValue value) {
        return value instanceof JsonObject object ? object : null;
    }

    static String stringOrNull(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    /** Text of a message content: a string, or the text of its {@code text} parts (OpenAI and Anthropic alike). */
    static String textOf(JsonValue content) {
        if (content instanceof JsonString string) {
            return string.getString();
        }
        if (content instanceof JsonArray parts) {
            StringBuilder text = new StringBuilder();
            for (JsonValue part : parts) {
                if (part instanceof JsonObject object && "text".equals(stringOrNull(object.get("type")))) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    text.append(Objects.toString(stringOrNull(object.get("text")), ""));
                }
            }
            return text.toString();
        }
        return "";
    }

    // ---------------------------------------------------------------------------------------------- deterministic answers

    String nextId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    /** A rough, deterministic token count: the words of the text, at least one. */
    static int tokens(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        return WHITESPACE.split(text.strip()).length;
    }

    /** The text cut before each run of whitespace: what a streaming answer sends piece by piece. */
    static List<String> pieces(String text) {
        if (text.isEmpty()) {
            return List.of("");
        }
        return List.of(WORD_BOUNDARY.split(text));
    }

    /** The JSON cut in pieces of at most {@code size} characters: what a streamed tool call's arguments come in. */
    static List<String> chunks(String text, int size) {
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < text.length(); start += size) {
            chunks.add(text.substring(start, Math.min(text.length(), start + size)));
        }
        return chunks.isEmpty() ? List.of("") : chunks;
    }

    /**
     * The name of the tool the user message asks for, or null: a tool whose full name the message contains,
     * else one a distinctive part of whose name it contains ("refund" of {@code create_refund}).
     */
    static String chosenTool(List<String> toolNames, String userText) {
        if (toolNames.isEmpty() || userText == null || userText.isBlank()) {
            return null;
        }
        String text = userText.toLowerCase(Locale.ROOT);
        for (String tool : toolNames) {
            if (text.contains(tool.toLowerCase(Locale.ROOT))) {
                return tool;
            }
        }
        for (String tool : toolNames) {
            for (String part : NAME_PARTS.split(tool)) {
                String lower = part.toLowerCase(Locale.ROOT);
                if (lower.length() >= 4 && !GENERIC_NAME_PARTS.contains(lower) && text.contains(lower)) {
                    return tool;
                }
            }
        }
        return null;
    }

    /**
     * Arguments for a tool call, filled from its JSON schema and the user's words: a string described as a date
     * (YYYY-MM-DD) takes the day 30 days ago, another string the first
     * identifier-looking word (letters and digits, like {@code A-1001}) or "fake", a number the first number,
     * an integer the first whole number, a boolean true, an enum its first value; other types are left out
     * unless required. A schema without properties gives {@code {}}.
     */
    static JsonObject fillArguments(JsonObject schema, String userText) {
        var arguments = JSON.createObjectBuilder();
        JsonObject properties = schema == null ? null : objectOrNull(schema.get("properties"));
        if (properties == null) {
            return arguments.build();
        }
        List<String> required = new ArrayList<>();
        if (schema.get("required") instanceof JsonArray names) {
            names.forEach(n -> {
                if (n instanceof JsonString s) {
                    required.add(s.getString());
                }
            });
        }
        String[] words = userText == null || userText.isBlank() ? new String[0] : WHITESPACE.split(userText.strip());
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            JsonObject propertySchema = objectOrNull(property.getValue());
            String type = propertySchema == null ? null : stringOrNull(propertySchema.get("type"));
            JsonArray enumValues = propertySchema != null && propertySchema.get("enum") instanceof JsonArray values ? values : null;
            String key = property.getKey();
            if (enumValues != null && !enumValues.isEmpty()) {
                arguments.add(key, enumValues.get(0));
            } else if ("string".equals(type) && String.valueOf(propertySchema.get("description")).contains("YYYY-MM-DD")) {
                arguments.add(key, java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString()); // as documented
            } else if ("string".equals(type)) {
                arguments.add(key, firstIdentifier(words));
            } else if ("number".equals(type)) {
                Double number = firstNumber(words, false);
                arguments.add(key, number == null ? 1.0 : number);
            } else if ("integer".equals(type)) {
                Double number = firstNumber(words, true);
                arguments.add(key, number == null ? 1L : number.longValue());
            } else if ("boolean".equals(type)) {
                arguments.add(key, true);
            } else if (required.contains(key)) {
                arguments.add(key, "array".equals(type) ? JSON.createArrayBuilder().build() : JSON.createObjectBuilder().build());
            }
        }
        return arguments.build();
    }

    private static String clean(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static String firstIdentifier(String[] words) {
        for (String word : words) {
            String cleaned = clean(word);
            boolean digit = cleaned.chars().anyMatch(Character::isDigit);
            boolean letter = cleaned.chars().anyMatch(Character::isLetter);
            if (digit && letter) {
                return cleaned;
            }
        }
        return "fake";
    }

    private static Double firstNumber(String[] words, boolean whole) {
        for (String word : words) {
            String cleaned = clean(word);
            if (cleaned.isEmpty() || !cleaned.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                continue;
            }
            try {
                double value = Double.parseDouble(cleaned);
                if (!whole || value == Math.rint(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // "1.2.3": not a number
            }
        }
        return null;
    }

    /** A unit-length vector of the given dimension that depends only on the text (SplitMix64 seeded by its hash). */
    static float[] embedding(String text, int dimensions) {
        long state = 0x9E3779B97F4A7C15L ^ text.hashCode();
        float[] vector = new float[dimensions];
        double norm = 0;
        for (int i = 0; i < dimensions; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            vector[i] = (float) ((z >>> 11) * 0x1.0p-53 * 2 - 1);
            norm += vector[i] * vector[i];
        }
        float scale = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimensions; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static int intOr(JsonValue value, int fallback) {
        return value instanceof JsonNumber number ? number.intValue() : fallback;
    }
}
