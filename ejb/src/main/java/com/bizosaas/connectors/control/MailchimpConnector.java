package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

import static com.bizosaas.connectors.control.Arguments.text;

/**
 * Mailchimp's Marketing API 3.0: HTTP basic with any user name and the API key, whose suffix names the data
 * centre ({@code …-us21} → {@code https://us21.api.mailchimp.com}) unless a base URL is configured. Sending a
 * campaign is three requests: create it for the audience, set its content, send it.
 */
public final class MailchimpConnector implements Connector {

    private final String configuredBase;

    /** {@code baseUrl}: empty to derive it from each key's data centre. */
    public MailchimpConnector(String baseUrl) {
        this.configuredBase = baseUrl;
    }

    @Override
    public JsonObject call(ToolDefinition tool, JsonObject arguments, String secret, String idempotencyKey) {
        HttpApi api = new HttpApi(base(secret), error -> error.getString("detail", null));
        Map<String, String> headers = HttpApi.basic("bizosaas", secret);
        return switch (tool.name()) {
            case "mailchimp_list_audiences" -> api.send("GET", "/3.0/lists?count=" + Arguments.limit(arguments),
                    headers, null, null).json();
            case "mailchimp_get_campaign_report" -> api.send("GET", text(arguments, "id") == null ? "/3.0/reports?count=10"
                    : "/3.0/reports/" + HttpApi.segment(text(arguments, "id")), headers, null, null).json();
            case "mailchimp_send_campaign" -> {
                JsonObject created = api.json("POST", "/3.0/campaigns", headers, Jsonp.createObjectBuilder()
                        .add("type", "regular")
                        .add("recipients", Jsonp.createObjectBuilder().add("list_id", text(arguments, "to")))
                        .add("settings", Jsonp.createObjectBuilder()
                                .add("subject_line", text(arguments, "subject") == null ? "News" : text(arguments, "subject"))
                                .add("title", "bizosaas " + idempotencyKey))
                        .build()).json();
                String campaign = created.getString("id");
                api.json("PUT", "/3.0/campaigns/" + HttpApi.segment(campaign) + "/content", headers,
                        Jsonp.createObjectBuilder().add("plain_text", text(arguments, "message")).build());
                api.send("POST", "/3.0/campaigns/" + HttpApi.segment(campaign) + "/actions/send", headers, null, null);
                yield Jsonp.createObjectBuilder().add("campaign_id", campaign).add("status", "sent").build();
            }
            case "mailchimp_update_member" -> {
                // id: "<audience id>/<e-mail address>"; Mailchimp keys members by the MD5 of the lower-cased address
                String[] audienceAndEmail = text(arguments, "id").split("/", 2);
                if (audienceAndEmail.length < 2) {
                    throw new ConnectorException(0, "id must be <audience id>/<e-mail address>");
                }
                var merge = Jsonp.createObjectBuilder();
                Arguments.changes(text(arguments, "changes")).forEach(merge::add);
                yield api.json("PATCH", "/3.0/lists/" + HttpApi.segment(audienceAndEmail[0]) + "/members/" + md5(audienceAndEmail[1]),
                        headers, Jsonp.createObjectBuilder().add("merge_fields", merge).build()).json();
            }
            default -> Jsonp.createObjectBuilder().add("error", "Mailchimp has no tool " + tool.name()).build();
        };
    }

    private String base(String key) {
        if (configuredBase != null && !configuredBase.isBlank()) {
            return configuredBase;
        }
        int dash = key.lastIndexOf('-');
        if (dash < 0 || !key.substring(dash + 1).matches("[a-z]{2,4}[0-9]{1,3}")) {
            throw new ConnectorException(0, "a Mailchimp API key ends with its data centre, like -us21");
        }
        return "https://" + key.substring(dash + 1) + ".api.mailchimp.com";
    }

    private static String md5(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(email.strip().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
