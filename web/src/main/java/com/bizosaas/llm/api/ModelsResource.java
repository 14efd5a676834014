package com.bizosaas.llm.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.boundary.Embeddings;
import com.bizosaas.llm.boundary.Providers;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /v1/models}: what a caller may name — "auto", the tiers, the offline model, the configured
 * providers' models — and the embedding model.
 */
@ApplicationScoped
@Path("models")
public class ModelsResource {

    /** When the catalogue's names were fixed; OpenAI's shape wants a creation time. */
    private static final long CREATED = 1_767_225_600L;

    @Inject
    Providers providers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        JsonArrayBuilder data = Jsonp.createArrayBuilder();
        providers.modelsByName().forEach((id, owner) -> data.add(model(id, owner)));
        data.add(model(Embeddings.MODEL_NAME, "bizosaas"));
        return Jsonp.createObjectBuilder().add("object", "list").add("data", data).build();
    }

    private static JsonObject model(String id, String owner) {
        return Jsonp.createObjectBuilder().add("id", id).add("object", "model").add("created", CREATED)
                .add("owned_by", owner).build();
    }
}
