package com.bizosaas.agents.api;

import com.bizosaas.agents.approvals.boundary.TaskApprovals;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.entity.Insight;
import com.bizosaas.agents.insights.boundary.AgentInsights;
import com.bizosaas.agents.monitoring.boundary.AgentMonitoring;
import com.bizosaas.agents.tasks.boundary.AgentTasks;
import com.bizosaas.agents.tasks.boundary.ToolCallLog;
import com.bizosaas.agents.tasks.control.SensitiveTools;
import com.bizosaas.api.problem.InvalidParameterException;
import com.bizosaas.connectors.boundary.Connectors;
import com.bizosaas.connectors.control.ToolDefinitions;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agent catalogue and its tasks: {@code POST /api/v1/agents/{id}/tasks} answers 202 with the task at once;
 * poll {@code GET /api/v1/agents/tasks/{taskId}} for its state.
 */
@ApplicationScoped
@Path("agents")
@Tag(name = "Agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @EJB
    Agents agents;

    @EJB
    AgentTasks tasks;

    @EJB
    TaskApprovals approvals;

    @EJB
    AgentMonitoring monitoring;

    @EJB
    AgentConfigurations configurations;

    @EJB
    ToolCallLog toolCallLog;

    @EJB
    Connectors connectors;

    @EJB
    AgentInsights insights;

    /** What a task is asked to do; optionally the one tool call it asks for. */
    public record TaskInput(String input, ToolRequestJson tool) {
    }

    /** A tool call: one of the agent's tools and its arguments. */
    public record ToolRequestJson(String name, JsonObject arguments) {
    }

    /**
     * An approval: optionally the input as the approver edited it, the arguments of the task's tool call as edited,
     * and a note.
     */
    public record Approval(String input, JsonObject arguments, String note) {
    }

    /** A rejection and its reason. */
    public record Rejection(String reason) {
    }

    @GET
    @Operation(summary = "The catalogue, filterable by category, pattern (1-4), integration, text in name or goal, and "
            + "whether the caller's organisation has the agent enabled")
    public Page<AgentJson> list(@QueryParam("category") String category, @QueryParam("pattern") Integer pattern,
                                @QueryParam("integration") String integration, @QueryParam("q") String text,
                                @QueryParam("enabled") Boolean enabled,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        if (pattern != null && (pattern < 1 || pattern > 4)) {
            throw Refusal.invalid("pattern", "pattern must be 1, 2, 3 or 4 (agents per integration)");
        }
        Page<Agent> found = agents.list(new Agents.Filter(category, pattern, integration, text, enabled),
                new PageRequest(page, size));
        Map<UUID, AgentConfiguration> configured = configurations.inForce(found.items().stream().map(Agent::getId).toList());
        return found.map(a -> AgentJson.of(a, configured.get(a.getId())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agent of the catalogue")
    public AgentJson get(@PathParam("id") UUID id) {
        Agent agent = agents.require(id);
        return AgentJson.of(agent, configurations.inForce(List.of(id)).get(id));
    }

    /** A revision of a catalogue entry; fields left out keep their value. */
    public record RevisionBody(String goal, String promptTemplate, List<String> tools, String modelTier, String minimumTier) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a catalogue entry (super-admin): goal, promptTemplate, tools (of the agent's integration), "
            + "modelTier, minimumTier; audited")
    public AgentJson revise(@PathParam("id") UUID id, RevisionBody body) {
        if (body == null) {
            throw Refusal.invalid("body", "a body with the fields to revise is required");
        }
        Agent agent = agents.revise(id, new Agents.Revision(body.goal(), body.promptTemplate(), body.tools(),
                body.modelTier(), body.minimumTier()));
        return AgentJson.of(agent, configurations.inForce(List.of(id)).get(id));
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the agent a task (managers, administrators): 202 with the queued task")
    public Response submit(@PathParam("id") UUID id, TaskInput body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("input", "a body {\"input\": \"...\"} is required");
        }
        AgentTasks.ToolRequest tool = body.tool() == null ? null
                : new AgentTasks.ToolRequest(body.tool().name(), body.tool().arguments());
        TaskJson task = TaskJson.of(tasks.submit(id, body.input(), tool));
        return Response.accepted(task)
                .location(uri.getBaseUriBuilder().path("agents/tasks/{taskId}").build(task.id())).build();
    }

    @GET
    @Path("monitoring")
    @Operation(summary = "Per agent of the tenant over the last days (default 7): tasks, successes, failures, success "
            + "rate, p50/p95 run time, tokens and cost; the tenant's total last")
    public List<AgentMonitoring.AgentStats> monitoring(@QueryParam("days") @DefaultValue("7") int days) {
        return monitoring.lastDays(days);
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The tenant's tasks, newest first, optionally in one state")
    public Page<TaskJson> tasks(@QueryParam("state") String state,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        TaskState only = InvalidParameterException.enumParameter("state", TaskState.class, state);
        return tasks.list(only, new PageRequest(page, size)).map(TaskJson::of);
    }

    @GET
    @Path("tasks/{taskId}")
    @Operation(summary = "One task of the tenant")
    public TaskJson task(@PathParam("taskId") UUID taskId) {
        return TaskJson.of(tasks.require(taskId));
    }

    /** An insight one of the tenant's agents recorded; shared with its category's agents once accepted. */
    public record InsightJson(UUID id, UUID agentId, String category, UUID taskId, String text, java.time.Instant createdAt,
                              boolean accepted, String acceptedBy, java.time.Instant acceptedAt) {
        static InsightJson of(Insight i) {
            return new InsightJson(i.getId(), i.getAgentId(), i.getCategory(), i.getTaskId(), i.getText(), i.getCreatedAt(),
                    i.isAccepted(), i.getAcceptedBy(), i.getAcceptedAt());
        }
    }

    @GET
    @Path("insights")
    @Operation(summary = "What the tenant's agents learned (A8), newest first, optionally of one category; each category's "
            + "latest accepted insights are given to its agents when they work")
    public Page<InsightJson> insights(@QueryParam("category") String category,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return insights.list(category, new PageRequest(page, size)).map(InsightJson::of);
    }

    @POST
    @Path("insights/{insightId}/accept")
    @Operation(summary = "Accept an insight (administrators): from now on its category's agents are told it")
    public InsightJson acceptInsight(@PathParam("insightId") UUID insightId) {
        return InsightJson.of(insights.accept(insightId));
    }

    @DELETE
    @Path("insights/{insightId}")
    @Operation(summary = "Delete an insight (administrators): agents are no longer told it")
    public Response deleteInsight(@PathParam("insightId") UUID insightId) {
        insights.delete(insightId);
        return Response.noContent().build();
    }

    @GET
    @Path("tasks/{taskId}/tool-calls")
    @Operation(summary = "The task's tool calls in order: tool, arguments, state, sandbox or live, result or reason")
    public List<ToolCallJson> toolCalls(@PathParam("taskId") UUID taskId) {
        tasks.require(taskId);
        return toolCallLog.of(taskId).stream().map(ToolCallJson::of).toList();
    }

    @GET
    @Path("{id}/tools")
    @Operation(summary = "The tools the agent may call as the organisation configured it: description, parameters, "
            + "whether sensitive (approval) and whether live (real integration) or sandbox")
    public List<ToolJson> tools(@PathParam("id") UUID id) {
        Agent agent = agents.require(id);
        return configurations.inForce(agent).settings().tools().stream()
                .flatMap(t -> ToolDefinitions.of(t, agent.getIntegration()).stream())
                .map(d -> new ToolJson(d.name(), d.description(), d.parameters(), SensitiveTools.isSensitive(d.name()),
                        connectors.reachesRealApi(d)))
                .toList();
    }

    @POST
    @Path("tasks/{taskId}/cancel")
    @Operation(summary = "Cancel a queued task (409 once it has started)")
    public TaskJson cancel(@PathParam("taskId") UUID taskId) {
        return TaskJson.of(tasks.cancel(taskId));
    }

    @POST
    @Path("tasks/{taskId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a task awaiting approval (managers, administrators), optionally with edited input: "
            + "it is queued at once; 409 when it is not awaiting approval")
    public TaskJson approve(@PathParam("taskId") UUID taskId, Approval body) {
        Approval approval = body == null ? new Approval(null, null, null) : body;
        return TaskJson.of(approvals.approve(taskId, approval.input(), approval.arguments(), approval.note()));
    }

    @POST
    @Path("tasks/{taskId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a task awaiting approval, with a reason (managers, administrators): it is cancelled")
    public TaskJson reject(@PathParam("taskId") UUID taskId, Rejection body) {
        return TaskJson.of(approvals.reject(taskId, body == null ? null : body.reason()));
    }
}
