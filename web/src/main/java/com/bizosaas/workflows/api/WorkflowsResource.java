package com.bizosaas.workflows.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.api.problem.InvalidParameterException;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.workflows.boundary.Workflows;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.control.WorkflowDiagram;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.Workflow;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Workflows (A6): definitions ({@code definition} is {@code {"steps": [...]}}, see {@link WorkflowDefinition}),
 * templates of the caller's tier, runs ({@code POST /api/v1/workflows/{id}/runs} answers 202 with the run at once;
 * poll {@code GET /api/v1/workflows/runs/{runId}}), approval gates, cancellation and event signals.
 */
@ApplicationScoped
@Path("workflows")
@Tag(name = "Workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowsResource {

    private static final String SVG = "image/svg+xml";

    @EJB
    Workflows workflows;

    /** A template: whether the caller's tier may use it, and its definition. */
    public record TemplateJson(String key, String name, String description, String minimumTier, boolean available,
                               JsonObject definition) {
    }

    /** A definition to save: from {@code definition}, or (creating only) a copy of {@code template}. */
    public record WorkflowBody(String name, String description, JsonObject definition, String template,
                               Integer baseVersion) {
    }

    /** A definition to check without saving it. */
    public record CheckBody(JsonObject definition) {
    }

    /** A checked definition in canonical form and its diagram. */
    public record CheckJson(JsonObject definition, int steps, String svg) {
    }

    /** What a run is given. */
    public record RunBody(String input) {
    }

    /** A decision on an approval gate: a note when approving, the reason when rejecting. */
    public record DecisionBody(String note, String reason) {
    }

    /** An event signalled to the tenant's waiting workflow steps. */
    public record SignalBody(String type, JsonObject payload) {
    }

    /** How many waiting steps an event released. */
    public record SignalJson(String type, int released) {
    }

    @GET
    @Path("templates")
    @Operation(summary = "The workflow templates, each with the lowest tier that may use it and whether the caller's tier may")
    public List<TemplateJson> templates() {
        return workflows.templates().stream().map(o -> new TemplateJson(o.template().key(), o.template().name(),
                o.template().description(), o.template().minimumTier().name(), o.available(),
                json(o.template().definition().toJson()))).toList();
    }

    @GET
    @Operation(summary = "The tenant's workflows by name, optionally those whose name contains q")
    public Page<WorkflowJson> list(@QueryParam("q") String text,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return workflows.list(text, new PageRequest(page, size)).map(WorkflowJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a workflow (administrators) from a definition or from a template of the tier: 201")
    public Response create(WorkflowBody body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("body", "a body {\"name\", \"definition\"} or {\"template\"} is required");
        }
        Workflow created = body.template() != null
                ? workflows.createFromTemplate(body.template(), body.name())
                : workflows.create(body.name(), body.description(), text(body.definition()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(WorkflowJson.of(created)).build();
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a definition as a save would, without saving it: its canonical form and diagram, or 400 naming the problem")
    public CheckJson check(CheckBody body) {
        WorkflowDefinition definition = workflows.check(text(body == null ? null : body.definition()));
        return new CheckJson(json(definition.toJson()), definition.steps().size(), WorkflowDiagram.of(definition));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workflow of the tenant")
    public WorkflowJson get(@PathParam("id") UUID id) {
        return WorkflowJson.of(workflows.require(id));
    }

    @GET
    @Path("{id}/diagram")
    @Produces(SVG)
    @Operation(summary = "The workflow drawn as SVG")
    public String diagram(@PathParam("id") UUID id) {
        return WorkflowDiagram.of(WorkflowDefinition.parse(workflows.require(id).getDefinition()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a workflow (administrators); baseVersion, when given, must be the version read (409 otherwise)")
    public WorkflowJson update(@PathParam("id") UUID id, WorkflowBody body) {
        if (body == null) {
            throw Refusal.invalid("body", "a body {\"name\", \"definition\"} is required");
        }
        return WorkflowJson.of(workflows.update(id, body.name(), body.description(), text(body.definition()),
                body.baseVersion()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a workflow (administrators); its runs keep their copy and go on")
    public Response delete(@PathParam("id") UUID id) {
        workflows.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run (managers, administrators): 202 with the run")
    public Response start(@PathParam("id") UUID id, RunBody body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("input", "a body {\"input\": \"...\"} is required");
        }
        WorkflowRun run = workflows.start(id, body.input());
        return Response.accepted(RunJson.of(run, workflows.steps(run.getId()), Map.of()))
                .location(uri.getBaseUriBuilder().path("workflows/runs/{runId}").build(run.getId())).build();
    }

    @GET
    @Path("runs")
    @Operation(summary = "The tenant's runs, newest first, optionally in one state and of one workflow")
    public Page<RunJson> runs(@QueryParam("state") String state, @QueryParam("workflowId") UUID workflowId,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        RunState only = InvalidParameterException.enumParameter("state", RunState.class, state);
        return workflows.runs(only, workflowId, new PageRequest(page, size)).map(RunJson::summary);
    }

    /** An approval gate a run waits at. */
    public record GateJson(UUID runId, String workflowName, String input, String step, Instant waitingSince) {
    }

    @GET
    @Path("gates")
    @Operation(summary = "The approval gates the tenant's runs wait at, longest waiting first")
    public List<GateJson> gates() {
        return workflows.gatesWaiting().stream().map(g -> new GateJson(g.run().getId(), g.run().getWorkflowName(),
                g.run().getInput(), g.gate().getKey(), g.gate().getStartedAt())).toList();
    }

    @GET
    @Path("runs/{runId}")
    @Operation(summary = "One run with its steps")
    public RunJson run(@PathParam("runId") UUID runId) {
        return full(runId);
    }

    @GET
    @Path("runs/{runId}/diagram")
    @Produces(SVG)
    @Operation(summary = "The run drawn as SVG, each step coloured by its state")
    public String runDiagram(@PathParam("runId") UUID runId) {
        WorkflowRun run = workflows.requireRun(runId);
        return WorkflowDiagram.of(run, workflows.steps(runId));
    }

    @POST
    @Path("runs/{runId}/steps/{step}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the approval gate the run waits at (managers, administrators), with an optional note")
    public RunJson approve(@PathParam("runId") UUID runId, @PathParam("step") String step, DecisionBody body) {
        workflows.approve(runId, step, body == null ? null : body.note());
        return full(runId);
    }

    @POST
    @Path("runs/{runId}/steps/{step}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the approval gate the run waits at, with the reason: the run is cancelled")
    public RunJson reject(@PathParam("runId") UUID runId, @PathParam("step") String step, DecisionBody body) {
        workflows.reject(runId, step, body == null ? null : body.reason());
        return full(runId);
    }

    @POST
    @Path("runs/{runId}/cancel")
    @Operation(summary = "Cancel a run under way (managers, administrators)")
    public RunJson cancel(@PathParam("runId") UUID runId) {
        workflows.cancel(runId);
        return full(runId);
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signal an event (managers, administrators): the tenant's steps waiting for its type go on, "
            + "with the payload as their result")
    public SignalJson signal(SignalBody body) {
        if (body == null) {
            throw Refusal.invalid("type", "a body {\"type\": \"payment.received\", \"payload\": {...}} is required");
        }
        return new SignalJson(body.type(), workflows.signal(body.type(), body.payload()));
    }

    private RunJson full(UUID runId) {
        WorkflowRun run = workflows.requireRun(runId);
        List<WorkflowStep> steps = workflows.steps(runId);
        return RunJson.of(run, steps, workflows.tasksOf(runId));
    }

    private static String text(JsonObject definition) {
        if (definition == null) {
            throw Refusal.invalid("definition", "a definition {\"steps\": [...]} is required");
        }
        return definition.toString();
    }

    private static JsonObject json(String text) {
        return Jsonp.createReader(new StringReader(text)).readObject();
    }
}
