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
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;
import org.carebridge.funding.project.boundary.OutcomeReportView;
import org.carebridge.funding.project.boundary.OutcomeReports;
import org.carebridge.funding.project.boundary.ReportInput;

import java.math.BigDecimal;

/**
 * Outcome reports on service projects: the provider's and co-funders' periodic reports, the
 * provider's final report, and the purchaser's review (accepting the final report is the project's
 * acceptance with its joint score). Participants of the project only; anyone else gets 404.
 */
@Path("outcome-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeReportsResource {

    @Inject
    OutcomeReports reports;

    /** ACCEPT or RETURN with the report's version; a final report's acceptance carries the scores. */
    public record Review(Long version, String decision, String note, BigDecimal districtScore,
                         BigDecimal thirdPartyScore, String thirdPartyName) {
    }

    /** The reports on one project, newest first. */
    @GET
    public Paged<OutcomeReportView> list(@QueryParam("project") Long project, @QueryParam("offset") Integer offset,
                                         @QueryParam("limit") Integer limit) {
        if (project == null) {
            throw new ValidationException("report.project.required");
        }
        return Paged.of(reports.page(project, Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public OutcomeReportView get(@PathParam("id") long id) {
        return reports.find(id);
    }

    @POST
    public Response submit(ReportInput in) {
        OutcomeReportView created = reports.submit(Inputs.required(in));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/review")
    public OutcomeReportView review(@PathParam("id") long id, Review r) {
        Inputs.required(r);
        if (r.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return reports.review(id, r.version(), Inputs.optionalEnum(OutcomeReports.Decision.class, r.decision(),
                "report.decision.required"), r.note(), r.districtScore(), r.thirdPartyScore(), r.thirdPartyName());
    }
}
