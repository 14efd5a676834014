package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The HTTP side every real connector shares: one JDK client, a timeout, JSON or form bodies, and errors turned
 * into {@link ConnectorException} with the integration's own message (found by {@code errorMessage}).
 */
final class HttpApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** One answer: status, body read as JSON (an empty object when there is none) and the headers. */
    record Answer(int status, JsonObject json, java.net.http.HttpHeaders headers) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final Function<JsonObject, String> errorMessage;

    HttpApi(String baseUrl, Function<JsonObject, String> errorMessage) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.errorMessage = errorMessage;
    }

    Answer send(String method, String path, Map<String, String> headers, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ConnectorException(0, "could not reach " + host() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(0, "interrupted while calling " + host());
        }
        JsonObject json = parse(response.body());
        if (response.statusCode() >= 400) {
            String said = errorMessage.apply(json);
            throw new ConnectorException(response.statusCode(), host() + " answered " + response.statusCode()
                    + (said == null || said.isBlank() ? "" : ": " + said));
        }
        return new Answer(response.statusCode(), json, response.headers());
    }

    Answer json(String method, String path, Map<String, String> headers, JsonValue body) {
        return send(method, path, headers, "application/json", body == null ? null : body.toString());
    }

    Answer form(String method, String path, Map<String, String> headers, Map<String, String> fields) {
        return send(method, path, headers, "application/x-www-form-urlencoded", encode(fields));
    }

    /**
     * A value placed in a URL path as one segment: percent-encoded, so that an argument (written by a model, perhaps
     * steered by text from outside) cannot add segments, a query or a "..": "../deals?x=1" stays one segment.
     */
    static String segment(String value) {
        if (value == null) {
            return "";
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.equals(".") || encoded.equals("..") ? encoded.replace(".", "%2E") : encoded;
    }

    static String encode(Map<String, String> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((k, v) -> form.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return form.toString();
    }

    static Map<String, String> bearer(String secret) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + secret);
        return headers;
    }

    static Map<String, String> basic(String user, String password) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    private String host() {
        return URI.create(base).getHost();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Jsonp.createReader(new StringReader(body))) {
            JsonStructure read = reader.read();
            return read instanceof JsonObject object ? object : Jsonp.createObjectBuilder().add("items", read).build();
        } catch (JsonParsingException notJson) {
            return Jsonp.createObjectBuilder().add("text", body.length() > 500 ? body.substring(0, 500) : body).build();
        }
    }
}
