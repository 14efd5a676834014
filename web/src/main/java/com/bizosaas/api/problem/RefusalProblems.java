package com.bizosaas.api.problem;

import com.bizosaas.errors.Refusal;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A boundary's refusal as its problem: 409, 400, 403, 401 (with a Bearer challenge), 410, 404 or 429 (with Retry-After). */
@Provider
public class RefusalProblems implements ExceptionMapper<Refusal> {

    @Context
    UriInfo uriInfo;

    /** For filters, which answer before any resource (and so before injection into this mapper). */
    public RefusalProblems withUriInfo(UriInfo info) {
        this.uriInfo = info;
        return this;
    }

    @Override
    public Response toResponse(Refusal refusal) {
        ProblemType type = switch (refusal.kind()) {
            case CONFLICT -> ProblemType.CONFLICT;
            case INVALID -> ProblemType.INVALID_REQUEST;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case UNAUTHENTICATED -> ProblemType.UNAUTHORIZED;
            case SECOND_STEP -> ProblemType.TWO_STEP_REQUIRED;
            case GONE -> ProblemType.GONE;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case OVER_BUDGET -> ProblemType.BUDGET_EXHAUSTED;
            case TOO_MANY -> ProblemType.TOO_MANY_REQUESTS;
        };
        Problem problem = Problem.of(type, refusal.getMessage(), RequestPath.of(uriInfo));
        if (refusal.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(refusal.field(), refusal.getMessage())));
        }
        Response.ResponseBuilder response = problem.toResponseBuilder();
        if (type == ProblemType.UNAUTHORIZED || type == ProblemType.TWO_STEP_REQUIRED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bizosaas\"");
        }
        if (refusal.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds());
        }
        return response.build();
    }
}
