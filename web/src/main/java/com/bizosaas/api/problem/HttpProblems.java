package com.bizosaas.api.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every HTTP-level refusal (unknown path, wrong method, unreadable parameter, unsupported media type)
 * as a problem document. The original response's headers that matter to the client (Allow, Retry-After)
 * are kept.
 */
@Provider
public class HttpProblems implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = Problem.of(type, detail(exception, type), RequestPath.of(uriInfo));
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA).entity(problem);
        copy(original, response, HttpHeaders.ALLOW);
        copy(original, response, HttpHeaders.RETRY_AFTER);
        copy(original, response, HttpHeaders.LOCATION);
        return response.build();
    }

    private String detail(WebApplicationException exception, ProblemType type) {
        if (exception instanceof NotFoundException) {
            return "nothing is served at this path";
        }
        if (exception instanceof NotAllowedException) {
            return "this resource does not accept that method";
        }
        if (exception instanceof BadRequestException && exception.getCause() != null) {
            // RESTEasy's own parameter-conversion message names the parameter but echoes internal classes.
            return "a path, query or header parameter has an unreadable value";
        }
        // Our own resources throw with messages written for the client.
        String message = exception.getMessage();
        return message == null || message.startsWith("HTTP ") || message.startsWith("RESTEASY") ? type.title() : message;
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }
}
