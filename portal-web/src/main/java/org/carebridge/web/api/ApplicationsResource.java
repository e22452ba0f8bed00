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
import org.carebridge.care.application.boundary.ApplicationView;
import org.carebridge.care.application.boundary.Applications;
import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.care.application.entity.Track;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;

import java.net.URI;

/** Applications for support in the active district (normal and help-first tracks). */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    Applications applications;

    public record Submission(Long childId, Track track, String reason) {
    }

    public record Check(Boolean passed, String note) {
    }

    public record Decision(Boolean approve, String note) {
    }

    public record Confirmation(String note) {
    }

    public record Rejection(String note, String fallbackPayer, Long fallbackFundId) {
    }

    @GET
    public Paged<ApplicationView> list(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
                                       @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        ApplicationStatus s = Inputs.optionalEnum(ApplicationStatus.class, status, "application.status.unknown");
        return Paged.of(applications.page(s, overdue, Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("id") long id) {
        return applications.find(id);
    }

    @POST
    public Response submit(Submission s) {
        Inputs.required(s);
        if (s.childId() == null) {
            throw new ValidationException("application.child.required");
        }
        ApplicationView created = applications.submit(s.childId(), s.track() == null ? Track.NORMAL : s.track(),
                s.reason());
        return Response.created(URI.create("applications/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/street-check")
    public ApplicationView streetCheck(@PathParam("id") long id, Check c) {
        return applications.streetCheck(id, Boolean.TRUE.equals(Inputs.required(c).passed()), c.note());
    }

    @POST
    @Path("{id}/decision")
    public ApplicationView decide(@PathParam("id") long id, Decision d) {
        return applications.decide(id, Boolean.TRUE.equals(Inputs.required(d).approve()), d.note());
    }

    @POST
    @Path("{id}/confirm")
    public ApplicationView confirm(@PathParam("id") long id, Confirmation c) {
        return applications.confirm(id, Inputs.required(c).note());
    }

    @POST
    @Path("{id}/reject-after-help")
    public ApplicationView rejectAfterHelp(@PathParam("id") long id, Rejection r) {
        return applications.rejectAfterHelp(id, Inputs.required(r).note(), r.fallbackPayer(), r.fallbackFundId());
    }
}
