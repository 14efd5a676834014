package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.Map;

import static com.bizosaas.connectors.control.Arguments.text;

/** SendGrid's v3 API: bearer API key, JSON; a sent mail is answered 202 with its id in {@code X-Message-Id}. */
public final class SendGridConnector implements Connector {

    private final HttpApi api;
    private final String from;

    /** {@code from}: the verified sender address mail goes out from. */
    public SendGridConnector(String baseUrl, String from) {
        this.api = new HttpApi(baseUrl, error -> error.containsKey("errors") && !error.getJsonArray("errors").isEmpty()
                ? error.getJsonArray("errors").getJsonObject(0).getString("message", null) : null);
        this.from = from;
    }

    @Override
    public JsonObject call(ToolDefinition tool, JsonObject arguments, String secret, String idempotencyKey) {
        Map<String, String> headers = HttpApi.bearer(secret);
        return switch (tool.name()) {
            case "sendgrid_list_contacts" -> api.send("GET", "/v3/marketing/contacts", headers, null, null).json();
            case "sendgrid_get_email_stats" -> api.send("GET", "/v3/stats?start_date="
                    + LocalDate.now().minusDays(days(text(arguments, "period"))), headers, null, null).json();
            case "sendgrid_send_email" -> {
                JsonObject mail = Jsonp.createObjectBuilder()
                        .add("personalizations", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                                .add("to", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder().add("email", text(arguments, "to"))))))
                        .add("from", Jsonp.createObjectBuilder().add("email", from))
                        .add("subject", text(arguments, "subject") == null ? "(no subject)" : text(arguments, "subject"))
                        .add("content", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                                .add("type", "text/plain").add("value", text(arguments, "message"))))
                        .add("custom_args", Jsonp.createObjectBuilder().add("bizosaas_call", idempotencyKey))
                        .build();
                HttpApi.Answer sent = api.json("POST", "/v3/mail/send", headers, mail);
                yield Jsonp.createObjectBuilder().add("status", sent.status() == 202 ? "accepted" : "sent")
                        .add("message_id", sent.headers().firstValue("X-Message-Id").orElse("")).build();
            }
            case "sendgrid_update_contact_list" -> {
                var contact = Jsonp.createObjectBuilder();
                Arguments.changes(text(arguments, "changes")).forEach(contact::add);
                yield api.json("PUT", "/v3/marketing/contacts", headers, Jsonp.createObjectBuilder()
                        .add("list_ids", Jsonp.createArrayBuilder().add(text(arguments, "id")))
                        .add("contacts", Jsonp.createArrayBuilder().add(contact)).build()).json();
            }
            default -> Jsonp.createObjectBuilder().add("error", "SendGrid has no tool " + tool.name()).build();
        };
    }

    static int days(String period) {
        return switch (period == null ? "last_7_days" : period) {
            case "today" -> 0;
            case "last_30_days" -> 30;
            case "last_90_days" -> 90;
            default -> 7;
        };
    }
}
