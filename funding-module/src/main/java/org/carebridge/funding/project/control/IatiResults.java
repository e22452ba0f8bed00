package org.carebridge.funding.project.control;

import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.funding.project.control.IatiActivity.ActivityDate;
import org.carebridge.funding.project.control.IatiActivity.Baseline;
import org.carebridge.funding.project.control.IatiActivity.Indicator;
import org.carebridge.funding.project.control.IatiActivity.Narrative;
import org.carebridge.funding.project.control.IatiActivity.Org;
import org.carebridge.funding.project.control.IatiActivity.ParticipatingOrg;
import org.carebridge.funding.project.control.IatiActivity.Period;
import org.carebridge.funding.project.control.IatiActivity.Result;
import org.carebridge.funding.project.control.IatiActivity.Value;
import org.carebridge.funding.project.entity.CoFunder;
import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ServiceProject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Maps a service project to an IATI activity (IATI Standard 2.03) for foundations whose donors ask for
 * results in that shape: one indicator per KPI — computed KPIs under an output result, reported ones
 * (satisfaction…) under an outcome result — with the KPI's baseline, and periods: each submitted or
 * accepted outcome report (target and actual as the report's indicators had them when submitted) and
 * the whole project period (the KPI's target, the progress now). Only KPI figures leave: the reports'
 * breakdown of children, narratives and evidence stay out. Codes come from the IATI codelists
 * ActivityStatus, ActivityDateType, OrganisationType, OrganisationRole, ResultType and IndicatorMeasure.
 */
public final class IatiResults {

    public static final String VERSION = "2.03";
    public static final String CURRENCY = "CNY";
    public static final String LANGUAGE = "zh";

    /** ResultType: the services delivered (sessions, children served, hours). */
    static final String OUTPUT = "1";
    /** ResultType: what the services changed, as reported by the provider (satisfaction…). */
    static final String OUTCOME = "2";
    /** IndicatorMeasure 1 (unit): a KPI is a count or a figure; a reported KPI does not record its unit. */
    static final String UNIT = "1";
    /** OrganisationRole. */
    static final String FUNDING = "1";
    static final String IMPLEMENTING = "4";

    private IatiResults() {
    }

    /**
     * An outcome report as the export uses it: its period, status, and the KPI entries it was submitted
     * with (an entry's actual is null for a reported KPI the report did not give).
     */
    public record Report(LocalDate from, LocalDate to, ReportStatus status, List<KpiProgress.Entry> kpis) {

        public Report {
            kpis = kpis == null ? List.of() : List.copyOf(kpis);
        }
    }

    /**
     * The project as the {@code reporter}'s activity.
     *
     * @param orgs     every tenant the project names (owner, provider, co-funders, reporter) as an organisation
     * @param reports  the project's reports; returned ones are left out
     * @param progress the KPIs' progress now (as the project page shows it)
     * @param today    the day "now" is (Beijing), for the status and the actual dates
     */
    public static IatiActivity activity(ServiceProject p, long reporter, Map<Long, Org> orgs, List<Report> reports,
                                        List<KpiProgress.Entry> progress, LocalDate today) {
        Org reporting = Objects.requireNonNull(orgs.get(reporter), "reporting organisation");
        List<Report> counted = reports.stream().filter(r -> r.status() != ReportStatus.RETURNED)
                .sorted(Comparator.comparing(Report::to).thenComparing(Report::from)).toList();
        List<Result> results = new ArrayList<>();
        result(p, OUTPUT, "服务产出", "Service outputs", k -> k.getMeasure().computed(), counted, progress, today)
                .ifPresent(results::add);
        result(p, OUTCOME, "服务成效", "Service outcomes", k -> k.getMeasure() == Measure.REPORTED, counted, progress,
                today).ifPresent(results::add);
        return new IatiActivity(reporting.ref() + "-" + p.getId(), CURRENCY, LANGUAGE, reporting, p.getTitle(),
                participants(p, orgs), activityStatus(p, today), activityDates(p, today), results);
    }

    /** An organisation under its IATI identifier, with its Chinese name and (if it has one) its English name. */
    public static Org org(Tenant t, String ref) {
        List<Narrative> names = new ArrayList<>();
        names.add(new Narrative(t.getNameZh(), null));
        if (t.getNameEn() != null && !t.getNameEn().isBlank()) {
            names.add(new Narrative(t.getNameEn(), "en"));
        }
        return new Org(ref, organisationType(t.getKind()), names);
    }

    /** OrganisationType: bureaus are local government (11), foundations 60, social-work organisations national NGOs (22). */
    public static String organisationType(TenantKind kind) {
        return switch (kind) {
            case CITY_BUREAU, DISTRICT -> "11";
            case FOUNDATION -> "60";
            case SERVICE_ORG -> "22";
        };
    }

    /**
     * ActivityStatus: a running project is in pipeline (1) before its period, in implementation (2)
     * within it, in finalisation (3) after it until accepted; accepted is closed (4); ended and handed
     * over to a successor is closed (4) too, ended early without one is cancelled (5).
     */
    public static String activityStatus(ServiceProject p, LocalDate today) {
        return switch (p.getStatus()) {
            case ACTIVE -> today.isBefore(p.getPeriodStart()) ? "1" : today.isAfter(p.getPeriodEnd()) ? "3" : "2";
            case ACCEPTED -> "4";
            case ENDED -> p.getSuccessorId() != null ? "4" : "5";
        };
    }

    /** ActivityDateType: planned start (1) and end (3) are the contract's period; actual start (2) once begun, actual end (4) once ended. */
    static List<ActivityDate> activityDates(ServiceProject p, LocalDate today) {
        List<ActivityDate> dates = new ArrayList<>();
        dates.add(new ActivityDate("1", p.getPeriodStart()));
        if (!p.getPeriodStart().isAfter(today)) {
            dates.add(new ActivityDate("2", p.getPeriodStart()));
        }
        dates.add(new ActivityDate("3", p.getPeriodEnd()));
        if (p.getEndedOn() != null) {
            dates.add(new ActivityDate("4", p.getEndedOn()));
        }
        return dates;
    }

    /** The owner and co-funders fund (1), the provider implements (4). */
    private static List<ParticipatingOrg> participants(ServiceProject p, Map<Long, Org> orgs) {
        List<ParticipatingOrg> parts = new ArrayList<>();
        parts.add(participant(orgs, p.getOwnerTenantId(), FUNDING));
        for (CoFunder f : p.getCoFunders()) {
            parts.add(participant(orgs, f.getFunderTenantId(), FUNDING));
        }
        parts.add(participant(orgs, p.getProviderTenantId(), IMPLEMENTING));
        return parts;
    }

    private static ParticipatingOrg participant(Map<Long, Org> orgs, long tenant, String role) {
        Org o = Objects.requireNonNull(orgs.get(tenant), "organisation of tenant " + tenant);
        return new ParticipatingOrg(o.ref(), role, o.type(), o.name());
    }

    private static Optional<Result> result(ServiceProject p, String type, String zh, String en,
                                                      Predicate<Kpi> which, List<Report> reports,
                                                      List<KpiProgress.Entry> progress, LocalDate today) {
        List<Indicator> indicators = p.getKpis().stream().filter(which)
                .map(k -> indicator(p, k, reports, progress, today)).toList();
        if (indicators.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Result(type, false, List.of(new Narrative(zh, null), new Narrative(en, "en")),
                indicators));
    }

    private static Indicator indicator(ServiceProject p, Kpi k, List<Report> reports, List<KpiProgress.Entry> progress,
                                       LocalDate today) {
        List<Period> periods = new ArrayList<>();
        for (Report r : reports) {
            entry(r.kpis(), k.getName()).ifPresent(e -> periods.add(new Period(r.from(), r.to(),
                    new Value(e.target(), List.of()), e.actual() == null ? null : new Value(e.actual(), comment(r)))));
        }
        BigDecimal now = entry(progress, k.getName()).map(KpiProgress.Entry::actual).orElse(null);
        periods.add(new Period(p.getPeriodStart(), p.getPeriodEnd(), new Value(k.getTarget(), List.of()),
                now == null ? null : new Value(now, List.of(new Narrative("截至 " + today + " 的进度", null),
                        new Narrative("Progress as of " + today, "en")))));
        return new Indicator(UNIT, true, k.getName(),
                new Baseline(p.getPeriodStart().getYear(), p.getPeriodStart(), k.getBaseline()), periods);
    }

    private static List<Narrative> comment(Report r) {
        return r.status() == ReportStatus.ACCEPTED
                ? List.of(new Narrative("成效报告（已通过）", null), new Narrative("Outcome report, accepted", "en"))
                : List.of(new Narrative("成效报告（待审核）", null),
                new Narrative("Outcome report, waiting for review", "en"));
    }

    private static Optional<KpiProgress.Entry> entry(List<KpiProgress.Entry> entries, String name) {
        return entries == null ? Optional.empty()
                : entries.stream().filter(e -> name.equals(e.name())).findFirst();
    }
}
