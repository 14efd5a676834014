package com.bizosaas.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Two people saved the same thing at the same moment (a versioned entity, both edits based on the same version):
 * the second save lost the race in the database and was rolled back. That is the caller's 409 with what to do,
 * not a 500.
 */
@Provider
public class ConcurrentChangeProblems implements ExceptionMapper<OptimisticLockException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.of(ProblemType.CONFLICT, "someone saved this at the same moment; nothing of yours was saved:"
                + " reload it and apply your change again", RequestPath.of(uriInfo)).toResponse();
    }
}
