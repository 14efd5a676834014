package com.bizosaas.api.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * A session bean wraps a runtime exception (for example a Bean Validation failure on its parameters) in
 * an {@link EJBException}; the client should see the problem of the cause, not a 500.
 */
@Provider
public class EjbProblems implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException exception) {
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
        if (cause == null || cause instanceof EJBException) {
            return providers.getExceptionMapper(Throwable.class).toResponse(exception);
        }
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper.toResponse(cause);
    }
}
