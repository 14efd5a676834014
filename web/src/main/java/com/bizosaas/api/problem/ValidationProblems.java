package com.bizosaas.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures: 400 naming every invalid field. */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var fields = ViolationFields.of(exception.getConstraintViolations());
        String detail = fields.isEmpty() ? "the request is invalid"
                : fields.size() + (fields.size() == 1 ? " field is invalid: " : " fields are invalid: ")
                + String.join(", ", fields.stream().map(Problem.FieldError::field).distinct().toList());
        return Problem.of(ProblemType.INVALID_REQUEST, detail, RequestPath.of(uriInfo)).withErrors(fields).toResponse();
    }
}
