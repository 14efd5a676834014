package com.bizosaas.tenancy.api;

import com.bizosaas.tenancy.boundary.TenantExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The platform's data map: every tenant-owned table, the domain that owns it, and where its rows go (super-admin). */
@ApplicationScoped
@Path("tenant-data")
@Tag(name = "Tenancy")
@Produces(MediaType.APPLICATION_JSON)
public class TenantDataResource {

    /**
     * One table: its file in an offboarding archive (null: not exported), whether it outlives the tenant, and what keeps
     * tenants apart in it ({@code ROW_LEVEL_SECURITY}, {@code NO_APPLICATION_ACCESS}).
     */
    public record TableJson(String domain, String table, String file, boolean keptAfterOffboarding, String guard, String why) {
    }

    @EJB
    TenantExport export;

    @GET
    @Operation(summary = "Every tenant-owned table each domain declares: its export file, whether it is kept after "
            + "offboarding, and whether row-level security guards it (super-admin)")
    public List<TableJson> dataMap() {
        return export.dataMap().stream().map(d -> new TableJson(d.domain(), d.table().table(), d.table().file(),
                d.table().kept(), d.table().guard().name(), d.table().why())).toList();
    }
}
