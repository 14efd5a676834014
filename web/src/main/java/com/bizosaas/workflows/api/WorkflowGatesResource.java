package com.bizosaas.workflows.api;

import com.bizosaas.workflows.boundary.WorkflowGates;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The approval gates the tenant's runs wait at, under {@code /api/v1/workflows/gates} (A6). A gate is decided on its
 * run: {@code POST /api/v1/workflows/runs/{runId}/steps/{step}/approve} or {@code .../reject}
 * ({@link WorkflowRunsResource}).
 */
@ApplicationScoped
@Path("workflows/gates")
@Tag(name = "Workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowGatesResource {

    @EJB
    WorkflowGates gates;

    /** An approval gate a run waits at. */
    public record GateJson(UUID runId, String workflowName, String input, String step, Instant waitingSince) {
    }

    @GET
    @Operation(summary = "The approval gates the tenant's runs wait at, longest waiting first")
    public List<GateJson> gates() {
        return gates.waiting().stream().map(g -> new GateJson(g.run().getId(), g.run().getWorkflowName(),
                g.run().getInput(), g.gate().getKey(), g.gate().getStartedAt())).toList();
    }
}
