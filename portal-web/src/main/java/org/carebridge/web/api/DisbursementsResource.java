package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.carebridge.funding.disbursement.boundary.DisbursementInput;
import org.carebridge.funding.disbursement.boundary.DisbursementView;
import org.carebridge.funding.disbursement.boundary.Disbursements;
import org.carebridge.funding.disbursement.entity.DisbursementStatus;

import java.math.BigDecimal;

/**
 * Payment requests: POST takes an {@code Idempotency-Key} header — the first call creates the request
 * (201), a repeat with the same key and content returns it (200), the same key with other content is
 * refused (409). Approval by another person (two above the tenant's threshold), payment with the bank
 * reference (retries pay once), rejection, reversal.
 */
@Path("disbursements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementsResource {

    @Inject
    Disbursements disbursements;

    /**
     * The version read, and a reason (rejection, reversal) or the bank's reference (payment); for an
     * approval, {@code acknowledgeOverlap} approves although the double-funding check found other funding.
     */
    public record Step(Long version, String reason, String bankReference, Boolean acknowledgeOverlap) {
    }

    public record Threshold(String secondApprovalAbove) {
    }

    @GET
    public Paged<DisbursementView> list(@QueryParam("status") String status, @QueryParam("awaitingMe") boolean awaitingMe,
                                        @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(disbursements.page(Inputs.optionalEnum(DisbursementStatus.class, status,
                "disbursement.status.unknown"), awaitingMe, Page.offset(offset), Page.limit(limit)));
    }

    @POST
    public Response submit(@HeaderParam("Idempotency-Key") String key, DisbursementInput in) {
        Disbursements.Submitted s = disbursements.submit(key, Inputs.required(in));
        return Response.status(s.created() ? Response.Status.CREATED : Response.Status.OK).entity(s.disbursement()).build();
    }

    @GET
    @Path("{id}")
    public DisbursementView get(@PathParam("id") long id) {
        return disbursements.find(id);
    }

    @POST
    @Path("{id}/approve")
    public DisbursementView approve(@PathParam("id") long id, Step s) {
        return disbursements.approve(id, version(s), Boolean.TRUE.equals(s.acknowledgeOverlap()));
    }

    @POST
    @Path("{id}/reject")
    public DisbursementView reject(@PathParam("id") long id, Step s) {
        return disbursements.reject(id, version(s), s.reason());
    }

    @POST
    @Path("{id}/pay")
    public DisbursementView pay(@PathParam("id") long id, Step s) {
        return disbursements.pay(id, Inputs.required(s).bankReference());
    }

    @POST
    @Path("{id}/reverse")
    public DisbursementView reverse(@PathParam("id") long id, Step s) {
        return disbursements.reverse(id, version(s), s.reason());
    }

    /** Accepted milestones this tenant pays a share of (owner or co-funder), with the request made for each. */
    @GET
    @Path("milestones")
    public java.util.List<Disbursements.PayableMilestone> milestones() {
        return disbursements.payableMilestones();
    }

    @GET
    @Path("settings")
    public Threshold settings() {
        return new Threshold(disbursements.secondApprovalAbove().amount().toPlainString());
    }

    @PUT
    @Path("settings")
    public Threshold change(Threshold t) {
        BigDecimal m = disbursements.changeSecondApprovalAbove(Inputs.required(t).secondApprovalAbove()).amount();
        return new Threshold(m.toPlainString());
    }

    private static long version(Step s) {
        if (s == null || s.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return s.version();
    }
}
