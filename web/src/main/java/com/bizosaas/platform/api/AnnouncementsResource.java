package com.bizosaas.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import com.bizosaas.api.problem.InvalidParameterException;
import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.platform.boundary.Announcements;
import com.bizosaas.platform.boundary.NewAnnouncement;
import com.bizosaas.platform.entity.Severity;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@ApplicationScoped
@Path("platform/announcements")
@Tag(name = "Platform")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementsResource {

    @EJB
    Announcements announcements;

    @GET
    @Operation(summary = "Announcements, newest first, optionally of one severity")
    public Page<AnnouncementJson> list(@QueryParam("severity") String severity,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        Severity only = InvalidParameterException.enumParameter("severity", Severity.class, severity);
        return announcements.list(only, new PageRequest(page, size)).map(AnnouncementJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One announcement")
    public AnnouncementJson get(@PathParam("id") UUID id) {
        return announcements.find(id).map(AnnouncementJson::of)
                .orElseThrow(() -> new NotFoundException("no announcement " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an announcement (super-admin); announces platform.announcement.published")
    public Response publish(@NotNull(message = "a JSON body is required") @Valid NewAnnouncement draft,
                            @Context UriInfo uri) {
        AnnouncementJson created = AnnouncementJson.of(announcements.publish(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
