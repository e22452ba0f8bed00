package org.carebridge.funding.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.project.control.Breakdown;
import org.carebridge.funding.project.control.Delivered;
import org.carebridge.funding.project.control.DeliveryMeasure;
import org.carebridge.funding.project.control.Indicators;
import org.carebridge.funding.project.control.JointScore;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.control.PerformanceHistory;
import org.carebridge.funding.project.control.ProjectAccess;
import org.carebridge.funding.project.control.ProjectAccess.Part;
import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.OutcomeReport;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.funding.project.entity.ReportKind;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ReportedValue;
import org.carebridge.funding.project.entity.ServiceProject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Outcome reports: periodic reports from the provider and co-funding foundations, the provider's
 * final report, and their review by the purchaser; accepting the final report is the project's
 * acceptance (验收) with its joint score. The indicators are computed when a report is submitted —
 * KPI actuals from the service records up to the end of its period, the children served in the period
 * by category, sex and age band — and kept with it; only reported KPIs (e.g. satisfaction) are typed.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER,
        Roles.CASEWORKER})
public class OutcomeReports {

    /** A provider reports at least once a quarter while its project runs. */
    public static final int REPORT_EVERY_DAYS = 90;

    /** The purchaser's decision on a report. */
    public enum Decision { ACCEPT, RETURN }

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    TenantDirectory tenants;

    @Inject
    PerformanceHistory history;

    @Inject
    Instance<DeliveryMeasure> measure;

    /** The reports on a project (any participant), newest first; without narrative and indicators. */
    public Page<OutcomeReportView> page(long projectId, int offset, int limit) {
        ServiceProject p = projects.visible(projectId);
        Page<OutcomeReport> page = PagedQuery.page(data.shared(), OutcomeReport.class, "r",
                "from OutcomeReport r where r.projectId = :p", Map.of("p", projectId), "r.id desc", offset, limit);
        Map<Long, String> names = tenants.names(page.items().stream().map(OutcomeReport::getAuthorTenantId).toList());
        return page.map(r -> OutcomeReportView.of(r, p.getTitle(), names.get(r.getAuthorTenantId()), false));
    }

    public OutcomeReportView find(long id) {
        OutcomeReport r = data.shared().find(OutcomeReport.class, id);
        if (r == null) {
            throw new NotFoundException("report.notFound");
        }
        ServiceProject p;
        try {
            p = projects.visible(r.getProjectId());
        } catch (NotFoundException e) {
            throw new NotFoundException("report.notFound");
        }
        return OutcomeReportView.of(r, p.getTitle(), tenants.name(r.getAuthorTenantId()), true);
    }

    /** The provider (periodic or final) or a co-funding foundation (periodic) submits a report. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.CASEWORKER})
    public OutcomeReportView submit(ReportInput in) {
        if (in == null || in.projectId() == null) {
            throw new ValidationException("report.project.required");
        }
        ServiceProject p = projects.visible(in.projectId());
        long me = CallContext.requireTenant();
        if (!access.mayReport(p, me)) {
            throw new AccessDeniedException("report.authorOnly");
        }
        if (in.kind() == ReportKind.FINAL && !access.parts(p, me).contains(Part.PROVIDER)) {
            throw new AccessDeniedException("report.finalByProvider");
        }
        p.requireActive();
        LocalDate today = LocalDates.today();
        LocalDate from = LocalDates.parse(in.periodFrom(), "report.period.invalid");
        LocalDate to = LocalDates.parse(in.periodTo(), "report.period.invalid");
        if (from.isBefore(p.getPeriodStart()) || to.isAfter(p.getPeriodEnd()) || to.isAfter(today) || to.isBefore(from)) {
            throw new ValidationException("report.period.invalid");
        }
        if (in.kind() == ReportKind.FINAL && !data.shared().createQuery("select r.id from OutcomeReport r where"
                        + " r.projectId = :p and r.kind = :k and r.status = :s", Long.class).setParameter("p", p.getId())
                .setParameter("k", ReportKind.FINAL).setParameter("s", ReportStatus.SUBMITTED).getResultList().isEmpty()) {
            throw new ConflictException("report.final.pending");
        }
        List<ReportedValue> values = values(p, in.values());
        Map<String, BigDecimal> byName = values.stream()
                .collect(Collectors.toMap(ReportedValue::getKpiName, ReportedValue::getValue));
        Delivered delivered = measure.isResolvable() ? measure.get().measureUntil(p, to) : Delivered.NONE;
        List<Breakdown> breakdown = measure.isResolvable() ? measure.get().breakdown(p, from, to) : List.of();
        String indicators = new Indicators(delivered, KpiProgress.of(p.getKpis(), delivered, byName), breakdown).toJson();
        OutcomeReport r = new OutcomeReport(p.getId(), me, in.kind(), from, to, in.narrative(), in.evidence(), indicators,
                values, in.selfScore(), CallContext.actor(), Instant.now());
        data.shared().persist(r);
        data.shared().flush();
        String detail = "report " + r.getId() + " " + r.getKind() + " " + from + "–" + to;
        audit.record("OUTCOME_REPORT_SUBMITTED", "Project", p.getId(), detail);
        audit.recordFor(p.getOwnerTenantId(), "OUTCOME_REPORT_SUBMITTED", "Project", p.getId(),
                detail + " by " + tenants.get(me).getCode());
        return OutcomeReportView.of(r, p.getTitle(), tenants.name(me), true);
    }

    /**
     * The purchaser accepts or returns a report. Accepting the final report needs the district's score
     * (and optionally a third-party evaluator's), no milestone waiting for review, and closes the project.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.PROGRAMME_OFFICER})
    public OutcomeReportView review(long id, long version, Decision decision, String note, BigDecimal districtScore,
                                    BigDecimal thirdPartyScore, String thirdPartyName) {
        OutcomeReport r = data.shared().find(OutcomeReport.class, id);
        if (r == null) {
            throw new NotFoundException("report.notFound");
        }
        ServiceProject p = projects.visible(r.getProjectId());
        if (!access.parts(p, CallContext.requireTenant()).contains(Part.OWNER)) {
            throw new AccessDeniedException("project.ownerOnly");
        }
        if (r.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        if (decision == null) {
            throw new ValidationException("report.decision.required");
        }
        Instant now = Instant.now();
        if (decision == Decision.RETURN) {
            r.returnWith(note, CallContext.actor(), now);
        } else {
            if (r.getKind() == ReportKind.FINAL) {
                p.requireActive();
                long waiting = data.shared().createQuery("select count(m) from Milestone m where m.projectId = :p"
                        + " and m.status = :s", Long.class).setParameter("p", p.getId())
                        .setParameter("s", MilestoneStatus.SUBMITTED).getSingleResult();
                if (waiting > 0) {
                    throw new ConflictException("report.final.milestonesPending", waiting);
                }
            }
            r.accept(districtScore, thirdPartyScore, thirdPartyName, note, CallContext.actor(), now);
            if (r.getKind() == ReportKind.FINAL) {
                p.accept(LocalDates.today());
            }
        }
        data.shared().flush();
        String detail = "report " + id + " " + r.getStatus()
                + (r.getJointScore() == null ? "" : " joint score " + r.getJointScore().toPlainString())
                + (r.getReviewNote() == null ? "" : ": " + r.getReviewNote());
        audit.record(r.getKind() == ReportKind.FINAL && r.getStatus() == ReportStatus.ACCEPTED ? "PROJECT_ACCEPTED"
                : "OUTCOME_REPORT_REVIEWED", "Project", p.getId(), detail);
        audit.recordFor(r.getAuthorTenantId(), "OUTCOME_REPORT_REVIEWED", "Project", p.getId(), detail);
        return OutcomeReportView.of(r, p.getTitle(), tenants.name(r.getAuthorTenantId()), true);
    }

    /** A provider's performance history (accepted final reports); for any tenant that may know the provider. */
    public List<PerformanceView> performance(long providerTenantId) {
        return history.of(List.of(providerTenantId)).getOrDefault(providerTenantId, List.of());
    }

    /**
     * Dashboard: for a provider, its running projects (started at least a quarter ago) without a report
     * covering the last quarter; for a purchaser, reports waiting for its review.
     */
    public long toActOn() {
        long me = CallContext.requireTenant();
        LocalDate today = LocalDates.today();
        long due = data.shared().createQuery("select count(p) from ServiceProject p where p.providerTenantId = :me"
                        + " and p.status = :active and p.periodStart <= :quarterAgo and not exists (select r.id from"
                        + " OutcomeReport r where r.projectId = p.id and r.authorTenantId = :me and r.periodTo >= :quarterAgo"
                        + " and r.status <> :returned)", Long.class)
                .setParameter("me", me).setParameter("active", ProjectStatus.ACTIVE)
                .setParameter("quarterAgo", today.minusDays(REPORT_EVERY_DAYS))
                .setParameter("returned", ReportStatus.RETURNED).getSingleResult();
        long review = data.shared().createQuery("select count(r) from OutcomeReport r, ServiceProject p"
                        + " where r.projectId = p.id and p.ownerTenantId = :me and r.status = :s", Long.class)
                .setParameter("me", me).setParameter("s", ReportStatus.SUBMITTED).getSingleResult();
        return due + review;
    }

    /** The report's values of reported KPIs: known names only, 0 … 10^9 with at most two decimals. */
    private static List<ReportedValue> values(ServiceProject p, Map<String, BigDecimal> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        Set<String> reported = p.getKpis().stream().filter(k -> k.getMeasure() == Measure.REPORTED).map(Kpi::getName)
                .collect(Collectors.toSet());
        Map<String, BigDecimal> ordered = new HashMap<>(given);
        List<ReportedValue> out = new ArrayList<>();
        for (Kpi k : p.getKpis()) {
            BigDecimal v = ordered.remove(k.getName());
            if (v == null) {
                continue;
            }
            if (!reported.contains(k.getName())) {
                throw new ValidationException("report.value.computed", k.getName());
            }
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0 || v.stripTrailingZeros().scale() > 2) {
                throw new ValidationException("report.value.invalid", k.getName());
            }
            out.add(new ReportedValue(k.getName(), v.setScale(2, RoundingMode.UNNECESSARY)));
        }
        if (!ordered.isEmpty()) {
            throw new ValidationException("report.value.unknown", String.join("、", ordered.keySet()));
        }
        return out;
    }
}
