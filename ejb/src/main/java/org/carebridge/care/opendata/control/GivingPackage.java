package org.carebridge.care.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.opendata.control.OpenDataReads.AllowanceRow;
import org.carebridge.care.opendata.control.OpenDataReads.FunderRow;
import org.carebridge.care.opendata.control.OpenDataReads.Org;
import org.carebridge.care.opendata.control.OpenDataReads.PaymentRow;
import org.carebridge.care.opendata.control.OpenDataReads.ProjectRow;
import org.carebridge.care.opendata.control.SmallCountSuppression.Cell;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.carebridge.care.opendata.control.OpenDataJson.CURRENCY;
import static org.carebridge.care.opendata.control.OpenDataJson.dateTime;
import static org.carebridge.care.opendata.control.OpenDataJson.endOfDay;

/**
 * A 360Giving grants package: foundations' grants to organisations (their share of each project they
 * own or co-fund, with what they paid), and allowances to children only as aggregate records that
 * passed {@link SmallCountSuppression}.
 */
public final class GivingPackage {

    /** The extension field that says how many distinct children an aggregate record describes. */
    public static final String RECIPIENT_COUNT = "carebridge:recipientCount";

    public record Data(List<Org> organisations, List<ProjectRow> projects, List<FunderRow> coFunders,
                       List<PaymentRow> payments, List<AllowanceRow> allowances) {
    }

    public record Publisher(String grantPrefix, String ocidPrefix, String name, String license) {
    }

    private GivingPackage() {
    }

    public static JsonObject build(Data d, Publisher p, Instant now) {
        Map<Long, Org> orgs = d.organisations().stream().collect(Collectors.toMap(Org::id, Function.identity()));
        JsonArrayBuilder grants = Json.createArrayBuilder();
        organisationGrants(d, p, orgs).forEach(grants::add);
        List<Cell> cells = d.allowances().stream().map(GivingPackage::cell).toList();
        for (Cell c : SmallCountSuppression.apply(cells).published()) {
            grants.add(individualGrant(c, orgs.get(c.districtId()), p));
        }
        return Json.createObjectBuilder()
                .add("title", p.name() + " 360Giving")
                .add("description", "Grants of charitable foundations to organisations, and allowances to children"
                        + " aggregated by district, need category and period (records about fewer than "
                        + SmallCountSuppression.MIN_COUNT + " children are not published).")
                .add("issued", dateTime(now))
                .add("publisher", Json.createObjectBuilder().add("name", p.name()))
                .add("license", p.license())
                .add("grants", grants)
                .build();
    }

    /** One grant per foundation and project: the owner's part (amount less co-funding) or a co-funder's share. */
    private static List<JsonObjectBuilder> organisationGrants(Data d, Publisher p, Map<Long, Org> orgs) {
        Map<Long, List<FunderRow>> funders = d.coFunders().stream().collect(Collectors.groupingBy(FunderRow::projectId));
        List<JsonObjectBuilder> out = new ArrayList<>();
        for (ProjectRow project : d.projects()) {
            List<FunderRow> co = funders.getOrDefault(project.id(), List.of());
            Org owner = orgs.get(project.ownerId());
            if (foundation(owner)) {
                BigDecimal own = project.amount().subtract(co.stream().map(FunderRow::share)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                if (own.signum() > 0) {
                    out.add(organisationGrant(project, owner, own, d.payments(), orgs, p));
                }
            }
            for (FunderRow f : co) {
                Org funder = orgs.get(f.funderId());
                if (foundation(funder) && f.funderId() != project.ownerId()) {
                    out.add(organisationGrant(project, funder, f.share(), d.payments(), orgs, p));
                }
            }
        }
        return out;
    }

    private static boolean foundation(Org o) {
        return o != null && "FOUNDATION".equals(o.kind());
    }

    private static JsonObjectBuilder organisationGrant(ProjectRow project, Org funder, BigDecimal awarded,
                                                       List<PaymentRow> payments, Map<Long, Org> orgs, Publisher p) {
        Org recipient = orgs.get(project.providerId());
        JsonArrayBuilder transactions = Json.createArrayBuilder();
        BigDecimal disbursed = BigDecimal.ZERO;
        for (PaymentRow x : payments) {
            if (x.projectId() == project.id() && x.payerId() == funder.id() && x.payeeId() == recipient.id()) {
                transactions.add(Json.createObjectBuilder()
                        .add("id", p.grantPrefix() + "-payment-" + x.id())
                        .add("transactionDate", dateTime(x.paidAt()))
                        .add("currency", CURRENCY)
                        .add("value", x.amount())
                        .add("provider", orgId(funder, p))
                        .add("recipient", orgId(recipient, p)));
                disbursed = disbursed.add(x.amount());
            }
        }
        JsonObjectBuilder g = Json.createObjectBuilder()
                .add("id", p.grantPrefix() + "-project-" + project.id() + "-" + funder.code())
                .add("title", project.title())
                .add("description", project.description())
                .add("currency", CURRENCY)
                .add("amountAwarded", awarded)
                .add("amountDisbursed", disbursed)
                .add("awardDate", dateTime(project.createdAt()))
                .add("plannedDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("startDate", dateTime(project.periodStart())).add("endDate", endOfDay(project.periodEnd()))))
                .add("recipientOrganization", Json.createArrayBuilder().add(organisation(recipient, p)))
                .add("fundingOrganization", Json.createArrayBuilder().add(organisation(funder, p)))
                .add("fromOpenCall", project.tenderId() != null ? "Yes" : "No")
                .add("disbursementTransaction", transactions);
        if (project.tenderId() != null) {
            g.add("relatedActivity", Json.createArrayBuilder().add(p.ocidPrefix() + "-" + project.tenderId()));
        }
        return g;
    }

    private static JsonObjectBuilder individualGrant(Cell c, Org district, Publisher p) {
        String id = p.grantPrefix() + "-allowance-" + district.code() + "-" + c.category().toLowerCase()
                + "-" + c.purpose().toLowerCase() + "-" + c.period();
        LocalDate from = c.period().length() == 4 ? Year.parse(c.period()).atDay(1) : YearMonth.parse(c.period()).atDay(1);
        LocalDate to = c.period().length() == 4 ? Year.parse(c.period()).atMonth(12).atEndOfMonth()
                : YearMonth.parse(c.period()).atEndOfMonth();
        JsonObjectBuilder details = Json.createObjectBuilder().add("primaryGrantReason", "GTIR010");
        String secondary = secondaryReason(c.category());
        if (secondary != null) {
            details.add("secondaryGrantReason", secondary);
        }
        details.add("grantPurpose", Json.createArrayBuilder().add(purposeCode(c.purpose())));
        return Json.createObjectBuilder()
                .add("id", id)
                .add("title", district.nameZh() + " " + label(c.category()) + " " + c.purpose().toLowerCase()
                        .replace('_', ' ') + " " + c.period() + " (aggregated)")
                .add("description", "Payments of " + district.nameEn() + " to " + c.children() + " children ("
                        + label(c.category()) + ", " + c.purpose().toLowerCase().replace('_', ' ') + ") for "
                        + c.period() + ", published as one aggregate record; no child is listed.")
                .add("currency", CURRENCY)
                .add("amountAwarded", c.amount())
                .add("amountDisbursed", c.amount())
                .add("awardDate", dateTime(from))
                .add("plannedDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("startDate", dateTime(from)).add("endDate", endOfDay(to))))
                .add("recipientIndividual", Json.createObjectBuilder().add("id", id + "-recipients")
                        .add("name", "Individual Recipient"))
                .add("toIndividualsDetails", details)
                .add("fundingOrganization", Json.createArrayBuilder().add(organisation(district, p)))
                .add("beneficiaryLocation", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", district.nameZh()).add("countryCode", "CN").add("geoCode", district.region())))
                .add("fromOpenCall", "No")
                .add(RECIPIENT_COUNT, c.children());
    }

    /** An aggregate row as a record: the scheme's categories sorted and joined, the period by frequency. */
    static Cell cell(AllowanceRow r) {
        String category = ChildCategory.decode(r.categories()).stream().map(Enum::name).sorted()
                .collect(Collectors.joining("+"));
        String period = "YEARLY".equals(r.frequency()) ? String.valueOf(r.year())
                : YearMonth.of(r.year(), r.month()).toString();
        return new Cell(r.districtId(), category.isEmpty() ? "UNSPECIFIED" : category, r.purpose(), period,
                r.children(), r.amount());
    }

    /** 360Giving grantToIndividualsReason beside financial hardship (GTIR010), from the first category. */
    static String secondaryReason(String category) {
        String first = category.split("\\+")[0];
        return switch (first) {
            case "ORPHAN", "DE_FACTO_UNSUPPORTED" -> "GTIR050";
            case "CHILD_OF_PRISONER", "MIGRANT", "LEFT_BEHIND" -> "GTIR090";
            case "SEVERE_ILLNESS_DISABILITY" -> "GTIR020";
            default -> null;
        };
    }

    /** 360Giving grantToIndividualsPurpose of what a scheme pays for. */
    static String purposeCode(String purpose) {
        return switch (purpose) {
            case "ALLOWANCE" -> "GTIP070";
            case "EDUCATION_AID" -> "GTIP130";
            case "MEDICAL_AID", "INSURANCE", "SERVICE_PURCHASE" -> "GTIP120";
            case "EMERGENCY_AID" -> "GTIP170";
            default -> "GTIP010";
        };
    }

    private static String label(String category) {
        return category.toLowerCase().replace('_', ' ').replace("+", " / ");
    }

    private static String orgId(Org o, Publisher p) {
        return p.grantPrefix() + "-org-" + o.code();
    }

    private static JsonObjectBuilder organisation(Org o, Publisher p) {
        return Json.createObjectBuilder().add("id", orgId(o, p)).add("name", o.nameZh());
    }
}
