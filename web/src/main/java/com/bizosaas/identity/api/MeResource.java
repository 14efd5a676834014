package com.bizosaas.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.identity.boundary.UserLifecycle;
import com.bizosaas.identity.boundary.Users;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("me")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    Users users;

    @EJB
    UserLifecycle lifecycle;

    @GET
    @Operation(summary = "The signed-in user")
    public UserJson me() {
        return UserJson.of(users.me());
    }

    /** The current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the signed-in user's password, proving the current one: every token and console"
            + " session of theirs ends, this token too (sign in again with the new password); audited")
    public UserJson changePassword(@NotNull(message = "a JSON body {currentPassword, newPassword} is required")
                                   PasswordChange change) {
        return UserJson.of(lifecycle.changeOwnPassword(change.currentPassword(), change.newPassword()));
    }
}
