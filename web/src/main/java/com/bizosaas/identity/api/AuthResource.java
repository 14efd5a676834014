package com.bizosaas.identity.api;

import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.SignIn;
import com.bizosaas.identity.boundary.Tokens;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth/token")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    SignIn signIn;

    @EJB
    Tokens tokens;

    @Context
    HttpServletRequest http;

    /** Email and password, as a front end's sign-in form sends them. */
    public record Credentials(@NotBlank(message = "email is required") String email,
                              @NotBlank(message = "password is required") String password) {

        @Override
        public String toString() {
            return "Credentials[" + email + "]";
        }
    }

    /** The OAuth-style answer front ends expect. */
    public record TokenJson(String access_token, String token_type, long expires_in) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: a bearer token for the API (5 failures lock the account for 15 minutes; 10 failures for"
            + " an address or 50 from a client within 15 minutes make the next attempts wait: 429 with Retry-After)")
    public TokenJson issue(@NotNull(message = "a JSON body is required") @Valid Credentials credentials) {
        SignIn.Outcome outcome = signIn.attempt(credentials.email(), credentials.password().toCharArray(), http.getRemoteAddr());
        if (outcome.isThrottled()) {
            throw Refusal.tooMany(outcome.refusal(), outcome.retryAfterSeconds());
        }
        var user = outcome.user().orElseThrow(() -> Refusal.unauthenticated(outcome.refusal()));
        Tokens.IssuedToken token = tokens.issue(user);
        return new TokenJson(token.accessToken(), "Bearer", token.expiresInSeconds());
    }

    @DELETE
    @Operation(summary = "Revoke the token this request carries")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring(7).strip());
        return Response.noContent().build();
    }
}
