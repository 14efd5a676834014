package com.bizosaas.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B could not bind, when the provider lets the binding exception through unwrapped. */
@Provider
public class JsonbProblems implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return MalformedBodyProblems.malformed(uriInfo);
    }
}
