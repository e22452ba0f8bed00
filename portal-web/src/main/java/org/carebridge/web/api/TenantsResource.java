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
import org.carebridge.core.persistence.Page;
import org.carebridge.core.tenant.boundary.NewTenant;
import org.carebridge.core.tenant.boundary.TenantView;
import org.carebridge.core.tenant.boundary.Tenants;

/** Tenant onboarding and suspension, for platform administrators. */
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    Tenants tenants;

    @GET
    public Paged<TenantView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(tenants.page(Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public TenantView get(@PathParam("id") long id) {
        return tenants.find(id);
    }

    @POST
    public Response onboard(NewTenant request) {
        return Response.status(Response.Status.CREATED).entity(tenants.onboard(Inputs.required(request))).build();
    }

    @POST
    @Path("{id}/suspend")
    public TenantView suspend(@PathParam("id") long id) {
        return tenants.suspend(id);
    }

    @POST
    @Path("{id}/activate")
    public TenantView activate(@PathParam("id") long id) {
        return tenants.activate(id);
    }
}
