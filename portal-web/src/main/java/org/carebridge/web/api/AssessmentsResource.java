package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.assessment.boundary.AssessmentView;
import org.carebridge.care.assessment.boundary.Assessments;
import org.carebridge.care.assessment.boundary.InstrumentView;
import org.carebridge.care.assessment.entity.AssessmentInstrument;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;

import java.util.List;
import java.util.Map;

/** Guardianship-capacity assessments: the district's instrument, assessing a child, a child's history. */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    public record Revision(String name, Integer lowMax, Integer mediumMax, List<AssessmentInstrument.ItemData> items) {
    }

    public record NewAssessment(Long childId, Map<String, Integer> answers, String recommendations,
                                String reassessOn) {
    }

    @GET
    @Path("instrument")
    public InstrumentView instrument() {
        return assessments.activeInstrument();
    }

    @PUT
    @Path("instrument")
    public InstrumentView revise(Revision r) {
        Inputs.required(r);
        if (r.lowMax() == null || r.mediumMax() == null) {
            throw new ValidationException("assessment.instrument.thresholds");
        }
        return assessments.revise(r.name(), r.lowMax(), r.mediumMax(), r.items());
    }

    @POST
    public Response assess(NewAssessment a) {
        Inputs.required(a);
        if (a.childId() == null) {
            throw new ValidationException("application.child.required");
        }
        AssessmentView created = assessments.assess(a.childId(), a.answers(), a.recommendations(), a.reassessOn());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** A child's assessments, newest first. */
    @GET
    public Paged<AssessmentView> history(@QueryParam("childId") long childId, @QueryParam("offset") Integer offset,
                                         @QueryParam("limit") Integer limit) {
        return Paged.of(assessments.history(childId, Page.offset(offset), Page.limit(limit)));
    }
}
