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
import org.carebridge.core.account.boundary.Invitation;
import org.carebridge.core.account.boundary.MemberView;
import org.carebridge.core.account.boundary.Members;
import org.carebridge.core.persistence.Page;

import java.util.Set;

/** The active tenant's members, for its administrator. */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;

    public record InviteRequest(String username, String displayName, Set<String> roles) {
    }

    public record RolesRequest(Set<String> roles) {
    }

    @GET
    public Paged<MemberView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(members.page(Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public MemberView get(@PathParam("id") long id) {
        return members.find(id);
    }

    @POST
    public Response invite(InviteRequest r) {
        Inputs.required(r);
        Invitation inv = members.invite(r.username(), r.displayName(), Inputs.roles(r.roles()));
        return Response.status(Response.Status.CREATED).entity(inv).build();
    }

    @PUT
    @Path("{id}/roles")
    public MemberView roles(@PathParam("id") long id, RolesRequest r) {
        return members.changeRoles(id, Inputs.roles(Inputs.required(r).roles()));
    }

    @DELETE
    @Path("{id}")
    public MemberView remove(@PathParam("id") long id) {
        return members.remove(id);
    }
}
