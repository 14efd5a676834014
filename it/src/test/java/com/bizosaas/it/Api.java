package com.bizosaas.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client of the running platform, as an external front end would use it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static final String DEMO_PASSWORD = "Demo-Password-2026";

    private final URI base;
    private final String bearer;

    public Api(URI base) {
        this(base, null);
    }

    private Api(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The bearer token this client calls with, or null. */
    public String token() {
        return bearer;
    }

    /** The same server, calling with a bearer token. */
    public Api withToken(String token) {
        return new Api(base, token);
    }

    /** The same server, signed in as {@code email} (password: the demo password unless given). */
    public Api signedInAs(String email) {
        return signedInAs(email, DEMO_PASSWORD);
    }

    public Api signedInAs(String email, String password) {
        Reply reply = postJson("api/v1/auth/token", jsonObject("email", email, "password", password));
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + reply.status() + " " + reply.body());
        }
        return withToken(reply.json().getString("access_token"));
    }

    /** A tenant onboarded for a test: its id and slug, and its first administrator, signed in. */
    public record Onboarded(String tenantId, String slug, String adminEmail, Api admin) {
    }

    /**
     * Onboards a new tenant as this client (the super-admin) — a slug made of {@code prefix} and a random part, the
     * name from it — with a first administrator {@code admin@<slug>.test} whose password is {@code password}.
     */
    public Onboarded onboard(String prefix, String tier, String password) {
        String slug = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Reply tenant = postJson("api/v1/tenants", jsonObject("name", "Tenant " + slug, "slug", slug, "tier", tier));
        if (tenant.status() != 201) {
            throw new IllegalStateException("onboarding " + slug + " failed: " + tenant.status() + " " + tenant.body());
        }
        String tenantId = tenant.json().getString("id");
        String email = "admin@" + slug + ".test";
        Reply admin = postJson("api/v1/tenants/" + tenantId + "/users", jsonObject("email", email, "displayName", "Admin of " + slug,
                "role", "TENANT_ADMIN", "password", password));
        if (admin.status() != 201) {
            throw new IllegalStateException("its administrator failed: " + admin.status() + " " + admin.body());
        }
        return new Onboarded(tenantId, slug, email, signedInAs(email, password));
    }

    /** A flat JSON object from name/value pairs, properly escaped. */
    public static String jsonObject(String... namesAndValues) {
        var json = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return json.build().toString();
    }

    /** The Arquillian-managed server's web port. */
    public static Api arquillianServer() {
        return new Api(URI.create("http://127.0.0.1:" + (8080 + offset()) + "/"));
    }

    /** The Arquillian-managed server's management port (health lives there). */
    public static Api arquillianManagement() {
        return new Api(URI.create("http://127.0.0.1:" + (9990 + offset()) + "/"));
    }

    private static int offset() {
        return TestEnvironment.arquillianPortOffset();
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method, with a JSON body or none (null). */
    public Reply send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (json == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Reply(int status, String contentType, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
