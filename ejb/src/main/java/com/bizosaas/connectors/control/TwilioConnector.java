package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.bizosaas.connectors.control.Arguments.text;

/**
 * Twilio's 2010-04-01 REST API: HTTP basic with the account SID and auth token (the vault holds
 * {@code ACxxxxxxxx:token}), form-encoded requests under the account.
 */
public final class TwilioConnector implements Connector {

    private final HttpApi api;
    private final String from;

    /** {@code from}: the tenant-neutral sender number used when a call names none. */
    public TwilioConnector(String baseUrl, String from) {
        this.api = new HttpApi(baseUrl, error -> error.getString("message", null));
        this.from = from;
    }

    @Override
    public JsonObject call(ToolDefinition tool, JsonObject arguments, String secret, String idempotencyKey) {
        int colon = secret.indexOf(':');
        if (colon < 1) {
            throw new ConnectorException(0, "the vault's twilio credential must be ACCOUNT_SID:AUTH_TOKEN");
        }
        String account = secret.substring(0, colon);
        Map<String, String> headers = HttpApi.basic(account, secret.substring(colon + 1));
        String base = "/2010-04-01/Accounts/" + account;
        return switch (tool.name()) {
            case "twilio_list_messages" -> api.send("GET", base + "/Messages.json?PageSize=" + Arguments.limit(arguments),
                    headers, null, null).json();
            case "twilio_get_usage" -> api.send("GET", base + "/Usage/Records.json", headers, null, null).json();
            case "twilio_send_message" -> {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("To", text(arguments, "to"));
                form.put("From", from);
                form.put("Body", text(arguments, "message"));
                yield api.form("POST", base + "/Messages.json", headers, form).json();
            }
            case "twilio_create_call" -> {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("To", text(arguments, "name"));
                form.put("From", from);
                String say = text(arguments, "details") == null ? "Hello from your service team." : text(arguments, "details");
                form.put("Twiml", "<Response><Say>" + say.replace("<", "").replace(">", "") + "</Say></Response>");
                yield api.form("POST", base + "/Calls.json", headers, form).json();
            }
            default -> Jsonp.createObjectBuilder().add("error", "Twilio has no tool " + tool.name()).build();
        };
    }
}
