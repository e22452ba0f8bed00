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
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.visit.boundary.ActionView;
import org.carebridge.care.visit.boundary.VisitView;
import org.carebridge.care.visit.boundary.Visits;
import org.carebridge.care.visit.entity.ActionStatus;
import org.carebridge.care.visit.entity.VisitStatus;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;

import java.util.Set;

/** Visits (巡视探访) and their follow-up actions in the caller's district. */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {

    @Inject
    Visits visits;

    public record NewVisit(Long childId, String plannedOn, String socialWorker, String childDirector,
                           String volunteer) {
    }

    public record Record(String visitedOn, String findings, Set<Need> needs) {
    }

    public record Cancel(String reason) {
    }

    public record NewAction(Need need, String description, String owner, String dueOn) {
    }

    public record Done(String note) {
    }

    /** Visits, newest day first; {@code overdue=true} keeps planned visits whose day has passed. */
    @GET
    public Paged<VisitView> list(@QueryParam("status") String status, @QueryParam("childId") Long childId,
                                 @QueryParam("overdue") boolean overdue, @QueryParam("mine") boolean mine,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(visits.page(new Visits.Filter(Inputs.optionalEnum(VisitStatus.class, status,
                "visit.status.unknown"), childId, overdue, mine), Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public VisitView get(@PathParam("id") long id) {
        return visits.find(id);
    }

    @POST
    public Response plan(NewVisit v) {
        Inputs.required(v);
        if (v.childId() == null) {
            throw new ValidationException("application.child.required");
        }
        VisitView created = visits.plan(v.childId(), v.plannedOn(), v.socialWorker(), v.childDirector(),
                v.volunteer());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/record")
    public VisitView record(@PathParam("id") long id, Record r) {
        Inputs.required(r);
        return visits.record(id, r.visitedOn(), r.findings(), r.needs());
    }

    @POST
    @Path("{id}/cancel")
    public VisitView cancel(@PathParam("id") long id, Cancel c) {
        return visits.cancel(id, Inputs.required(c).reason());
    }

    @POST
    @Path("{id}/actions")
    public Response addAction(@PathParam("id") long id, NewAction a) {
        Inputs.required(a);
        ActionView created = visits.addAction(id, a.need(), a.description(), a.owner(), a.dueOn());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Follow-up actions; {@code overdue=true} keeps open ones past their due date. */
    @GET
    @Path("actions")
    public Paged<ActionView> actions(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
                                     @QueryParam("mine") boolean mine, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        return Paged.of(visits.actions(Inputs.optionalEnum(ActionStatus.class, status, "visit.status.unknown"),
                overdue, mine, Page.offset(offset), Page.limit(limit)));
    }

    @POST
    @Path("actions/{actionId}/done")
    public ActionView done(@PathParam("actionId") long actionId, Done d) {
        return visits.completeAction(actionId, d == null ? null : d.note());
    }
}
