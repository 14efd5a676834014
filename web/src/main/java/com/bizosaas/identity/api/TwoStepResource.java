package com.bizosaas.identity.api;

import com.bizosaas.identity.boundary.Authenticators;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Two-step sign-in: the signed-in user's authenticator app and recovery codes (an administrator's reset: users). */
@ApplicationScoped
@Path("me/two-step")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class TwoStepResource {

    @EJB
    Authenticators authenticators;

    /** Where the signed-in user stands. */
    public record StatusJson(boolean enrolled, Instant since, int recoveryCodesLeft, boolean requiredForYourRole) {
    }

    /** The secret to scan: shown this once. */
    public record EnrolmentJson(String secret, String otpauthUri) {
    }

    /** A code of the authenticator app. */
    public record Code(String code) {
    }

    /** Recovery codes: shown this once; each works once. */
    public record RecoveryCodesJson(List<String> recoveryCodes) {
    }

    @GET
    @Operation(summary = "Whether the signed-in user has two-step sign-in, since when, recovery codes left, and whether"
            + " their organisation requires it of their role")
    public StatusJson status() {
        Authenticators.Status status = authenticators.status();
        return new StatusJson(status.enrolled(), status.since(), status.recoveryCodesLeft(), status.required());
    }

    @POST
    @Operation(summary = "Begin setting up two-step sign-in: a new secret for the authenticator app (as text and as an"
            + " otpauth:// URI for a QR code), in force once confirmed with the app's code; 409 if already set up")
    public Response begin() {
        Authenticators.Enrolment enrolment = authenticators.begin();
        return Response.status(Response.Status.CREATED)
                .entity(new EnrolmentJson(enrolment.secret(), enrolment.provisioningUri())).build();
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the setup with the app's code of now: two-step sign-in is on; answers ten recovery"
            + " codes, shown this once; audited")
    public RecoveryCodesJson confirm(@NotNull(message = "a JSON body {code} is required") Code code) {
        return new RecoveryCodesJson(authenticators.confirm(code.code()));
    }

    @POST
    @Path("recovery-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ten new recovery codes for the old ones, proved with the app's code; audited")
    public RecoveryCodesJson renew(@NotNull(message = "a JSON body {code} is required") Code code) {
        return new RecoveryCodesJson(authenticators.renewRecoveryCodes(code.code()));
    }

    @POST
    @Path("removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn two-step sign-in off, proved with the app's code; 409 where the organisation requires it"
            + " of the user's role; audited")
    public Response remove(@NotNull(message = "a JSON body {code} is required") Code code) {
        authenticators.remove(code.code());
        return Response.noContent().build();
    }
}
