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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.allowance.boundary.BankResults;
import org.carebridge.care.allowance.boundary.LineView;
import org.carebridge.care.allowance.boundary.PaymentRuns;
import org.carebridge.care.allowance.boundary.ProgressView;
import org.carebridge.care.allowance.boundary.ReconciliationView;
import org.carebridge.care.allowance.boundary.ResultRowView;
import org.carebridge.care.allowance.boundary.RunView;
import org.carebridge.care.allowance.entity.RowOutcome;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;

import java.util.List;

/**
 * Monthly payment runs of allowance schemes: run a scheme for a month (running it again returns the
 * same run), approve it as a batch, mark it paid, read its lines and download the bank file.
 */
@Path("payment-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentRunsResource {

    @Inject
    PaymentRuns runs;

    @Inject
    BankResults results;

    public record NewRun(Long schemeId, String month) {
    }

    public record Step(Long version, String bankReference) {
    }

    @GET
    public Paged<RunView> list(@QueryParam("scheme") Long scheme, @QueryParam("offset") Integer offset,
                               @QueryParam("limit") Integer limit) {
        return Paged.of(runs.page(scheme, Page.offset(offset), Page.limit(limit)));
    }

    /**
     * Runs the scheme for the month and answers with the run. With {@code Prefer: respond-async} the run
     * is computed in the background instead: 202 with where it stands, to follow at {@code progress}.
     */
    @POST
    public Response run(NewRun r, @HeaderParam("Prefer") String prefer) {
        Inputs.required(r);
        if (r.schemeId() == null) {
            throw new ValidationException("scheme.notFound");
        }
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            ProgressView p = runs.start(r.schemeId(), r.month());
            return Response.status("DONE".equals(p.state()) ? Response.Status.OK : Response.Status.ACCEPTED).entity(p)
                    .header("Preference-Applied", "respond-async").build();
        }
        return Response.ok(runs.run(r.schemeId(), r.month())).build();
    }

    /** Where the scheme's run for the month stands: RUNNING (done of total), DONE (runId), FAILED (error key), NONE. */
    @GET
    @Path("progress")
    public ProgressView progress(@QueryParam("scheme") Long scheme, @QueryParam("month") String month) {
        if (scheme == null) {
            throw new ValidationException("scheme.notFound");
        }
        return runs.progress(scheme, month);
    }

    @GET
    @Path("{id}")
    public RunView get(@PathParam("id") long id) {
        return runs.find(id);
    }

    @GET
    @Path("{id}/lines")
    public Paged<LineView> lines(@PathParam("id") long id, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit) {
        return Paged.of(runs.lines(id, Page.offset(offset), Page.limit(limit)));
    }

    @POST
    @Path("{id}/approve")
    public RunView approve(@PathParam("id") long id, Step s) {
        if (s == null || s.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return runs.approve(id, s.version());
    }

    @POST
    @Path("{id}/pay")
    public RunView pay(@PathParam("id") long id, Step s) {
        return runs.pay(id, Inputs.required(s).bankReference());
    }

    /** The bank payment file (UTF-8 CSV; layout in docs/money.md). */
    @GET
    @Path("{id}/bank-file")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response bankFile(@PathParam("id") long id) {
        return Response.ok(runs.bankFile(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payment-run-" + id + ".csv\"").build();
    }

    /**
     * Imports the bank's result file for a paid run (the raw UTF-8 CSV as the body; layout in
     * docs/money.md): what was matched, failed (payable again) and unmatched. The same file twice
     * returns the first import ({@code repeated}).
     */
    @POST
    @Path("{id}/bank-results")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ReconciliationView reconcile(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] body) {
        return results.reconcile(id, fileName, body == null ? new byte[0] : body);
    }

    @GET
    @Path("{id}/bank-results")
    public List<ReconciliationView> imports(@PathParam("id") long id) {
        return results.imports(id);
    }

    @GET
    @Path("{id}/bank-results/{rec}/rows")
    public Paged<ResultRowView> rows(@PathParam("id") long id, @PathParam("rec") long rec,
                                     @QueryParam("outcome") RowOutcome outcome, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        return Paged.of(results.rows(id, rec, outcome, Page.offset(offset), Page.limit(limit)));
    }

    /** Pays a line the bank returned again, with the bank's new reference. */
    @POST
    @Path("lines/{line}/repay")
    public LineView repay(@PathParam("line") long line, Step s) {
        return results.repay(line, Inputs.required(s).bankReference());
    }
}
