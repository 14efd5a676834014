package com.bizosaas.agents.api;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.entity.Alert;
import com.bizosaas.agents.entity.AlertRule;
import com.bizosaas.agents.monitoring.boundary.AlertRules;
import com.bizosaas.api.problem.InvalidParameterException;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Alert rules on agents' results and the alerts they raised (A7). */
@ApplicationScoped
@Path("agents/alerts")
@Tag(name = "Agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentAlertsResource {

    @EJB
    AlertRules rules;

    /** A rule to create; {@code agentId} null watches all of the tenant's agents. */
    public record RuleBody(String name, UUID agentId, String metric, BigDecimal threshold, Integer windowMinutes,
                           Integer minTasks) {
    }

    /** A rule as stored; {@code firing} while its condition holds. */
    public record RuleJson(UUID id, String name, UUID agentId, String metric, BigDecimal threshold, int windowMinutes,
                           int minTasks, boolean firing, String createdBy, Instant createdAt) {
        static RuleJson of(AlertRule r) {
            return new RuleJson(r.getId(), r.getName(), r.getAgentId(), r.getMetric().name(), r.getThreshold(),
                    r.getWindowMinutes(), r.getMinTasks(), r.isFiring(), r.getCreatedBy(), r.getCreatedAt());
        }
    }

    /** An alert: what its rule saw, when; resolved and acknowledged when they happened. */
    public record AlertJson(UUID id, UUID ruleId, String rule, String message, BigDecimal observed, Instant firedAt,
                            Instant resolvedAt, String acknowledgedBy, Instant acknowledgedAt) {
        static AlertJson of(Alert a) {
            return new AlertJson(a.getId(), a.getRuleId(), a.getRuleName(), a.getMessage(), a.getObserved(),
                    a.getFiredAt(), a.getResolvedAt(), a.getAcknowledgedBy(), a.getAcknowledgedAt());
        }
    }

    @GET
    @Operation(summary = "The tenant's alerts, newest first; open=true: only those still firing")
    public Page<AlertJson> alerts(@QueryParam("open") @DefaultValue("false") boolean open,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return rules.alerts(open, new PageRequest(page, size)).map(AlertJson::of);
    }

    @POST
    @Path("{alertId}/acknowledge")
    @Operation(summary = "Take note of an alert (managers, administrators); 409 when already acknowledged")
    public AlertJson acknowledge(@PathParam("alertId") UUID alertId) {
        return AlertJson.of(rules.acknowledge(alertId));
    }

    @GET
    @Path("rules")
    @Operation(summary = "The tenant's alert rules")
    public Page<RuleJson> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return rules.rules(new PageRequest(page, size)).map(RuleJson::of);
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a rule (administrators): metric SUCCESS_RATE_BELOW (threshold a share, 0.9 = 90 %), "
            + "FAILURES_AT_LEAST (a count) or P95_ABOVE_MS (milliseconds), over windowMinutes (5-10080, default 60) "
            + "once minTasks (default 1) tasks finished; for one agent or all")
    public Response create(RuleBody body, @Context UriInfo uri) {
        if (body == null) {
            throw Refusal.invalid("name", "a body {\"name\", \"metric\", \"threshold\"} is required");
        }
        AlertRule.Metric metric = InvalidParameterException.enumParameter("metric", AlertRule.Metric.class, body.metric());
        AlertRule rule = rules.create(body.name(), body.agentId(), metric, body.threshold(),
                body.windowMinutes() == null ? 60 : body.windowMinutes(), body.minTasks() == null ? 1 : body.minTasks());
        return Response.created(uri.getAbsolutePathBuilder().path(rule.getId().toString()).build()).entity(RuleJson.of(rule)).build();
    }

    @DELETE
    @Path("rules/{ruleId}")
    @Operation(summary = "Delete a rule (administrators); its alerts stay")
    public Response delete(@PathParam("ruleId") UUID ruleId) {
        rules.delete(ruleId);
        return Response.noContent().build();
    }
}
