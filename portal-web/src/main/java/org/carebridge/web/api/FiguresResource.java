package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.figures.boundary.DistrictOption;
import org.carebridge.care.figures.boundary.FigureSet;
import org.carebridge.care.figures.boundary.Figures;
import org.carebridge.care.figures.boundary.ProjectCost;
import org.carebridge.care.figures.boundary.WorkReports;
import org.carebridge.care.figures.control.Months;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.value.LocalDates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Dashboard figures and the work report. {@code from}/{@code to} are months ({@code 2026-01}); by default
 * the last twelve months. {@code district} narrows the city bureau's figures to one district.
 */
@Path("figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    Figures figures;

    @Inject
    WorkReports reports;

    @GET
    public FigureSet figures(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("district") Long district) {
        return figures.compute(district, Months.parse(from, to, LocalDates.today()));
    }

    @GET
    @Path("districts")
    public List<DistrictOption> districts() {
        return figures.districts();
    }

    @GET
    @Path("project-costs")
    public Paged<ProjectCost> projectCosts(@QueryParam("district") Long district, @QueryParam("offset") Integer offset,
                                           @QueryParam("limit") Integer limit) {
        return Paged.of(figures.projectCosts(district, Page.offset(offset), Page.limit(limit)));
    }

    /** The work report's figures by placeholder (as the report prints them). */
    @GET
    @Path("work-report/values")
    public Map<String, String> values(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("district") Long district) {
        return reports.values(district, Months.parse(from, to, LocalDates.today()));
    }

    /** The work report as a file: {@code format=docx} (default) or {@code pdf}. */
    @GET
    @Path("work-report")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
            MediaType.APPLICATION_JSON})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("district") Long district, @QueryParam("format") String format) {
        WorkReports.Format f = Inputs.optionalEnum(WorkReports.Format.class,
                format == null ? null : format.strip().toUpperCase(java.util.Locale.ROOT), "report.format.unknown");
        WorkReports.File file = reports.download(district, Months.parse(from, to, LocalDates.today()),
                f == null ? WorkReports.Format.DOCX : f);
        return Response.ok(file.bytes(), file.contentType()).header("Content-Disposition", "attachment; filename=\""
                + file.name() + "\"; filename*=UTF-8''" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8)).build();
    }

    @GET
    @Path("work-report/template")
    public WorkReports.TemplateView template() {
        return reports.template();
    }

    public record TemplateInput(String title, String body) {
    }

    @PUT
    @Path("work-report/template")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkReports.TemplateView saveTemplate(TemplateInput in) {
        TemplateInput body = Inputs.required(in);
        return reports.saveTemplate(body.title(), body.body());
    }

    @DELETE
    @Path("work-report/template")
    public WorkReports.TemplateView resetTemplate() {
        return reports.resetTemplate();
    }
}
