package com.bizosaas.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API for external front ends and scripts. Described at {@code /openapi}. Its resources are
 * application-scoped: they keep no request state (what a request brings arrives as parameters), so none is built
 * and injected per request. The two that read the servlet request from a field stay per request.
 */
@ApplicationPath(ApiApplication.ROOT)
@OpenAPIDefinition(info = @Info(title = "BizOSaaS API", version = "1",
        description = "Multi-tenant platform for AI agents. Every error is application/problem+json."))
public class ApiApplication extends Application {

    public static final String ROOT = "api/v1";
}
