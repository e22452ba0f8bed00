package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;
import org.carebridge.funding.tender.boundary.BidView;
import org.carebridge.funding.tender.boundary.TenderInput;
import org.carebridge.funding.tender.boundary.TenderView;
import org.carebridge.funding.tender.boundary.Tenders;
import org.carebridge.funding.tender.entity.TenderStatus;

import java.util.List;

/**
 * Tenders of government service purchase and their sealed bids: a district drafts, publishes, amends
 * and cancels; service organisations and foundations read published tenders and bid until the deadline.
 */
@Path("tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TendersResource {

    @Inject
    Tenders tenders;

    /** Terms with the version read (edits and amendments) and the reason (amendments, cancellation). */
    public record Change(Long version, TenderInput terms, String reason) {
    }

    public record NewBid(String price, String proposal, String team, String plan) {
    }

    /** A panel member's scores by criterion position: {@code {"0": 80, "1": 75}}. */
    public record Scores(java.util.Map<Integer, Integer> scores) {
    }

    /** The award ({@code bidId}) or, without one, an unsuccessful tender; always with a justification. */
    public record Decision(Long version, Long bidId, String justification) {
    }

    @GET
    public Paged<TenderView> list(@QueryParam("status") String status, @QueryParam("offset") Integer offset,
                                  @QueryParam("limit") Integer limit) {
        return Paged.of(tenders.page(Inputs.optionalEnum(TenderStatus.class, status, "tender.status.unknown"),
                Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public TenderView get(@PathParam("id") long id) {
        return tenders.find(id);
    }

    @POST
    public Response create(TenderInput in) {
        TenderView created = tenders.create(Inputs.required(in));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Changes a draft. */
    @PUT
    @Path("{id}")
    public TenderView edit(@PathParam("id") long id, Change c) {
        return tenders.edit(id, version(c), Inputs.required(c.terms()));
    }

    @POST
    @Path("{id}/publish")
    public TenderView publish(@PathParam("id") long id, Change c) {
        return tenders.publish(id, version(c));
    }

    /** Changes a published tender before its deadline, with a reason; the change is kept in its history. */
    @POST
    @Path("{id}/amend")
    public TenderView amend(@PathParam("id") long id, Change c) {
        return tenders.amend(id, version(c), Inputs.required(c.terms()), c.reason());
    }

    @POST
    @Path("{id}/cancel")
    public TenderView cancel(@PathParam("id") long id, Change c) {
        return tenders.cancel(id, version(c), c.reason());
    }

    /** The district's view of all bids: only after the deadline (409 "sealed" before it). */
    @GET
    @Path("{id}/bids")
    public List<BidView> bids(@PathParam("id") long id) {
        return tenders.bids(id);
    }

    @POST
    @Path("{id}/bids")
    public Response submit(@PathParam("id") long id, NewBid b) {
        Inputs.required(b);
        BidView created = tenders.submitBid(id, b.price(), b.proposal(), b.team(), b.plan());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}/bids/mine")
    public List<BidView> mine(@PathParam("id") long id) {
        return tenders.myBids(id);
    }

    @GET
    @Path("{id}/bids/{bidId}")
    public BidView bid(@PathParam("id") long id, @PathParam("bidId") long bidId) {
        return tenders.bid(id, bidId);
    }

    @POST
    @Path("{id}/bids/{bidId}/withdraw")
    public BidView withdraw(@PathParam("id") long id, @PathParam("bidId") long bidId) {
        return tenders.withdrawBid(id, bidId);
    }

    @POST
    @Path("{id}/bids/{bidId}/scores")
    public List<BidView> score(@PathParam("id") long id, @PathParam("bidId") long bidId, Scores s) {
        return tenders.score(id, bidId, Inputs.required(s).scores());
    }

    /** The bids with weighted totals and ranks (the tendering district, after the deadline). */
    @GET
    @Path("{id}/ranking")
    public List<BidView> ranking(@PathParam("id") long id) {
        return tenders.ranking(id);
    }

    @POST
    @Path("{id}/decision")
    public TenderView decide(@PathParam("id") long id, Decision d) {
        Inputs.required(d);
        if (d.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return tenders.decide(id, d.version(), d.bidId(), d.justification());
    }

    private static long version(Change c) {
        if (c == null || c.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return c.version();
    }
}
