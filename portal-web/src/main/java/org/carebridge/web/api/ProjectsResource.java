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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.carebridge.care.enrolment.boundary.EnrolmentView;
import org.carebridge.care.enrolment.boundary.Enrolments;
import org.carebridge.care.enrolment.entity.EnrolmentStatus;
import org.carebridge.care.service.boundary.NewService;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;
import org.carebridge.funding.project.boundary.MilestoneView;
import org.carebridge.funding.project.boundary.ProjectInput;
import org.carebridge.funding.project.boundary.ProjectResults;
import org.carebridge.funding.project.boundary.ProjectView;
import org.carebridge.funding.project.boundary.Projects;
import org.carebridge.funding.project.control.IatiActivities;
import org.carebridge.funding.project.control.IatiXml;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.ProjectStatus;

import java.util.List;
import java.util.Locale;

/**
 * Service projects: the contract from an award (or a foundation's own project), its amendments,
 * KPI progress from service records, milestones, enrolled children and the services given under it.
 * Participants only; anyone else gets 404.
 */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    Enrolments enrolments;

    @Inject
    ProjectResults results;

    /** Amended terms with the version read and the reason; or, to end or hand over, version, reason and successor. */
    public record Change(Long version, ProjectInput terms, String reason, Long successorId) {
    }

    public record Submission(String note) {
    }

    /** ACCEPT, PARTLY (with {@code amount}) or RETURN, with the milestone's version and the reasons. */
    public record Review(Long version, String decision, String amount, String note) {
    }

    public record Enrol(List<Long> childIds) {
    }

    public record Ending(String reason) {
    }

    @GET
    public Paged<ProjectView> list(@QueryParam("status") String status, @QueryParam("offset") Integer offset,
                                   @QueryParam("limit") Integer limit) {
        return Paged.of(projects.page(Inputs.optionalEnum(ProjectStatus.class, status, "project.status.unknown"),
                Page.offset(offset), Page.limit(limit)));
    }

    /** From an award ({@code tenderId}), or a foundation's own project ({@code provider}, {@code district}). */
    @POST
    public Response create(ProjectInput in) {
        Inputs.required(in);
        ProjectView created = in.tenderId() != null ? projects.createFromAward(in) : projects.createOwn(in);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * The results of the projects the caller takes part in as IATI activities (XML, or JSON when asked
     * for by {@code Accept} or {@code ?format=json}), newest first, at most 50 a page; the total in
     * {@code X-Total-Count}. See docs/indicators.md.
     */
    @GET
    @Path("results")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public Response allResults(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                               @QueryParam("format") String format, @Context HttpHeaders headers) {
        IatiActivities page = results.page(Page.offset(offset), Math.min(Page.limit(limit), ProjectResults.MAX_LIMIT));
        return iati(page, format, headers, "iati-projects.xml").header("X-Total-Count", page.total()).build();
    }

    /** One project's results as an IATI activity: result → indicator (one per KPI) → baseline, periods' target and actual. */
    @GET
    @Path("{id}/results")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public Response results(@PathParam("id") long id, @QueryParam("format") String format,
                            @Context HttpHeaders headers) {
        return iati(results.of(id), format, headers, "iati-project-" + id + ".xml").build();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return projects.find(id);
    }

    /** A numbered amendment of the contract, with a reason. */
    @PUT
    @Path("{id}")
    public ProjectView amend(@PathParam("id") long id, Change c) {
        return projects.amend(id, version(c), Inputs.required(c.terms()), c.reason());
    }

    @POST
    @Path("{id}/end")
    public ProjectView end(@PathParam("id") long id, Change c) {
        return projects.end(id, version(c), c.reason(), null);
    }

    /** Moves every open enrolment to {@code successorId} and ends this project. */
    @POST
    @Path("{id}/handover")
    public List<EnrolmentView> handOver(@PathParam("id") long id, Change c) {
        if (c == null || c.successorId() == null) {
            throw new ValidationException("handover.successor.invalid");
        }
        return enrolments.handOver(id, version(c), c.successorId(), c.reason());
    }

    @GET
    @Path("{id}/progress")
    public List<KpiProgress.Entry> progress(@PathParam("id") long id) {
        return projects.progress(id);
    }

    @GET
    @Path("{id}/milestones")
    public List<MilestoneView> milestones(@PathParam("id") long id) {
        return projects.find(id).milestones();
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/submit")
    public MilestoneView submit(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, Submission s) {
        return projects.submitMilestone(id, milestoneId, Inputs.required(s).note());
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/review")
    public MilestoneView review(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, Review r) {
        Inputs.required(r);
        if (r.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        Milestone.Decision decision = Inputs.optionalEnum(Milestone.Decision.class, r.decision(),
                "milestone.decision.required");
        return projects.reviewMilestone(id, milestoneId, r.version(), decision, r.amount(), r.note());
    }

    @GET
    @Path("{id}/enrolments")
    public Paged<EnrolmentView> enrolments(@PathParam("id") long id, @QueryParam("status") String status,
                                           @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(enrolments.page(id, Inputs.optionalEnum(EnrolmentStatus.class, status,
                "enrolment.status.unknown"), Page.offset(offset), Page.limit(limit)));
    }

    @POST
    @Path("{id}/enrolments")
    public Response enrol(@PathParam("id") long id, Enrol e) {
        List<EnrolmentView> created = enrolments.enrol(id, Inputs.required(e).childIds());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/enrolments/{enrolmentId}/end")
    public EnrolmentView endEnrolment(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId, Ending e) {
        return enrolments.end(id, enrolmentId, Inputs.required(e).reason());
    }

    /** The provider records a session for an enrolled child. */
    @POST
    @Path("{id}/enrolments/{enrolmentId}/services")
    public Response recordService(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
                                  NewService n) {
        ServiceView created = enrolments.recordService(id, enrolmentId, Inputs.required(n));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The services the caller (the provider) recorded under the project. */
    @GET
    @Path("{id}/services")
    public Paged<ServiceView> services(@PathParam("id") long id, @QueryParam("offset") Integer offset,
                                       @QueryParam("limit") Integer limit) {
        return Paged.of(enrolments.services(id, Page.offset(offset), Page.limit(limit)));
    }

    /** XML unless {@code ?format=json}, or the client's first acceptable type is JSON rather than XML. */
    private static Response.ResponseBuilder iati(IatiActivities activities, String format, HttpHeaders headers,
                                                 String filename) {
        if (json(format, headers)) {
            return Response.ok(activities, MediaType.APPLICATION_JSON_TYPE);
        }
        StreamingOutput xml = out -> IatiXml.write(activities, out);
        return Response.ok(xml, MediaType.APPLICATION_XML + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    private static boolean json(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> true;
                case "xml" -> false;
                default -> throw new ValidationException("iati.format.unknown", format.strip());
            };
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_XML_TYPE)
                    || m.isCompatible(MediaType.TEXT_XML_TYPE)) {
                return false;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static long version(Change c) {
        if (c == null || c.version() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return c.version();
    }
}
