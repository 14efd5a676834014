package com.bizosaas.tenancy.api;

import com.bizosaas.json.Jsonp;
import com.bizosaas.tenancy.boundary.TenantUsage;
import com.bizosaas.tenancy.boundary.UsageFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

/** The caller's organisation's use of its tier, one field per figure each domain counts. */
@ApplicationScoped
@Path("usage")
@Tag(name = "Tenancy")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    @EJB
    TenantUsage usage;

    @GET
    @Operation(summary = "The caller's tenant's use of its tier: tier, users, API calls in the last hour, model spend this "
            + "month, and each further domain's figures (administrators)")
    public JsonObject usage() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        for (UsageFigure figure : usage.figures()) {
            figure.fields().forEach((name, value) -> {
                if (value instanceof BigDecimal decimal) {
                    json.add(name, decimal);
                } else if (value instanceof Number number) {
                    json.add(name, number.longValue());
                } else {
                    json.add(name, String.valueOf(value));
                }
            });
        }
        return json.build();
    }
}
