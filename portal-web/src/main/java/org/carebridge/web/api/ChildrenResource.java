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
import org.carebridge.care.child.boundary.ChildRecord;
import org.carebridge.care.child.boundary.ChildSummary;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.care.child.boundary.NewChild;
import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.service.boundary.CasePlanView;
import org.carebridge.care.service.boundary.Services;
import org.carebridge.core.value.ServiceType;
import org.carebridge.care.timeline.boundary.Timeline;
import org.carebridge.care.timeline.boundary.TimelineEntry;
import org.carebridge.care.document.boundary.DocumentView;
import org.carebridge.care.document.boundary.Documents;
import org.carebridge.care.document.entity.DocumentKind;
import org.carebridge.config.Settings;
import org.carebridge.core.persistence.Page;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** The active district's register of children. */
@Path("children")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChildrenResource {

    @Inject
    Children children;

    @Inject
    Services services;

    @Inject
    Timeline timeline;

    @Inject
    Documents documents;

    @Inject
    Settings settings;

    /** The current case plan and its earlier revisions, newest first. */
    public record CasePlans(CasePlanView current, List<CasePlanView> history) {
    }

    /** The whole record as it should be, with the version read; a blank resident ID keeps the one on record. */
    public record Update(Long version, String name, String sex, String birthDate, String residentId, String hukouRegion,
                         String residenceRegion, String address, Set<ChildCategory> categories, CareSetting careSetting,
                         List<NewChild.NewMember> household) {
    }

    public record PlanBody(Set<Need> needs, String goals, Set<ServiceType> plannedServices, String reviewOn) {
    }

    /** A page of the register; {@code page} counts from 0. */
    public record ChildPage(List<ChildSummary> items, long total, int page, int size) {
    }

    public record Reason(String reason) {
    }

    public record Revealed(String residentId) {
    }

    @GET
    public ChildPage list(@QueryParam("q") String q, @QueryParam("category") String category,
                          @QueryParam("status") String status,
                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int limit = Page.limit(size);
        int p = page == null || page < 0 ? 0 : page;
        ChildCategory c = Inputs.optionalEnum(ChildCategory.class, category, "child.category.unknown");
        ChildStatus s = Inputs.optionalEnum(ChildStatus.class, status, "child.status.unknown");
        Page<ChildSummary> result = children.search(q, c, s, p * limit, limit);
        return new ChildPage(result.items(), result.total(), p, limit);
    }

    @GET
    @Path("{id}")
    public ChildRecord get(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return children.open(id, purpose);
    }

    @POST
    public Response register(NewChild child) {
        ChildRecord created = children.register(Inputs.required(child));
        return Response.created(URI.create("children/" + created.summary().id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ChildRecord update(@PathParam("id") long id, Update u) {
        Inputs.required(u);
        if (u.version() == null) {
            throw new org.carebridge.core.error.ValidationException("error.versionRequired");
        }
        return children.update(id, u.version(), new NewChild(u.name(), u.sex(), u.birthDate(), u.residentId(),
                u.hukouRegion(), u.residenceRegion(), u.address(), u.categories(), u.careSetting(), u.household()));
    }

    @POST
    @Path("{id}/resident-id")
    public Revealed reveal(@PathParam("id") long id, Reason reason) {
        return new Revealed(children.revealResidentId(id, Inputs.required(reason).reason()));
    }

    @GET
    @Path("{id}/access-log")
    public Paged<AuditResource.Event> accessLog(@PathParam("id") long id, @QueryParam("offset") Integer offset,
                                                @QueryParam("limit") Integer limit) {
        return Paged.of(children.accessLog(id, Page.offset(offset), Page.limit(limit)).map(AuditResource.Event::of));
    }

    @GET
    @Path("{id}/case-plan")
    public CasePlans casePlan(@PathParam("id") long id) {
        return new CasePlans(services.currentPlan(id).orElse(null), services.planHistory(id));
    }

    /** Writes the child's case plan: the first one, or a new revision of it. */
    @PUT
    @Path("{id}/case-plan")
    public CasePlanView writePlan(@PathParam("id") long id, PlanBody body) {
        Inputs.required(body);
        return services.writePlan(id, body.needs(), body.goals(), body.plannedServices(), body.reviewOn());
    }

    /** Everything recorded about the child, newest first, paged in SQL. */
    @GET
    @Path("{id}/timeline")
    public Paged<TimelineEntry> timeline(@PathParam("id") long id, @QueryParam("offset") Integer offset,
                                         @QueryParam("limit") Integer limit) {
        return Paged.of(timeline.of(id, Page.offset(offset), Page.limit(limit)));
    }

    /** A page of the child's documents (descriptions only). */
    @GET
    @Path("{id}/documents")
    public Paged<DocumentView> documentList(@PathParam("id") long childId, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return Paged.of(documents.list(childId, Page.offset(offset), Page.limit(limit)));
    }

    /** Uploads a document: the file is the request body; the type is recognised from its first bytes. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long childId, @QueryParam("kind") String kind,
                           @QueryParam("fileName") String fileName, InputStream body) {
        DocumentKind k = Inputs.optionalEnum(DocumentKind.class, kind, "document.kind.unknown");
        byte[] content = Inputs.bytes(body, settings.documentMaxBytes(), "document.tooLarge");
        DocumentView created = documents.upload(childId, k, fileName, content);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @jakarta.inject.Inject
    org.carebridge.care.allowance.boundary.PaymentRuns paymentRuns;

    /** The child's allowance payments month by month (approved runs): what, for which month, from which fund. */
    @GET
    @Path("{id}/funding")
    public org.carebridge.care.allowance.boundary.ChildFundingView funding(@PathParam("id") long id) {
        return paymentRuns.funding(id);
    }
}
