package com.bizosaas.llm.api;

import com.bizosaas.api.problem.Problem;
import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Gives every problem of the {@code /v1} API the shape OpenAI clients read — {@code {"error": {"message",
 * "type", "param", "code"}}} — beside the RFC 9457 fields, still as {@code application/problem+json}.
 * Registered by {@link OpenAiApplication} only.
 */
public class OpenAiErrorShape implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String param = problem.errors().isEmpty() ? null : problem.errors().get(0).field();
        JsonObjectBuilder error = Jsonp.createObjectBuilder()
                .add("message", problem.detail() == null ? problem.title() : problem.detail())
                .add("type", type(problem.status()))
                .add("code", problem.type().substring(problem.type().lastIndexOf('/') + 1).replace('-', '_'));
        if (param == null) {
            error.addNull("param");
        } else {
            error.add("param", param);
        }
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("type", problem.type()).add("title", problem.title()).add("status", problem.status());
        if (problem.detail() != null) {
            body.add("detail", problem.detail());
        }
        if (problem.instance() != null) {
            body.add("instance", problem.instance());
        }
        var errors = Jsonp.createArrayBuilder();
        problem.errors().forEach(e -> errors.add(Jsonp.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        body.add("errors", errors).add("error", error);
        response.setEntity(body.build(), response.getEntityAnnotations(), Problem.MEDIA);
    }

    /** OpenAI's error types by status. */
    private static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }
}
