package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.service.boundary.NewService;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.care.service.boundary.Services;
import org.carebridge.core.value.ServiceType;
import org.carebridge.core.persistence.Page;

/** Services the district's children received; notes are returned only to those who may read them. */
@Path("service-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRecordsResource {

    @Inject
    Services services;

    public record VoidBody(String reason) {
    }

    @GET
    public Paged<ServiceView> list(@QueryParam("childId") Long childId, @QueryParam("type") String type,
                                   @QueryParam("includeVoid") boolean includeVoid,
                                   @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(services.page(new Services.Filter(childId,
                Inputs.optionalEnum(ServiceType.class, type, "service.type.unknown"), includeVoid),
                Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public ServiceView get(@PathParam("id") long id) {
        return services.find(id);
    }

    @POST
    public Response record(NewService n) {
        ServiceView created = services.record(Inputs.required(n));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Voids a record entered in error; it stays in the list with {@code includeVoid=true}. */
    @POST
    @Path("{id}/void")
    public ServiceView voidRecord(@PathParam("id") long id, VoidBody body) {
        return services.voidRecord(id, Inputs.required(body).reason());
    }
}
