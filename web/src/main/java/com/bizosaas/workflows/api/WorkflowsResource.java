package com.bizosaas.workflows.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.workflows.boundary.WorkflowDefinitions;
import com.bizosaas.workflows.boundary.WorkflowRuns;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.control.WorkflowDiagram;
import com.bizosaas.workflows.entity.Workflow;
import com.bizosaas.workflows.entity.WorkflowRun;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Workflow definitions (A6) under {@code /api/v1/workflows}: {@code definition} is {@code {"steps": [...]}} (see
 * {@link WorkflowDefinition}), made from scratch or from a template of the caller's tier, checked without saving,
 * drawn as SVG. Starting a run of one ({@code POST /api/v1/workflows/{id}/runs}) answers 202 with the run at once;
 * poll {@code GET /api/v1/workflows/runs/{runId}}, which {@link WorkflowRunsResource} serves.
 */
@ApplicationScoped
@Path("workflows")
@Tag(name = "Workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowsResource {

    static final String SVG = "image/svg+xml";

    @EJB
    WorkflowDefinitions definitions;

    @EJB
    WorkflowRuns runs;

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

    @GET
    @Path("templates")
    @Operation(summary = "The workflow templates, each with the lowest tier that may use it and whether the caller's tier may")
    public List<TemplateJson> templates() {
        return definitions.templates().stream().map(o -> new TemplateJson(o.template().key(), o.template().name(),
                o.template().description(), o.template().minimumTier().name(), o.available(),
                json(o.template().definition().toJson()))).toList();
    }

    @GET
    @Operation(summary = "The tenant's workflows by name, optionally those whose name contains q")
    public Page<WorkflowJson> list(@QueryParam("q") String text,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return definitions.list(text, new PageRequest(page, size)).map(WorkflowJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a workflow (administrators) from a definition or from a template of the tier: 201")
    public Response create(WorkflowBody body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("body", "a body {\"name\", \"definition\"} or {\"template\"} is required");
        }
        Workflow created = body.template() != null
                ? definitions.createFromTemplate(body.template(), body.name())
                : definitions.create(body.name(), body.description(), text(body.definition()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(WorkflowJson.of(created)).build();
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a definition as a save would, without saving it: its canonical form and diagram, or 400 naming the problem")
    public CheckJson check(CheckBody body) {
        WorkflowDefinition definition = definitions.check(text(body == null ? null : body.definition()));
        return new CheckJson(json(definition.toJson()), definition.steps().size(), WorkflowDiagram.of(definition));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workflow of the tenant")
    public WorkflowJson get(@PathParam("id") UUID id) {
        return WorkflowJson.of(definitions.require(id));
    }

    @GET
    @Path("{id}/diagram")
    @Produces(SVG)
    @Operation(summary = "The workflow drawn as SVG")
    public String diagram(@PathParam("id") UUID id) {
        return WorkflowDiagram.of(WorkflowDefinition.parse(definitions.require(id).getDefinition()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a workflow (administrators); baseVersion, when given, must be the version read (409 otherwise)")
    public WorkflowJson update(@PathParam("id") UUID id, WorkflowBody body) {
        if (body == null) {
            throw Refusal.invalid("body", "a body {\"name\", \"definition\"} is required");
        }
        return WorkflowJson.of(definitions.update(id, body.name(), body.description(), text(body.definition()),
                body.baseVersion()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a workflow (administrators); its runs keep their copy and go on")
    public Response delete(@PathParam("id") UUID id) {
        definitions.delete(id);
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
        WorkflowRun run = runs.start(id, body.input());
        return Response.accepted(RunJson.of(run, runs.steps(run.getId()), Map.of()))
                .location(uri.getBaseUriBuilder().path("workflows/runs/{runId}").build(run.getId())).build();
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
