package com.bizosaas.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims: a 500 that tells the client an incident id and nothing else. The
 * stack trace goes to the server log under the same id, so support can find it without the client ever
 * seeing internals (SQL, class names, connection strings).
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return Problem.of(ProblemType.INTERNAL_ERROR, "the error was logged as incident " + incident,
                RequestPath.of(uriInfo)).toResponse();
    }
}
