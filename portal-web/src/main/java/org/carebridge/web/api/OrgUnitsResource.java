package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.core.orgunit.boundary.OrgUnitData;
import org.carebridge.core.orgunit.boundary.OrgUnitView;
import org.carebridge.core.orgunit.boundary.OrgUnits;
import org.carebridge.core.persistence.Page;

import java.net.URI;

/** The active tenant's organisational units. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    @Inject
    OrgUnits units;

    @GET
    public Paged<OrgUnitView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(units.page(Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public OrgUnitView get(@PathParam("id") long id) {
        return units.find(id);
    }

    @POST
    public Response create(OrgUnitData data) {
        OrgUnitView created = units.create(Inputs.required(data));
        return Response.created(URI.create("org-units/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public OrgUnitView update(@PathParam("id") long id, OrgUnitData data) {
        return units.update(id, Inputs.required(data));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        units.delete(id);
        return Response.noContent().build();
    }
}
