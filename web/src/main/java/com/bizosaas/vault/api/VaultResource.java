package com.bizosaas.vault.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.vault.boundary.Vault;
import com.bizosaas.vault.entity.Credential;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Path("vault")
@Tag(name = "Vault")
@Produces(MediaType.APPLICATION_JSON)
public class VaultResource {

    @EJB
    Vault vault;

    /** A credential as anyone may see it: masked. */
    public record CredentialJson(String name, String masked, String keyId, Instant createdAt, Instant rotatedAt) {

        static CredentialJson of(Credential c) {
            return new CredentialJson(c.getName(), c.masked(), c.getKeyId(), c.getCreatedAt(), c.getRotatedAt());
        }
    }

    /** The secret to store. */
    public record SecretJson(String secret) {

        @Override
        public String toString() {
            return "SecretJson[****]";
        }
    }

    @GET
    @Operation(summary = "The tenant's credentials, masked (administrators)")
    public List<CredentialJson> list() {
        return vault.list().stream().map(CredentialJson::of).toList();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store or replace a secret; it is never shown again in full")
    public CredentialJson store(@PathParam("name") String name, @NotNull(message = "a JSON body is required") @Valid SecretJson body) {
        return CredentialJson.of(vault.store(name, body.secret()));
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Remove a secret")
    public Response delete(@PathParam("name") String name) {
        vault.delete(name);
        return Response.noContent().build();
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Re-seal every secret under the current key")
    public Map<String, Integer> rotate() {
        return Map.of("resealed", vault.rotate());
    }
}
