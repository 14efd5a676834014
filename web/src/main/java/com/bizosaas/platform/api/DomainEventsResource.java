package com.bizosaas.platform.api;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.platform.boundary.DomainEventJournal;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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

@ApplicationScoped
@Path("platform/events")
@Tag(name = "Platform")
@Produces(MediaType.APPLICATION_JSON)
public class DomainEventsResource {

    @EJB
    DomainEventJournal journal;

    @GET
    @Operation(summary = "Domain events the platform received, newest first, optionally of one type (super-admin)")
    @Allowed(RoleSet.SUPER_ADMIN)
    public Page<JournalEntryJson> list(@QueryParam("type") @Size(max = 120) String type,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return journal.list(type, new PageRequest(page, size)).map(JournalEntryJson::of);
    }
}
