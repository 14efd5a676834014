package com.bizosaas.identity.api;

import com.bizosaas.identity.boundary.SignInPolicies;
import com.bizosaas.identity.entity.SignInPolicy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The caller's organisation's sign-in policy (administrators). */
@ApplicationScoped
@Path("sign-in-policy")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class SignInPolicyResource {

    @EJB
    SignInPolicies policies;

    /** The policy as the API shows it. */
    public record PolicyJson(List<String> twoStepRoles, String idleTimeout, List<String> allowedNetworks,
                             Instant updatedAt, String updatedBy) {

        static PolicyJson of(SignInPolicy policy) {
            return new PolicyJson(policy.getTwoStepRoles().stream().map(Enum::name).toList(),
                    policy.getIdleTimeout().toString(), policy.getAllowedNetworks(), policy.getUpdatedAt(), policy.getUpdatedBy());
        }
    }

    @GET
    @Operation(summary = "The organisation's sign-in policy: roles that must use two-step sign-in, the consoles' idle"
            + " timeout (ISO-8601, default PT30M), the networks its users may come from (none: every network)")
    public PolicyJson get() {
        return PolicyJson.of(policies.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the sign-in policy (administrators); a field left out stays as it is. idleTimeout"
            + " PT1M to PT12H; allowedNetworks: CIDR ranges or addresses, at most 50, which must include the caller's"
            + " own address (409 otherwise); takes effect at the next click or request on every node; audited")
    public PolicyJson change(@NotNull(message = "a JSON body {twoStepRoles, idleTimeout, allowedNetworks} is required")
                             SignInPolicies.Change change) {
        return PolicyJson.of(policies.change(change));
    }
}
