package com.bizosaas.api.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the JSON-P reader could not parse (resources that take a {@code JsonObject}, such as {@code /v1}). */
@Provider
public class JsonpProblems implements ExceptionMapper<JsonException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonException exception) {
        return MalformedBodyProblems.malformed(uriInfo);
    }
}
