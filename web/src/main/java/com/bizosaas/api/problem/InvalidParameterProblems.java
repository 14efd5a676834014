package com.bizosaas.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A query parameter with a value the resource cannot use: 400 naming it. */
@Provider
public class InvalidParameterProblems implements ExceptionMapper<InvalidParameterException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return Problem.of(ProblemType.INVALID_REQUEST, "1 field is invalid: " + exception.parameter(), RequestPath.of(uriInfo))
                .withErrors(List.of(new Problem.FieldError(exception.parameter(), exception.getMessage())))
                .toResponse();
    }
}
