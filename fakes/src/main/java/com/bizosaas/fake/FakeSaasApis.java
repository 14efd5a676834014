package com.bizosaas.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Five third-party APIs the platform's real connectors speak, faked on one loopback port, each under its own
 * prefix ({@code /stripe}, {@code /sendgrid}, {@code /hubspot}, {@code /twilio}, {@code /mailchimp}) and on its
 * own terms: Stripe's bearer secret key, form bodies and {@code Idempotency-Key} (a repeated key gets the first
 * refund back, no second one); SendGrid's bearer key and 202 with {@code X-Message-Id}; HubSpot's bearer token and
 * {@code properties}; Twilio's basic auth with the account SID and form bodies; Mailchimp's basic auth with the API
 * key. A wrong credential is answered 401 in each API's error shape. Every request is kept for tests to inspect.
 */
public final class FakeSaasApis implements AutoCloseable {

    /** The credentials the fakes accept; anything else is 401. */
    public static final String STRIPE_KEY = "sk_test_fake_4242";

    private volatile String stripeCustomerNote = "order 1003";
    public static final String SENDGRID_KEY = "SG.fake-key";
    public static final String HUBSPOT_TOKEN = "pat-fake-hubspot";
    public static final String TWILIO_SID = "ACfake0000000000000000000000000000";
    public static final String TWILIO_TOKEN = "fake-twilio-token";
    public static final String MAILCHIMP_KEY = "fakekey-us21";

    /** One request as the fake received it; {@code rawPath} as sent, percent-encoding and all. */
    public record Request(String method, String path, String rawPath, String query, Map<String, String> headers, String body) {

        /** A form body's fields. */
        public Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> refundsByIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private HttpServer server;

    public FakeSaasApis start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake SaaS APIs", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return this;
    }

    /** The base URL of one API: {@code stripe}, {@code sendgrid}, {@code hubspot}, {@code twilio}, {@code mailchimp}. */
    public String baseUrl(String api) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + api;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests to one API whose path ends so (e.g. "stripe", "/v1/refunds"). */
    public List<Request> requests(String api, String pathEnd) {
        return requests.stream().filter(r -> r.path().startsWith("/" + api + "/") && r.path().endsWith(pathEnd)).toList();
    }

    /** How many refunds Stripe really made (a repeated idempotency key makes none). */
    /**
     * What the customer of the third charge wrote in its description — text from outside that reaches an agent
     * through a tool's result; "order 1003" unless a test gives it words of its own.
     */
    public void stripeCustomerNote(String note) {
        stripeCustomerNote = note == null ? "order 1003" : note;
    }

    public int stripeRefundsMade() {
        return refundsByIdempotencyKey.size();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getQuery(), headers, body);
            requests.add(request);
            String api = path.split("/")[1];
            switch (api) {
                case "stripe" -> stripe(exchange, request);
                case "sendgrid" -> sendGrid(exchange, request);
                case "hubspot" -> hubSpot(exchange, request);
                case "twilio" -> twilio(exchange, request);
                case "mailchimp" -> mailchimp(exchange, request);
                default -> send(exchange, 404, JSON.createObjectBuilder().add("error", "no such API").build());
            }
        }
    }

    private void stripe(HttpExchange exchange, Request request) throws IOException {
        if (!("Bearer " + STRIPE_KEY).equals(request.headers().get("authorization"))) {
            send(exchange, 401, JSON.createObjectBuilder().add("error", JSON.createObjectBuilder()
                    .add("type", "invalid_request_error").add("message", "Invalid API Key provided")).build());
            return;
        }
        String path = request.path().substring("/stripe".length());
        if (path.equals("/v1/charges") && request.method().equals("GET")) {
            var data = JSON.createArrayBuilder();
            for (int i = 1; i <= 3; i++) {
                data.add(JSON.createObjectBuilder().add("id", "ch_fake_" + i).add("object", "charge")
                        .add("amount", 1000 * i).add("currency", "usd").add("status", "succeeded")
                        .add("description", i == 3 ? stripeCustomerNote : "order " + (1000 + i)));
            }
            send(exchange, 200, JSON.createObjectBuilder().add("object", "list").add("data", data)
                    .add("has_more", false).add("url", "/v1/charges").build());
        } else if (path.equals("/v1/balance")) {
            send(exchange, 200, JSON.createObjectBuilder().add("object", "balance").add("available", JSON.createArrayBuilder()
                    .add(JSON.createObjectBuilder().add("amount", 123_456).add("currency", "usd"))).build());
        } else if (path.equals("/v1/refunds") && request.method().equals("POST")) {
            Map<String, String> form = request.form();
            if (!form.containsKey("charge")) {
                send(exchange, 400, JSON.createObjectBuilder().add("error", JSON.createObjectBuilder()
                        .add("type", "invalid_request_error").add("message", "Missing required param: charge.")).build());
                return;
            }
            String key = request.headers().getOrDefault("idempotency-key", "none-" + ids.incrementAndGet());
            String refund = refundsByIdempotencyKey.computeIfAbsent(key, k -> "re_fake_" + ids.incrementAndGet());
            send(exchange, 200, JSON.createObjectBuilder().add("id", refund).add("object", "refund")
                    .add("charge", form.get("charge")).add("amount", Integer.parseInt(form.getOrDefault("amount", "1000")))
                    .add("status", "succeeded").build());
        } else {
            send(exchange, 404, JSON.createObjectBuilder().add("error", JSON.createObjectBuilder()
                    .add("type", "invalid_request_error").add("message", "Unrecognized request URL")).build());
        }
    }

    private void sendGrid(HttpExchange exchange, Request request) throws IOException {
        if (!("Bearer " + SENDGRID_KEY).equals(request.headers().get("authorization"))) {
            send(exchange, 401, JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder()
                    .add(JSON.createObjectBuilder().add("message", "The provided authorization grant is invalid"))).build());
            return;
        }
        if (request.path().endsWith("/v3/mail/send")) {
            exchange.getResponseHeaders().add("X-Message-Id", "fake-msg-" + ids.incrementAndGet());
            exchange.sendResponseHeaders(202, -1);
        } else {
            send(exchange, 200, JSON.createObjectBuilder().add("result", JSON.createArrayBuilder()
                    .add(JSON.createObjectBuilder().add("email", "ada@example.com"))).add("contact_count", 1).build());
        }
    }

    private void hubSpot(HttpExchange exchange, Request request) throws IOException {
        if (!("Bearer " + HUBSPOT_TOKEN).equals(request.headers().get("authorization"))) {
            send(exchange, 401, JSON.createObjectBuilder().add("status", "error")
                    .add("message", "Authentication credentials not found").add("category", "INVALID_AUTHENTICATION").build());
            return;
        }
        send(exchange, request.method().equals("POST") && request.path().endsWith("/deals") ? 201 : 200,
                JSON.createObjectBuilder().add("id", String.valueOf(1000 + ids.incrementAndGet()))
                        .add("results", JSON.createArrayBuilder()).add("total", 0).build());
    }

    private void twilio(HttpExchange exchange, Request request) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((TWILIO_SID + ":" + TWILIO_TOKEN).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.headers().get("authorization")) || !request.path().contains("/Accounts/" + TWILIO_SID + "/")) {
            send(exchange, 401, JSON.createObjectBuilder().add("code", 20003).add("message", "Authenticate")
                    .add("status", 401).build());
            return;
        }
        if (request.method().equals("POST")) {
            send(exchange, 201, JSON.createObjectBuilder().add("sid", "SMfake" + ids.incrementAndGet())
                    .add("status", "queued").add("to", request.form().getOrDefault("To", "")).build());
        } else {
            send(exchange, 200, JSON.createObjectBuilder().add("messages", JSON.createArrayBuilder()).build());
        }
    }

    private void mailchimp(HttpExchange exchange, Request request) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(("bizosaas:" + MAILCHIMP_KEY).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.headers().get("authorization"))) {
            send(exchange, 401, JSON.createObjectBuilder().add("title", "API Key Invalid").add("status", 401)
                    .add("detail", "Your API key may be invalid, or you've attempted to access the wrong datacenter.").build());
            return;
        }
        if (request.path().endsWith("/actions/send")) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            send(exchange, 200, JSON.createObjectBuilder().add("id", "cmp" + ids.incrementAndGet())
                    .add("lists", JSON.createArrayBuilder()).build());
        }
    }

    private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
