package com.bizosaas.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.identity.boundary.NewUser;
import com.bizosaas.identity.boundary.Users;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

@ApplicationScoped
@Path("users")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    Users users;

    @GET
    @Operation(summary = "Users of the caller's tenant (administrators)")
    public Page<UserJson> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return users.list(new PageRequest(page, size)).map(UserJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user of the caller's tenant")
    public UserJson get(@PathParam("id") UUID id) {
        return users.find(id).map(UserJson::of).orElseThrow(() -> new NotFoundException("no user " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user to the caller's tenant (password policy: 12+ characters, 3 kinds)")
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewUser draft, @Context UriInfo uri) {
        UserJson created = UserJson.of(users.create(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
