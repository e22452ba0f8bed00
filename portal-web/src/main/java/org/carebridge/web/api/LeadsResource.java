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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.lead.boundary.ImportReport;
import org.carebridge.care.lead.control.LeadCsv;
import org.carebridge.care.lead.boundary.LeadView;
import org.carebridge.care.lead.boundary.Leads;
import org.carebridge.care.lead.boundary.NewLead;
import org.carebridge.care.lead.entity.LeadStatus;
import org.carebridge.core.persistence.Page;
import org.carebridge.web.i18n.Texts;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Active discovery: the district's leads, and the CSV import from data matching. */
@Path("leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadsResource {

    /** Larger files are refused before they are read. */

    @Inject
    Leads leads;

    public record Assignment(String username) {
    }

    public record Note(String note) {
    }

    public record Reason(String reason) {
    }

    /** The import report with each rejected row's reason in the caller's language. */
    public record Report(boolean committed, int accepted, int rejected, List<RowReport> rows) {
    }

    public record RowReport(long line, boolean accepted, String messageKey, String message) {
    }

    @GET
    public Paged<LeadView> list(@QueryParam("status") String status, @QueryParam("offset") Integer offset,
                                @QueryParam("limit") Integer limit) {
        LeadStatus s = Inputs.optionalEnum(LeadStatus.class, status, "lead.status.unknown");
        return Paged.of(leads.page(s, Page.offset(offset), Page.limit(limit)));
    }

    @GET
    @Path("{id}")
    public LeadView get(@PathParam("id") long id) {
        return leads.find(id);
    }

    @POST
    public Response record(NewLead lead) {
        LeadView created = leads.record(Inputs.required(lead));
        return Response.created(URI.create("leads/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/assign")
    public LeadView assign(@PathParam("id") long id, Assignment a) {
        return leads.assign(id, Inputs.required(a).username());
    }

    @POST
    @Path("{id}/follow-up")
    public LeadView followUp(@PathParam("id") long id, Note n) {
        return leads.followUp(id, Inputs.required(n).note());
    }

    @POST
    @Path("{id}/close")
    public LeadView close(@PathParam("id") long id, Reason r) {
        return leads.close(id, Inputs.required(r).reason());
    }

    @POST
    @Path("{id}/convert")
    public LeadView convert(@PathParam("id") long id) {
        return leads.convert(id);
    }

    /** A UTF-8 CSV file as the request body; 200 when imported, 422 with the row report when not. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(InputStream body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ImportReport report = leads.importCsv(utf8(body));
        Locale locale = language == null ? Texts.CHINESE : Texts.supported(Locale.forLanguageTag(language.split(",")[0]));
        Report translated = new Report(report.committed(), report.accepted(), report.rejected(), report.rows().stream()
                .map(r -> new RowReport(r.line(), r.accepted(), r.messageKey(),
                        r.accepted() ? null : Texts.text(locale, r.messageKey(), r.arguments().toArray())))
                .toList());
        return Response.status(report.committed() ? 200 : 422).entity(translated).build();
    }

    private static String utf8(InputStream in) {
        return LeadCsv.decode(Inputs.bytes(in, LeadCsv.MAX_BYTES, "lead.import.tooLarge"));
    }
}
