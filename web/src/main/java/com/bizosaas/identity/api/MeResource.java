package com.bizosaas.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.identity.boundary.Users;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
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

    @GET
    @Operation(summary = "The signed-in user")
    public UserJson me() {
        return UserJson.of(users.me());
    }
}
