package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;

import java.util.Map;

import static com.bizosaas.connectors.control.Arguments.text;

/** HubSpot's CRM v3 API: a private app's bearer token, JSON objects with {@code properties}. */
public final class HubSpotConnector implements Connector {

    private final HttpApi api;

    public HubSpotConnector(String baseUrl) {
        this.api = new HttpApi(baseUrl, error -> error.getString("message", null));
    }

    @Override
    public JsonObject call(ToolDefinition tool, JsonObject arguments, String secret, String idempotencyKey) {
        Map<String, String> headers = HttpApi.bearer(secret);
        return switch (tool.name()) {
            case "hubspot_search_contacts" -> api.json("POST", "/crm/v3/objects/contacts/search", headers,
                    Jsonp.createObjectBuilder().add("query", text(arguments, "query"))
                            .add("limit", Arguments.limit(arguments)).build()).json();
            case "hubspot_get_pipeline_report" -> api.send("GET", "/crm/v3/pipelines/deals", headers, null, null).json();
            case "hubspot_create_deal" -> {
                var properties = Jsonp.createObjectBuilder().add("dealname", text(arguments, "name"));
                if (Arguments.amount(arguments) != null) {
                    properties.add("amount", Arguments.amount(arguments).toPlainString());
                }
                yield api.json("POST", "/crm/v3/objects/deals", headers,
                        Jsonp.createObjectBuilder().add("properties", properties).build()).json();
            }
            case "hubspot_update_contact" -> {
                var properties = Jsonp.createObjectBuilder();
                Arguments.changes(text(arguments, "changes")).forEach(properties::add);
                yield api.json("PATCH", "/crm/v3/objects/contacts/" + HttpApi.segment(text(arguments, "id")), headers,
                        Jsonp.createObjectBuilder().add("properties", properties).build()).json();
            }
            default -> Jsonp.createObjectBuilder().add("error", "HubSpot has no tool " + tool.name()).build();
        };
    }
}
