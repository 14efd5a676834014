package com.bizosaas.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that cannot be read as the expected JSON (syntax error, wrong type for a field, unknown enum
 * constant). The JSON-B provider reports all of these as a {@link ProcessingException}; the parser's own
 * message is not passed on because it quotes internal class names.
 */
@Provider
public class MalformedBodyProblems implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException exception) {
        return malformed(uriInfo);
    }

    static Response malformed(UriInfo uriInfo) {
        return Problem.of(ProblemType.MALFORMED_REQUEST,
                "the body is not valid JSON for this request (check syntax, field types and allowed values)",
                RequestPath.of(uriInfo)).toResponse();
    }
}
