package org.carebridge.care.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.carebridge.care.opendata.control.OpenDataReads.BidRow;
import org.carebridge.care.opendata.control.OpenDataReads.FunderRow;
import org.carebridge.care.opendata.control.OpenDataReads.MilestoneRow;
import org.carebridge.care.opendata.control.OpenDataReads.Org;
import org.carebridge.care.opendata.control.OpenDataReads.PaymentRow;
import org.carebridge.care.opendata.control.OpenDataReads.ProjectRow;
import org.carebridge.care.opendata.control.OpenDataReads.TenderRow;
import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.funding.tender.entity.TenderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.carebridge.care.opendata.control.OpenDataJson.dateTime;
import static org.carebridge.care.opendata.control.OpenDataJson.endOfDay;
import static org.carebridge.care.opendata.control.OpenDataJson.value;

/**
 * An OCDS 1.1 release package: one release per published tender showing the purchase as it stands now
 * (tender, award and contract with its milestones and payments). Parties are organisations only.
 */
public final class OcdsPackage {

    /** The data the package is made of, read in a fixed number of statements. */
    public record Data(List<Org> organisations, List<TenderRow> tenders, List<BidRow> openedBids,
                       List<ProjectRow> projects, List<FunderRow> coFunders, List<MilestoneRow> milestones,
                       List<PaymentRow> payments) {
    }

    /** Package-level facts from the settings. */
    public record Publisher(String ocidPrefix, String name, String license, String publicationPolicy) {
    }

    private static final DateTimeFormatter RELEASE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private OcdsPackage() {
    }

    public static JsonObject build(Data d, Publisher p, String uri, LocalDate today, Instant now) {
        Map<Long, Org> orgs = d.organisations().stream().collect(Collectors.toMap(Org::id, Function.identity()));
        Map<Long, List<BidRow>> bids = d.openedBids().stream().collect(Collectors.groupingBy(BidRow::tenderId));
        Map<Long, ProjectRow> projectByTender = d.projects().stream().filter(x -> x.tenderId() != null)
                .collect(Collectors.toMap(ProjectRow::tenderId, Function.identity(), (a, b) -> a));
        Map<Long, List<FunderRow>> funders = d.coFunders().stream().collect(Collectors.groupingBy(FunderRow::projectId));
        Map<Long, List<MilestoneRow>> milestones = d.milestones().stream()
                .collect(Collectors.groupingBy(MilestoneRow::projectId));
        Map<Long, List<PaymentRow>> payments = d.payments().stream().collect(Collectors.groupingBy(PaymentRow::projectId));

        JsonArrayBuilder releases = Json.createArrayBuilder();
        Instant latest = null;
        for (TenderRow t : d.tenders()) {
            ProjectRow project = projectByTender.get(t.id());
            Release r = release(t, bids.getOrDefault(t.id(), List.of()), project,
                    project == null ? List.of() : funders.getOrDefault(project.id(), List.of()),
                    project == null ? List.of() : milestones.getOrDefault(project.id(), List.of()),
                    project == null ? List.of() : payments.getOrDefault(project.id(), List.of()), orgs, p, today, now);
            releases.add(r.json());
            latest = latest == null || r.date().isAfter(latest) ? r.date() : latest;
        }
        JsonObjectBuilder pkg = Json.createObjectBuilder()
                .add("uri", uri)
                .add("version", "1.1")
                .add("publishedDate", dateTime(latest == null ? now : latest))
                .add("publisher", Json.createObjectBuilder().add("name", p.name()))
                .add("license", p.license());
        if (p.publicationPolicy() != null) {
            pkg.add("publicationPolicy", p.publicationPolicy());
        }
        return pkg.add("releases", releases).build();
    }

    private record Release(JsonObject json, Instant date) {
    }

    private static Release release(TenderRow t, List<BidRow> bids, ProjectRow project, List<FunderRow> coFunders,
                                   List<MilestoneRow> milestones, List<PaymentRow> payments, Map<Long, Org> orgs,
                                   Publisher p, LocalDate today, Instant now) {
        TenderStatus status = TenderStatus.valueOf(t.status());
        String ocid = p.ocidPrefix() + "-" + t.id();
        BidRow awarded = t.awardedBidId() == null || status != TenderStatus.AWARDED ? null
                : bids.stream().filter(b -> b.id() == t.awardedBidId()).findFirst().orElse(null);

        // Roles per organisation, in a stable order of first appearance.
        Map<Long, Set<String>> roles = new LinkedHashMap<>();
        role(roles, t.ownerId(), "buyer");
        bids.forEach(b -> role(roles, b.bidderId(), "tenderer"));
        if (awarded != null) {
            role(roles, awarded.bidderId(), "supplier");
        }
        if (project != null) {
            role(roles, project.providerId(), "supplier");
            coFunders.forEach(f -> role(roles, f.funderId(), "funder"));
        }
        payments.forEach(x -> {
            role(roles, x.payerId(), "payer");
            role(roles, x.payeeId(), "payee");
        });

        JsonArrayBuilder parties = Json.createArrayBuilder();
        roles.forEach((id, rs) -> parties.add(party(orgs.get(id), rs)));

        JsonObjectBuilder tender = Json.createObjectBuilder()
                .add("id", String.valueOf(t.id()))
                .add("title", t.title())
                .add("description", t.description())
                .add("status", OcdsCodes.tenderStatus(status))
                .add("value", value(t.budget()))
                .add("procurementMethod", "open")
                .add("mainProcurementCategory", "services")
                .add("datePublished", dateTime(t.publishedAt()))
                .add("tenderPeriod", Json.createObjectBuilder().add("startDate", dateTime(t.publishedAt()))
                        .add("endDate", dateTime(t.bidDeadline())))
                .add("contractPeriod", period(t.periodStart(), t.periodEnd()));
        if (!t.bidDeadline().isAfter(now)) {
            // Bids are sealed until the deadline: their number and bidders are published only after it.
            JsonArrayBuilder tenderers = Json.createArrayBuilder();
            bids.stream().map(BidRow::bidderId).distinct().forEach(id -> tenderers.add(reference(orgs.get(id))));
            tender.add("numberOfTenderers", bids.stream().map(BidRow::bidderId).distinct().count())
                    .add("tenderers", tenderers);
        }

        List<Instant> dates = new ArrayList<>();
        dates.add(t.publishedAt());
        JsonObjectBuilder release = Json.createObjectBuilder().add("ocid", ocid);
        boolean implementation = false;
        JsonArrayBuilder awards = null;
        JsonArrayBuilder contracts = null;
        if (awarded != null) {
            JsonObjectBuilder award = Json.createObjectBuilder()
                    .add("id", "award-" + awarded.id())
                    .add("status", OcdsCodes.awardStatus(status))
                    .add("value", value(awarded.price()))
                    .add("suppliers", Json.createArrayBuilder().add(reference(orgs.get(awarded.bidderId()))));
            if (project != null) {
                award.add("date", dateTime(project.createdAt()))
                        .add("contractPeriod", period(project.periodStart(), project.periodEnd()));
            }
            awards = Json.createArrayBuilder().add(award);
        }
        if (project != null) {
            dates.add(project.createdAt());
            JsonArrayBuilder ms = Json.createArrayBuilder();
            for (MilestoneRow m : milestones) {
                String msStatus = OcdsCodes.milestoneStatus(MilestoneStatus.valueOf(m.status()), m.dueOn(), today);
                JsonObjectBuilder mb = Json.createObjectBuilder()
                        .add("id", "milestone-" + m.id())
                        .add("title", m.deliverable())
                        .add("type", "delivery")
                        .add("dueDate", endOfDay(m.dueOn()))
                        .add("status", msStatus)
                        .add("value", value(m.amount()));
                if (m.reviewedAt() != null && ("met".equals(msStatus) || "partiallyMet".equals(msStatus))) {
                    mb.add("dateMet", dateTime(m.reviewedAt())).add("dateModified", dateTime(m.reviewedAt()));
                    dates.add(m.reviewedAt());
                    implementation = true;
                }
                ms.add(mb);
            }
            JsonArrayBuilder transactions = Json.createArrayBuilder();
            for (PaymentRow x : payments) {
                transactions.add(Json.createObjectBuilder()
                        .add("id", "payment-" + x.id())
                        .add("date", dateTime(x.paidAt()))
                        .add("value", value(x.amount()))
                        .add("payer", reference(orgs.get(x.payerId())))
                        .add("payee", reference(orgs.get(x.payeeId()))));
                dates.add(x.paidAt());
                implementation = true;
            }
            ProjectStatus ps = ProjectStatus.valueOf(project.status());
            JsonObjectBuilder contract = Json.createObjectBuilder()
                    .add("id", "contract-" + project.id())
                    .add("awardID", awarded != null ? "award-" + awarded.id() : "award-project-" + project.id())
                    .add("title", project.title())
                    .add("description", project.description())
                    .add("status", OcdsCodes.contractStatus(ps))
                    .add("dateSigned", dateTime(project.createdAt()))
                    .add("value", value(project.amount()))
                    .add("period", period(project.periodStart(),
                            ps == ProjectStatus.ENDED && project.endedOn() != null ? project.endedOn() : project.periodEnd()))
                    .add("milestones", ms)
                    .add("implementation", Json.createObjectBuilder().add("transactions", transactions));
            if (ps == ProjectStatus.ENDED) {
                contract.add("statusDetails", "ended early or handed over");
            }
            contracts = Json.createArrayBuilder().add(contract);
            if (awards == null) {
                // A project whose tender was decided without an opened bid still rests on an award.
                awards = Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "award-project-" + project.id()).add("status", "active")
                        .add("date", dateTime(project.createdAt())).add("value", value(project.amount()))
                        .add("suppliers", Json.createArrayBuilder().add(reference(orgs.get(project.providerId())))));
            }
        }
        Instant date = dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        release.add("id", ocid + "-" + RELEASE_STAMP.format(date))
                .add("date", dateTime(date))
                .add("tag", Json.createArrayBuilder(OcdsCodes.tags(status, awards != null, contracts != null,
                        implementation)))
                .add("initiationType", "tender")
                .add("parties", parties)
                .add("buyer", reference(orgs.get(t.ownerId())))
                .add("tender", tender)
                .add("language", "zh");
        if (awards != null) {
            release.add("awards", awards);
        }
        if (contracts != null) {
            release.add("contracts", contracts);
        }
        return new Release(release.build(), date);
    }

    private static void role(Map<Long, Set<String>> roles, long org, String role) {
        roles.computeIfAbsent(org, k -> new LinkedHashSet<>()).add(role);
    }

    private static JsonObjectBuilder party(Org o, Set<String> roles) {
        return Json.createObjectBuilder()
                .add("id", o.code())
                .add("name", o.nameZh())
                .add("name_en", o.nameEn())
                .add("identifier", Json.createObjectBuilder().add("scheme", "X-CAREBRIDGE").add("id", o.code())
                        .add("legalName", o.nameZh()))
                .add("address", Json.createObjectBuilder().add("region", o.region()).add("country", "CN"))
                .add("roles", Json.createArrayBuilder(List.copyOf(roles)));
    }

    private static JsonObjectBuilder reference(Org o) {
        return Json.createObjectBuilder().add("id", o.code()).add("name", o.nameZh());
    }

    private static JsonObjectBuilder period(LocalDate start, LocalDate end) {
        return Json.createObjectBuilder().add("startDate", dateTime(start)).add("endDate", endOfDay(end));
    }
}
