package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.bizosaas.connectors.control.Arguments.text;

/**
 * Stripe's REST API: bearer secret key, form-encoded requests, amounts in cents, and Stripe's own
 * {@code Idempotency-Key} on every change, so a retried refund is refunded once.
 */
public final class StripeConnector implements Connector {

    private final HttpApi api;

    public StripeConnector(String baseUrl) {
        this.api = new HttpApi(baseUrl, error -> error.containsKey("error")
                ? error.getJsonObject("error").getString("message", null) : null);
    }

    @Override
    public JsonObject call(ToolDefinition tool, JsonObject arguments, String secret, String idempotencyKey) {
        Map<String, String> headers = HttpApi.bearer(secret);
        return switch (tool.name()) {
            case "stripe_list_charges" -> {
                String since = text(arguments, "since");
                yield api.send("GET", "/v1/charges?limit=" + Arguments.limit(arguments) + (since == null ? ""
                        : "&created%5Bgte%5D=" + LocalDate.parse(since).atStartOfDay().toEpochSecond(ZoneOffset.UTC)),
                        headers, null, null).json();
            }
            case "stripe_get_balance" -> api.send("GET", "/v1/balance", headers, null, null).json();
            case "stripe_create_refund" -> {
                headers.put("Idempotency-Key", idempotencyKey);
                Map<String, String> form = new LinkedHashMap<>();
                form.put("charge", text(arguments, "payment_id"));
                if (Arguments.amount(arguments) != null) {
                    form.put("amount", Arguments.cents(Arguments.amount(arguments)));
                }
                if (text(arguments, "reason") != null) {
                    form.put("metadata[reason]", text(arguments, "reason"));
                }
                yield api.form("POST", "/v1/refunds", headers, form).json();
            }
            case "stripe_update_price" -> {
                headers.put("Idempotency-Key", idempotencyKey);
                Map<String, String> form = new LinkedHashMap<>();
                Arguments.changes(text(arguments, "changes")).forEach((k, v) -> form.put("metadata[" + k + "]", v));
                yield api.form("POST", "/v1/prices/" + text(arguments, "id"), headers, form).json();
            }
            default -> Jsonp.createObjectBuilder().add("error", "Stripe has no tool " + tool.name()).build();
        };
    }
}
