package com.bizosaas.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.tenancy.boundary.NewTenant;
import com.bizosaas.tenancy.boundary.Offboarding;
import com.bizosaas.tenancy.boundary.TenantChanges;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Path("tenants")
@Tag(name = "Tenancy")
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @EJB
    Tenants tenants;

    @EJB
    Offboarding offboarding;

    @GET
    @Operation(summary = "All tenants (super-admin) or the caller's own")
    public List<TenantJson> list() {
        return tenants.visible().stream().map(TenantJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tenant with its entitlements")
    public TenantJson get(@PathParam("id") UUID id) {
        return tenants.find(id).map(TenantJson::of).orElseThrow(() -> new NotFoundException("no tenant " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a client of the agency (super-admin); 409 for a taken name or slug")
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewTenant draft, @Context UriInfo uri) {
        TenantJson created = TenantJson.of(tenants.create(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a tenant or change its tier (super-admin); 409 for a taken name")
    public TenantJson change(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") @Valid TenantChanges changes) {
        return TenantJson.of(tenants.change(id, changes));
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend: its users cannot sign in and its tokens stop working (super-admin)")
    public TenantJson suspend(@PathParam("id") UUID id) {
        return TenantJson.of(tenants.suspend(id));
    }

    @POST
    @Path("{id}/offboard")
    @Produces("application/zip")
    @Operation(summary = "Offboard: the tenant's data as a ZIP of JSON files, then the tenant is deleted (super-admin)")
    public Response offboard(@PathParam("id") UUID id) {
        byte[] archive = offboarding.offboard(id);
        return Response.ok(archive, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"tenant-" + id + ".zip\"").build();
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a suspended tenant (super-admin)")
    public TenantJson reactivate(@PathParam("id") UUID id) {
        return TenantJson.of(tenants.reactivate(id));
    }
}
