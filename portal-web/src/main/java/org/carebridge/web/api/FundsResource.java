package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.funding.disbursement.boundary.FundView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.FundKind;

import java.util.List;

/** The tenant's funds with balance, commitments, availability and spending; creation and top-ups. */
@Path("funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundsResource {

    @Inject
    Funds funds;

    public record NewFund(String name, String kind, Integer fiscalYear) {
    }

    public record TopUp(String amount, String memo) {
    }

    @GET
    public List<FundView> list() {
        return funds.list();
    }

    @GET
    @Path("{id}")
    public FundView get(@PathParam("id") long id) {
        return funds.find(id);
    }

    @POST
    public Response create(NewFund f) {
        Inputs.required(f);
        FundView created = funds.create(f.name(), Inputs.optionalEnum(FundKind.class, f.kind(), "fund.kind.required"),
                f.fiscalYear());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Money into the fund; the {@code Idempotency-Key} header makes a retry post nothing more. */
    @POST
    @Path("{id}/top-ups")
    public FundView topUp(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, TopUp t) {
        Inputs.required(t);
        return funds.topUp(id, key, t.amount(), t.memo());
    }
}
