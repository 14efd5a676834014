package com.bizosaas.api.problem;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} of a problem: the path the client asked for, without query (it may hold secrets). */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(UriInfo uriInfo) {
        return uriInfo == null ? null : "/" + uriInfo.getBaseUri().getPath().replaceFirst("^/", "") + uriInfo.getPath().replaceFirst("^/", "");
    }
}
