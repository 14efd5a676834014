package com.bizosaas.platform;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the API describes at {@code /openapi} — read from the document, so the operations of a domain added
 * tomorrow are covered without a line here — is sent malformed requests: broken JSON and bodies of the wrong shape,
 * each declared field with the wrong type, null, a number too large for any column and a string of 100,000
 * characters, junk and unknown ids in the path, query parameters of the wrong type. Each must be answered 4xx with an
 * {@code application/problem+json} body — never 5xx — and nothing may be written (every table's row count is the same
 * afterwards, but for the audit trail, which records refused attempts by design).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBadInputIT {

    /** Operations not sent junk: signing out ends the session the suite uses. */
    private static final Set<String> LEFT_OUT = Set.of("POST /api/v1/auth/logout");

    /** Tables that may grow while junk is refused: the audit trail records refusals; the gateway accounts its calls. */
    private static final Set<String> MAY_GROW = Set.of("audit_event", "model_call", "model_spend_day", "model_spend_hour");

    private static final String HUGE_NUMBER = "123456789012345678901234567890";
    private static final String HUGE_STRING = Json.createValue("x".repeat(100_000)).toString();
    private static final List<String> JUNK_IDS = List.of("not-an-id", "99999999999999999999999", "%00", "..%2F..%2Fetc",
            "'%20or%201=1", UUID.randomUUID().toString());

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void everyOperationAnswersMalformedRequests4xxProblemsAndWritesNothing() throws Exception {
        JsonObject openApi = anonymous.get("openapi?format=JSON").json();
        JsonObject schemas = openApi.containsKey("components") && openApi.getJsonObject("components").containsKey("schemas")
                ? openApi.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
        // the super-admin reaches every operation: a refusal by role would hide what the input does
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        Map<String, Long> before = rowCounts();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : openApi.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                String method = entry.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
                        || LEFT_OUT.contains(method + " " + path.getKey())) {
                    continue;
                }
                operations++;
                JsonObject operation = entry.getValue().asJsonObject();
                for (Probe probe : probes(path.getKey(), method, operation, schemas)) {
                    sent++;
                    Api.Reply reply = superAdmin.send(method, probe.path().substring(1), probe.body());
                    boolean clean = reply.status() >= 400 && reply.status() < 500
                            && reply.contentType().startsWith("application/problem+json");
                    // what asks nothing malformed of the operation (a valid read) may answer 2xx; never 5xx
                    if (!clean && !(probe.mayPass() && reply.status() < 300)) {
                        failures.add(method + " " + probe.path() + " " + abbreviate(probe.body()) + " → " + reply.status()
                                + " " + reply.contentType() + " " + abbreviate(reply.body()));
                    }
                }
            }
        }
        System.out.printf("ApiBadInputIT: %d malformed requests to %d operations, %d answered wrongly%n",
                sent, operations, failures.size());
        assertThat(operations).as("the OpenAPI document lists the API's operations").isGreaterThan(50);
        assertThat(failures).as("malformed requests answered other than 4xx problem+json").isEmpty();

        Map<String, Long> after = rowCounts();
        after.keySet().removeAll(MAY_GROW);
        before.keySet().removeAll(MAY_GROW);
        assertThat(after).as("nothing written").isEqualTo(before);
    }

    /** One malformed request; {@code mayPass} for one that is malformed only where the operation is lenient. */
    private record Probe(String path, String body, boolean mayPass) {
    }

    private static List<Probe> probes(String template, String method, JsonObject operation, JsonObject schemas) {
        List<Probe> probes = new ArrayList<>();
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
        JsonObject body = requestSchema(operation, schemas);
        String validBody = body == null ? null : "{}";
        boolean hasPathParameters = template.contains("{");
        // junk ids in the path
        if (hasPathParameters) {
            for (String junk : JUNK_IDS) {
                probes.add(new Probe(template.replaceAll("\\{[^}]+}", junk), validBody, false));
            }
        }
        String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        // query parameters of the wrong type
        for (JsonObject parameter : parameters) {
            if (!"query".equals(parameter.getString("in", "")) || !parameter.containsKey("schema")) {
                continue;
            }
            String type = resolve(parameter.getJsonObject("schema"), schemas).getString("type", "");
            if (Set.of("integer", "number").contains(type)) {
                for (String junk : List.of("abc", HUGE_NUMBER, "-99999999999")) {
                    probes.add(new Probe(path + "?" + parameter.getString("name") + "=" + junk, validBody, false));
                }
            } else if (resolve(parameter.getJsonObject("schema"), schemas).containsKey("enum")) {
                probes.add(new Probe(path + "?" + parameter.getString("name") + "=NO_SUCH_VALUE", validBody, false));
            }
        }
        // malformed bodies
        if (body != null) {
            // an operation that changes something but needs no id is sent only what cannot be valid
            for (String broken : List.of("{", "{\"a\":", "[]", "null", "\"text\"", "42", "{\"a\": 1e400}", "\u0000")) {
                probes.add(new Probe(path, broken, false));
            }
            JsonObject properties = body.containsKey("properties") ? body.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
            for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
                JsonObject schema = resolve(property.getValue().asJsonObject(), schemas);
                String type = schema.getString("type", "object");
                for (String wrong : wrongValues(type)) {
                    probes.add(new Probe(path, "{" + Json.createValue(property.getKey()) + ": " + wrong + "}", false));
                }
            }
        }
        return probes;
    }

    /** Values of the wrong type, or out of any range, for a field of {@code type}. */
    private static List<String> wrongValues(String type) {
        return switch (type) {
            case "integer", "number" -> List.of("\"twelve\"", HUGE_NUMBER, "[1]", "{}", "true");
            case "boolean" -> List.of("\"yes\"", "[true]", "{}", "7");
            case "array" -> List.of("\"a\"", "{}", "7", "[" + HUGE_STRING + "]");
            case "string" -> List.of("[\"a\"]", "{}", HUGE_STRING);
            default -> List.of("\"a\"", "[1]", "7");
        };
    }

    private static JsonObject requestSchema(JsonObject operation, JsonObject schemas) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        JsonObject media = content.getJsonObject("application/json");
        return media.containsKey("schema") ? resolve(media.getJsonObject("schema"), schemas) : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return schemas.containsKey(name) ? resolve(schemas.getJsonObject(name), schemas) : JsonValue.EMPTY_JSON_OBJECT;
        }
        return schema;
    }

    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = TestEnvironment.asSuperuser(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = sql.executeQuery("select tablename from pg_tables where schemaname = 'bizosaas'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = sql.executeQuery("select count(*) from bizosaas." + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return new LinkedHashMap<>(counts);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
