package com.bizosaas.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.platform.boundary.PlatformStatus;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("platform/status")
@Tag(name = "Platform")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @EJB
    PlatformStatus status;

    @GET
    @Operation(summary = "How the platform is doing: database, broker, schema version")
    public PlatformStatus.StatusReport get() {
        return status.report();
    }
}
