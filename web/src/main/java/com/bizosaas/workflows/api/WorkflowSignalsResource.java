package com.bizosaas.workflows.api;

import com.bizosaas.errors.Refusal;
import com.bizosaas.workflows.boundary.WorkflowSignals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Events a tenant signals to its runs, under {@code /api/v1/workflows/events} (A6): the steps waiting for the type go
 * on with the payload as their result.
 */
@ApplicationScoped
@Path("workflows/events")
@Tag(name = "Workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowSignalsResource {

    @EJB
    WorkflowSignals signals;

    /** An event signalled to the tenant's waiting workflow steps. */
    public record SignalBody(String type, JsonObject payload) {
    }

    /** How many waiting steps an event released. */
    public record SignalJson(String type, int released) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signal an event (managers, administrators): the tenant's steps waiting for its type go on, "
            + "with the payload as their result")
    public SignalJson signal(SignalBody body) {
        if (body == null) {
            throw Refusal.invalid("type", "a body {\"type\": \"payment.received\", \"payload\": {...}} is required");
        }
        return new SignalJson(body.type(), signals.signal(body.type(), body.payload()));
    }
}
