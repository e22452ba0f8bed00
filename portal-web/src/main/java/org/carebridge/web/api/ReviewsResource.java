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
import org.carebridge.care.review.boundary.BoardView;
import org.carebridge.care.review.boundary.EntryView;
import org.carebridge.care.review.boundary.Reviews;
import org.carebridge.care.review.entity.Direction;
import org.carebridge.care.review.entity.ReviewReason;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;

/** The monthly dynamic review boards of the caller's district, by month ({@code 2026-11}). */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    Reviews reviews;

    public record Proposal(Long childId, ReviewReason reason, String detail) {
    }

    public record Dismissal(String reason) {
    }

    @GET
    public Paged<BoardView> boards(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(reviews.boards(Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{month}")
    public BoardView board(@PathParam("month") String month) {
        return reviews.board(month);
    }

    /** Opens the month's board if needed and adds what the triggers find; running it again adds only new ones. */
    @POST
    @Path("{month}/generate")
    public BoardView generate(@PathParam("month") String month) {
        return reviews.generate(month);
    }

    @GET
    @Path("{month}/entries")
    public Paged<EntryView> entries(@PathParam("month") String month, @QueryParam("direction") String direction,
                                    @QueryParam("kept") boolean keptOnly, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return Paged.of(reviews.entries(month, Inputs.optionalEnum(Direction.class, direction,
                "review.direction.unknown"), keptOnly, Page.offset(offset), Page.limit(limit)));
    }

    @POST
    @Path("{month}/entries")
    public Response propose(@PathParam("month") String month, Proposal p) {
        Inputs.required(p);
        if (p.childId() == null) {
            throw new ValidationException("application.child.required");
        }
        EntryView created = reviews.propose(month, p.childId(), p.reason(), p.detail());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{month}/entries/{entryId}/dismiss")
    public EntryView dismiss(@PathParam("month") String month, @PathParam("entryId") long entryId, Dismissal d) {
        return reviews.dismiss(month, entryId, Inputs.required(d).reason());
    }

    @POST
    @Path("{month}/street-sign")
    public BoardView streetSign(@PathParam("month") String month) {
        return reviews.streetSign(month);
    }

    @POST
    @Path("{month}/confirm")
    public BoardView confirm(@PathParam("month") String month) {
        return reviews.confirm(month);
    }

    /** The confirmed month's 增员/减员 CSV (full resident IDs; the export is audited). */
    @GET
    @Path("{month}/changes.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response changes(@PathParam("month") String month) {
        byte[] csv = reviews.exportChanges(month);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"changes-" + month.strip() + ".csv\"").build();
    }
}
