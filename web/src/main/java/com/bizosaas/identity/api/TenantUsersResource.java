package com.bizosaas.identity.api;

import com.bizosaas.identity.boundary.NewUser;
import com.bizosaas.identity.boundary.TenantUsers;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import java.util.UUID;

/** The users of any tenant, for the super-admin: {@code /api/v1/tenants/{id}/users}. */
@ApplicationScoped
@Path("tenants/{id}/users")
@Tag(name = "Tenancy")
@Produces(MediaType.APPLICATION_JSON)
public class TenantUsersResource {

    @EJB
    TenantUsers tenantUsers;

    @GET
    @Operation(summary = "Users of any tenant (super-admin; audited cross-tenant read)")
    public Page<UserJson> users(@PathParam("id") UUID id,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return tenantUsers.list(id, new PageRequest(page, size)).map(UserJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user to any tenant, e.g. a new client's first administrator (super-admin; audited)")
    public Response createUser(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") @Valid NewUser draft,
                               @Context UriInfo uri) {
        UserJson created = UserJson.of(tenantUsers.create(id, draft));
        return Response.created(uri.getBaseUriBuilder().path("users").path(created.id().toString()).build()).entity(created).build();
    }
}
