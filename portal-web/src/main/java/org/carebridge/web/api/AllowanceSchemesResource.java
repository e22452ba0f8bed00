package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.allowance.boundary.RateView;
import org.carebridge.care.allowance.boundary.SchemeView;
import org.carebridge.care.allowance.boundary.Schemes;
import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.PayeeKind;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ValidationException;
import org.carebridge.funding.disbursement.entity.Purpose;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Allowance schemes and their dated rates: typed or natural-growth proposals, adopted by an approver. */
@Path("allowance-schemes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllowanceSchemesResource {

    @Inject
    Schemes schemes;

    public record NewScheme(String name, List<String> categories, String frequency, String payeeKind, Long fundId,
                            String purpose) {
    }

    public record NewRate(String effectiveFrom, String amount, String basis) {
    }

    /** The two published yearly growth rates of urban per-capita consumption expenditure, in percent. */
    public record Indexation(String effectiveFrom, BigDecimal growthYear1, BigDecimal growthYear2) {
    }

    public record Decision(Long version, Boolean adopt) {
    }

    @GET
    public List<SchemeView> list() {
        return schemes.list();
    }

    @GET
    @Path("{id}")
    public SchemeView get(@PathParam("id") long id) {
        return schemes.find(id);
    }

    @POST
    public Response create(NewScheme s) {
        Inputs.required(s);
        Set<ChildCategory> categories = EnumSet.noneOf(ChildCategory.class);
        for (String c : s.categories() == null ? List.<String>of() : s.categories()) {
            categories.add(Inputs.optionalEnum(ChildCategory.class, c, "scheme.categories.required"));
        }
        SchemeView created = schemes.create(s.name(), categories,
                Inputs.optionalEnum(Frequency.class, s.frequency(), "scheme.terms.required"),
                Inputs.optionalEnum(PayeeKind.class, s.payeeKind(), "scheme.terms.required"), s.fundId(),
                Inputs.optionalEnum(Purpose.class, s.purpose(), "scheme.terms.required"));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/rates")
    public Response propose(@PathParam("id") long id, NewRate r) {
        Inputs.required(r);
        RateView created = schemes.proposeRate(id, r.effectiveFrom(), r.amount(), r.basis());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Proposes the natural-growth rate from the two years' growth figures. */
    @POST
    @Path("{id}/indexation")
    public Response indexation(@PathParam("id") long id, Indexation i) {
        Inputs.required(i);
        RateView created = schemes.proposeIndexation(id, i.effectiveFrom(), i.growthYear1(), i.growthYear2());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/rates/{rateId}/decision")
    public RateView decide(@PathParam("id") long id, @PathParam("rateId") long rateId, Decision d) {
        Inputs.required(d);
        if (d.version() == null || d.adopt() == null) {
            throw new ValidationException("error.versionRequired");
        }
        return schemes.decide(id, rateId, d.version(), d.adopt());
    }
}
