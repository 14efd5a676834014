package com.bizosaas.llm.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.boundary.Gateway;
import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** {@code POST /v1/embeddings}: one text or an array of texts, embedded in-process (384 dimensions). */
@ApplicationScoped
@Path("embeddings")
public class EmbeddingsResource {

    @EJB
    Gateway gateway;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject embed(JsonObject body) {
        String model = OpenAiRequests.text(body, "model");
        if (model == null) {
            throw Refusal.invalid("model", "model is required (all-minilm-l6-v2-q)");
        }
        JsonValue input = body.get("input");
        List<String> texts = new ArrayList<>();
        if (input instanceof JsonString one) {
            texts.add(one.getString());
        } else if (input != null && input.getValueType() == JsonValue.ValueType.ARRAY
                && input.asJsonArray().stream().allMatch(JsonString.class::isInstance)) {
            texts.addAll(input.asJsonArray().getValuesAs(JsonString::getString));
        } else {
            throw Refusal.invalid("input", "input must be a string or an array of strings");
        }
        boolean base64 = "base64".equals(OpenAiRequests.text(body, "encoding_format"));
        Gateway.Embedded embedded = gateway.embed(model, texts);
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        for (int i = 0; i < embedded.vectors().size(); i++) {
            float[] vector = embedded.vectors().get(i);
            var item = Jsonp.createObjectBuilder().add("object", "embedding").add("index", i);
            if (base64) {
                // what OpenAI SDKs ask for by default: little-endian float32, base64
                item.add("embedding", java.util.Base64.getEncoder().encodeToString(
                        com.bizosaas.llm.entity.CacheEntry.toBytes(vector)));
            } else {
                JsonArrayBuilder values = Jsonp.createArrayBuilder();
                for (float v : vector) {
                    values.add(v);
                }
                item.add("embedding", values);
            }
            data.add(item);
        }
        return Jsonp.createObjectBuilder().add("object", "list").add("data", data).add("model", model)
                .add("usage", Jsonp.createObjectBuilder().add("prompt_tokens", embedded.tokens()).add("total_tokens", embedded.tokens()))
                .build();
    }
}
