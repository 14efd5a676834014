package com.bizosaas.identity.api;

import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.SignIn;
import com.bizosaas.identity.boundary.Tokens;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    /**
     * Email and password, as a front end's sign-in form sends them; and, for a user with two-step sign-in, the code of
     * their authenticator app or one of their recovery codes.
     */
    public record Credentials(@NotBlank(message = "email is required") String email,
                              @NotBlank(message = "password is required") String password,
                              @Size(max = 40, message = "code is the app's 6 digits or a 12-character recovery code") String code) {

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
            + " an address or 50 from a client within 15 minutes make the next attempts wait: 429 with Retry-After). A user"
            + " with two-step sign-in adds code (the app's 6 digits or a recovery code): without it, or with a wrong one,"
            + " 401 two-step-required (a wrong code says the attempts left); a user whose organisation requires two-step"
            + " sign-in but who has not set it up: 403 (set it up in the console first)")
    public TokenJson issue(@NotNull(message = "a JSON body is required") @Valid Credentials credentials) {
        SignIn.Outcome outcome = signIn.attempt(credentials.email(), credentials.password().toCharArray(), credentials.code(),
                http.getRemoteAddr());
        if (outcome.isThrottled()) {
            throw Refusal.tooMany(outcome.refusal(), outcome.retryAfterSeconds());
        }
        if (outcome.awaitsCode() || outcome.codeMayBeTriedAgain()) {
            throw Refusal.secondStep(outcome.refusal());
        }
        if (outcome.awaitsEnrolment()) {
            throw Refusal.forbidden(outcome.refusal());
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
