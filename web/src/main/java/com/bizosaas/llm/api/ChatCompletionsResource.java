package com.bizosaas.llm.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.llm.boundary.Gateway;
import com.bizosaas.llm.boundary.ModelAnswer;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code POST /v1/chat/completions}. With {@code "stream": true} the answer goes out as server-sent events
 * in OpenAI's chunk format, ending with {@code data: [DONE]}. The gateway answers first and the stream then
 * carries that answer in pieces: a refusal (budget, bad input) is still a plain 4xx, never half a stream.
 */
@ApplicationScoped
@Path("chat/completions")
public class ChatCompletionsResource {

    @EJB
    Gateway gateway;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(JsonObject body, @HeaderParam("X-Cache") String cacheHeader) {
        boolean cacheAllowed = !"off".equalsIgnoreCase(cacheHeader);
        ModelAnswer answer = gateway.chat(OpenAiRequests.chat(body, cacheAllowed));
        long created = Instant.now().getEpochSecond();
        Response.ResponseBuilder response;
        if (body.get("stream") == JsonValue.TRUE) {
            boolean includeUsage = body.get("stream_options") instanceof JsonObject options
                    && options.get("include_usage") == JsonValue.TRUE;
            StreamingOutput events = out -> {
                for (JsonObject chunk : OpenAiResponses.chunks(answer, created, includeUsage)) {
                    write(out, "data: " + chunk + "\n\n");
                }
                write(out, "data: [DONE]\n\n");
            };
            response = Response.ok(events, MediaType.SERVER_SENT_EVENTS_TYPE).header("Cache-Control", "no-cache");
        } else {
            response = Response.ok(OpenAiResponses.completion(answer, created), MediaType.APPLICATION_JSON_TYPE);
        }
        return response.header("X-BizOSaaS-Provider", answer.provider())
                .header("X-BizOSaaS-Cache", answer.cacheHit() ? "hit" : "miss").build();
    }

    private static void write(OutputStream out, String event) throws java.io.IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
