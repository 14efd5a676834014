package com.bizosaas.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.identity.boundary.NewUser;
import com.bizosaas.identity.boundary.Authenticators;
import com.bizosaas.identity.boundary.UserLifecycle;
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

import java.util.UUID;

@ApplicationScoped
@Path("users")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    Users users;

    @EJB
    UserLifecycle lifecycle;

    @EJB
    Authenticators authenticators;

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

    /** A new role for a user. */
    public record RoleChange(String role) {
    }

    /** A new password an administrator sets. */
    public record PasswordReset(String password) {
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a user (administrators): no sign-in; their tokens and console sessions end at once; audited")
    public UserJson disable(@PathParam("id") UUID id) {
        return UserJson.of(lifecycle.disable(id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled user again (administrators); audited")
    public UserJson enable(@PathParam("id") UUID id) {
        return UserJson.of(lifecycle.enable(id));
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a user another role (administrators): their tokens and sessions end at once; the last"
            + " active administrator keeps the role; audited")
    public UserJson changeRole(@PathParam("id") UUID id, @NotNull(message = "a JSON body {role} is required") RoleChange change) {
        return UserJson.of(lifecycle.changeRole(id, change.role()));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for a user (administrators; the password policy applies): their tokens and"
            + " sessions end at once; audited")
    public UserJson resetPassword(@PathParam("id") UUID id,
                                 @NotNull(message = "a JSON body {password} is required") PasswordReset reset) {
        return UserJson.of(lifecycle.resetPassword(id, reset.password()));
    }

    @POST
    @Path("{id}/two-step/reset")
    @Operation(summary = "Reset another user's two-step sign-in (administrators), for a user who lost app and recovery"
            + " codes: they sign in with their password and set it up again where required; 409 on one's own; audited")
    public Response resetTwoStep(@PathParam("id") UUID id) {
        authenticators.resetFor(id);
        return Response.noContent().build();
    }
}
