package com.bizosaas.agents.api;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.configuration.control.ConfigurationDiff;
import com.bizosaas.errors.Refusal;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The caller's organisation's configuration of one agent (A2) and its versions. Saving adds a version; restoring
 * an earlier one adds a version too; two versions can be compared side by side.
 */
@ApplicationScoped
@Path("agents/{id}/configuration")
@Tag(name = "Agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentConfigurationResource {

    @EJB
    AgentConfigurations configurations;

    /**
     * A change: fields left out keep their value. {@code baseVersion} (optional) is the version it was made from;
     * if someone saved since, the change is refused with 409.
     */
    public record ChangeBody(Integer baseVersion, Boolean enabled, String promptTemplate, List<String> tools,
                             String modelTier, BigDecimal temperature, Integer maxTokens, String note) {
    }

    /** Why a version is restored. */
    public record RestoreBody(String note) {
    }

    @GET
    @Operation(summary = "The configuration in force (version 0: as the catalogue defines the agent)")
    public ConfigurationJson current(@PathParam("id") UUID agentId) {
        return ConfigurationJson.of(configurations.current(agentId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change it (administrators): enabled, promptTemplate, tools (of the agent's catalogue tools), "
            + "modelTier, temperature, maxTokens within the tier's ranges; saved as the next version, audited. "
            + "A change that changes nothing adds no version")
    public ConfigurationJson change(@PathParam("id") UUID agentId, ChangeBody body) {
        if (body == null) {
            throw Refusal.invalid("body", "a body with the settings to change is required");
        }
        return ConfigurationJson.of(configurations.change(agentId, body.baseVersion(),
                new AgentConfigurations.Change(body.enabled(), body.promptTemplate(), body.tools(), body.modelTier(),
                        body.temperature(), body.maxTokens()), body.note()));
    }

    @GET
    @Path("versions")
    @Operation(summary = "The saved versions, newest first")
    public Page<ConfigurationJson> versions(@PathParam("id") UUID agentId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return configurations.history(agentId, new PageRequest(page, size)).map(v -> ConfigurationJson.of(agentId, v));
    }

    @GET
    @Path("versions/{version}")
    @Operation(summary = "One version's settings (0: the catalogue's definition)")
    public ConfigurationJson version(@PathParam("id") UUID agentId, @PathParam("version") int version) {
        return ConfigurationJson.of(agentId, version, configurations.version(agentId, version), null);
    }

    @POST
    @Path("versions/{version}/restore")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Put an earlier version back in force (administrators), as a new version")
    public ConfigurationJson restore(@PathParam("id") UUID agentId, @PathParam("version") int version, RestoreBody body) {
        return ConfigurationJson.of(configurations.restore(agentId, version, body == null ? null : body.note()));
    }

    @GET
    @Path("diff")
    @Operation(summary = "Two versions side by side: each setting left and right, the prompt template line by line")
    public ConfigurationDiff.Comparison diff(@PathParam("id") UUID agentId, @QueryParam("from") Integer from,
                                             @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw Refusal.invalid(from == null ? "from" : "to", "both versions are needed: ?from=1&to=2");
        }
        return configurations.diff(agentId, from, to);
    }
}
