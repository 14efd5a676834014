package com.bizosaas.identity.api;

import com.bizosaas.identity.boundary.Invitations;
import com.bizosaas.identity.entity.Invitation;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("invitations")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @EJB
    Invitations invitations;

    @Context
    HttpServletRequest http;

    /** Who to invite, and as what. */
    public record InvitationRequest(String email, String role) {
    }

    /** What the invitee sends from the link. */
    public record Acceptance(String token, String displayName, String password) {

        @Override
        public String toString() {
            return "Acceptance[" + displayName + "]";
        }
    }

    /** A pending invitation; {@code link} only in the answer to its creation. */
    public record InvitationJson(UUID id, String email, String role, String invitedBy, Instant expiresAt, String link) {

        static InvitationJson of(Invitation i, String link) {
            return new InvitationJson(i.getId(), i.getEmail(), i.getRole().name(), i.getInvitedBy(), i.getExpiresAt(), link);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an address to the caller's tenant; the answer carries the link, once")
    public Response invite(@NotNull(message = "a JSON body is required") @Valid InvitationRequest request, @Context UriInfo uri) {
        Invitations.Issued issued = invitations.invite(request.email(), request.role());
        URI link = uri.getBaseUri().resolve("../../invitation.xhtml?token=" + issued.token());
        return Response.status(Response.Status.CREATED).entity(InvitationJson.of(issued.invitation(), link.toString())).build();
    }

    @GET
    @Operation(summary = "Pending invitations of the caller's tenant")
    public List<InvitationJson> pending() {
        return invitations.pending().stream().map(i -> InvitationJson.of(i, null)).toList();
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an invitation (no token needed): 404 unknown link, 410 expired or used, 400 weak password")
    public Response accept(@NotNull(message = "a JSON body is required") @Valid Acceptance acceptance) {
        UUID user = invitations.accept(acceptance.token(), acceptance.displayName(), acceptance.password(), http.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(Map.of("userId", user.toString())).build();
    }
}
