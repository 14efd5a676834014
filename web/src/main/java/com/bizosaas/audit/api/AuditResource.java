package com.bizosaas.audit.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.audit.entity.AuditEvent;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Path("audit")
@Tag(name = "Audit")
public class AuditResource {

    @EJB
    AuditTrail audit;

    /** One audit record as the API shows it. */
    public record AuditJson(UUID id, UUID tenantId, String actor, String action, String target, String before,
                            String after, String sourceIp, Instant occurredAt) {

        static AuditJson of(AuditEvent e) {
            return new AuditJson(e.getId(), e.getTenantId(), e.getActor(), e.getAction(), e.getTarget(), e.getBefore(),
                    e.getAfter(), e.getSourceIp(), e.getOccurredAt());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's tenant's audit trail, newest first (administrators)")
    public Page<AuditJson> list(@QueryParam("action") @Size(max = 80) String action,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return audit.list(action, new PageRequest(page, size)).map(AuditJson::of);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The same page as CSV, for spreadsheets")
    public String csv(@QueryParam("action") @Size(max = 80) String action,
                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                      @QueryParam("size") @DefaultValue("100") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return toCsv(audit.list(action, new PageRequest(page, size)).items());
    }

    /** Audit records as CSV with a header line. */
    public static String toCsv(java.util.List<AuditEvent> events) {
        return "occurredAt,actor,action,target,before,after,sourceIp\n" + events.stream()
                .map(e -> String.join(",", csvCell(e.getOccurredAt()), csvCell(e.getActor()), csvCell(e.getAction()),
                        csvCell(e.getTarget()), csvCell(e.getBefore()), csvCell(e.getAfter()), csvCell(e.getSourceIp())))
                .collect(Collectors.joining("\n"));
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
