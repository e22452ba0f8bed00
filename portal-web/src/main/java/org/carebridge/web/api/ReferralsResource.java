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
import org.carebridge.care.referral.boundary.NewReferral;
import org.carebridge.care.referral.boundary.Receiver;
import org.carebridge.care.referral.boundary.ReferralView;
import org.carebridge.care.referral.boundary.Referrals;
import org.carebridge.care.referral.entity.ReferralStatus;
import org.carebridge.care.service.boundary.NewService;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.core.persistence.Page;

import java.util.List;

/**
 * Referrals the caller's tenant sent ({@code side=sent}, districts) or received ({@code side=received},
 * service organisations and foundations); the receiver sees only the grant, while it is open.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @Inject
    Referrals referrals;

    public record Answer(Boolean accept, String note) {
    }

    public record Note(String note) {
    }

    @GET
    public Paged<ReferralView> list(@QueryParam("side") String side, @QueryParam("status") String status,
                                    @QueryParam("childId") Long childId, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        Referrals.Side s = side == null || side.isBlank() ? Referrals.Side.RECEIVED
                : Inputs.optionalEnum(Referrals.Side.class, side.strip().toUpperCase(java.util.Locale.ROOT),
                "referral.side.unknown");
        return Paged.of(referrals.page(s, Inputs.optionalEnum(ReferralStatus.class, status, "referral.status.unknown"),
                childId, Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("receivers")
    public List<Receiver> receivers() {
        return referrals.receivers();
    }

    @GET
    @Path("{id}")
    public ReferralView get(@PathParam("id") long id) {
        return referrals.find(id);
    }

    @POST
    public Response send(NewReferral n) {
        ReferralView created = referrals.send(Inputs.required(n));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The receiver accepts ({@code accept: true}) or rejects with a reason. */
    @POST
    @Path("{id}/answer")
    public ReferralView answer(@PathParam("id") long id, Answer a) {
        Inputs.required(a);
        return referrals.answer(id, Boolean.TRUE.equals(a.accept()), a.note());
    }

    @POST
    @Path("{id}/done")
    public ReferralView done(@PathParam("id") long id, Note n) {
        return referrals.complete(id, Inputs.required(n).note());
    }

    @POST
    @Path("{id}/revoke")
    public ReferralView revoke(@PathParam("id") long id, Note n) {
        return referrals.revoke(id, Inputs.required(n).note());
    }

    /** The receiving organisation records a service it gave (the referral's service type unless another is named). */
    @POST
    @Path("{id}/services")
    public Response recordService(@PathParam("id") long id, NewService n) {
        ServiceView created = referrals.recordService(id, Inputs.required(n));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The services the caller's organisation recorded for this referral. */
    @GET
    @Path("{id}/services")
    public List<ServiceView> services(@PathParam("id") long id) {
        return referrals.services(id);
    }
}
