package com.bizosaas.workflows.api;

import com.bizosaas.api.problem.InvalidParameterException;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.workflows.boundary.WorkflowGates;
import com.bizosaas.workflows.boundary.WorkflowRuns;
import com.bizosaas.workflows.control.WorkflowDiagram;
import com.bizosaas.workflows.entity.RunState;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Workflow runs under {@code /api/v1/workflows/runs} (A6): the tenant's runs, one with its steps (the address
 * {@code POST /api/v1/workflows/{id}/runs} answers with), drawn as SVG, and what managers and administrators do to
 * a run under way — decide its approval gates, cancel it. Each action answers with the run as it is then.
 */
@ApplicationScoped
@Path("workflows/runs")
@Tag(name = "Workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowRunsResource {

    @EJB
    WorkflowRuns runs;

    @EJB
    WorkflowGates gates;

    /** A decision on an approval gate: a note when approving, the reason when rejecting. */
    public record DecisionBody(String note, String reason) {
    }

    @GET
    @Operation(summary = "The tenant's runs, newest first, optionally in one state and of one workflow")
    public Page<RunJson> runs(@QueryParam("state") String state, @QueryParam("workflowId") UUID workflowId,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        RunState only = InvalidParameterException.enumParameter("state", RunState.class, state);
        return runs.runs(only, workflowId, new PageRequest(page, size)).map(RunJson::summary);
    }

    @GET
    @Path("{runId}")
    @Operation(summary = "One run with its steps")
    public RunJson run(@PathParam("runId") UUID runId) {
        return full(runId);
    }

    @GET
    @Path("{runId}/diagram")
    @Produces(WorkflowsResource.SVG)
    @Operation(summary = "The run drawn as SVG, each step coloured by its state")
    public String runDiagram(@PathParam("runId") UUID runId) {
        return WorkflowDiagram.of(runs.requireRun(runId), runs.steps(runId));
    }

    @POST
    @Path("{runId}/steps/{step}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the approval gate the run waits at (managers, administrators), with an optional note")
    public RunJson approve(@PathParam("runId") UUID runId, @PathParam("step") String step, DecisionBody body) {
        gates.approve(runId, step, body == null ? null : body.note());
        return full(runId);
    }

    @POST
    @Path("{runId}/steps/{step}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the approval gate the run waits at, with the reason: the run is cancelled")
    public RunJson reject(@PathParam("runId") UUID runId, @PathParam("step") String step, DecisionBody body) {
        gates.reject(runId, step, body == null ? null : body.reason());
        return full(runId);
    }

    @POST
    @Path("{runId}/cancel")
    @Operation(summary = "Cancel a run under way (managers, administrators)")
    public RunJson cancel(@PathParam("runId") UUID runId) {
        runs.cancel(runId);
        return full(runId);
    }

    private RunJson full(UUID runId) {
        return RunJson.of(runs.requireRun(runId), runs.steps(runId), runs.tasksOf(runId));
    }
}
