package org.carebridge.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.project.boundary.OutcomeReportView;
import org.carebridge.funding.project.boundary.OutcomeReports;
import org.carebridge.funding.project.boundary.ProjectView;
import org.carebridge.funding.project.boundary.Projects;
import org.carebridge.funding.project.boundary.ReportInput;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.control.ProjectAccess.Part;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.funding.project.entity.ReportKind;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome reports of one project ({@code /app/reports.xhtml?project=}): the list (paged), one report
 * with the indicators the portal computed when it was submitted, the form the provider or a
 * co-funder submits a report with (only reported KPIs are typed), and the purchaser's review with
 * the scores of the final acceptance.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeReports reports;

    @Inject
    Projects projects;

    @Inject
    CurrentUser currentUser;

    private Long projectId;
    private Long reportId;
    private ProjectView project;
    private OutcomeReportView report;
    private final PagedModel<OutcomeReportView> model = new PagedModel<>((offset, limit) ->
            reports.page(projectId == null ? -1 : projectId, offset, limit));

    private ReportKind kind = ReportKind.PERIODIC;
    private String periodFrom;
    private String periodTo = LocalDates.today().toString();
    private String narrative;
    private String evidence;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private BigDecimal selfScore;

    private OutcomeReports.Decision decision = OutcomeReports.Decision.ACCEPT;
    private String note;
    private BigDecimal districtScore;
    private BigDecimal thirdPartyScore;
    private String thirdPartyName;

    public void load() {
        project = projects.find(projectId == null ? -1 : projectId);
        periodFrom = project.periodStart().toString();
        report = reportId == null ? null : reports.find(reportId);
        if (report != null && report.projectId() != project.id()) {
            report = null;
        }
    }

    public void open(long id) {
        report = reports.find(id);
        reportId = id;
    }

    public void submit() {
        OutcomeReportView created = reports.submit(new ReportInput(project.id(), kind, periodFrom, periodTo, narrative,
                evidence, Map.copyOf(filled()), kind == ReportKind.FINAL ? selfScore : null));
        Messages.info("reports.submitted");
        report = created;
        reportId = created.id();
        narrative = null;
        evidence = null;
        values.clear();
        PrimeFaces.current().executeScript("PF('reportDialog').hide()");
    }

    public void review() {
        if (report == null) {
            throw new ValidationException("report.notFound");
        }
        boolean fin = report.kind() == ReportKind.FINAL;
        report = reports.review(report.id(), report.version(), decision, note, fin ? districtScore : null,
                fin ? thirdPartyScore : null, fin ? thirdPartyName : null);
        project = projects.find(project.id());
        Messages.info("reports.reviewed");
        note = null;
    }

    private Map<String, BigDecimal> filled() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The project's KPIs that reports give values for. */
    public List<KpiProgress.Entry> getReportedKpis() {
        return project.kpis().stream().filter(k -> k.measure() == Measure.REPORTED).toList();
    }

    public boolean isMaySubmit() {
        return project.status() == ProjectStatus.ACTIVE && (project.parts().contains(Part.PROVIDER)
                || project.parts().contains(Part.CO_FUNDER)) && (currentUser.isAdmin() || currentUser.has("PROGRAMME_OFFICER")
                || currentUser.has("CASEWORKER"));
    }

    public boolean isMayReportFinal() {
        return project.parts().contains(Part.PROVIDER);
    }

    public boolean isMayReview() {
        return report != null && report.status() == ReportStatus.SUBMITTED && project.parts().contains(Part.OWNER)
                && (currentUser.isAdmin() || currentUser.has("APPROVER") || currentUser.has("PROGRAMME_OFFICER"));
    }

    public ReportKind[] getKinds() {
        return isMayReportFinal() ? ReportKind.values() : new ReportKind[] {ReportKind.PERIODIC};
    }

    public OutcomeReports.Decision[] getDecisions() {
        return OutcomeReports.Decision.values();
    }

    public PagedModel<OutcomeReportView> getModel() {
        return model;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public ProjectView getProject() {
        return project;
    }

    public OutcomeReportView getReport() {
        return report;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public void setSelfScore(BigDecimal selfScore) {
        this.selfScore = selfScore;
    }

    public OutcomeReports.Decision getDecision() {
        return decision;
    }

    public void setDecision(OutcomeReports.Decision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BigDecimal getDistrictScore() {
        return districtScore;
    }

    public void setDistrictScore(BigDecimal districtScore) {
        this.districtScore = districtScore;
    }

    public BigDecimal getThirdPartyScore() {
        return thirdPartyScore;
    }

    public void setThirdPartyScore(BigDecimal thirdPartyScore) {
        this.thirdPartyScore = thirdPartyScore;
    }

    public String getThirdPartyName() {
        return thirdPartyName;
    }

    public void setThirdPartyName(String thirdPartyName) {
        this.thirdPartyName = thirdPartyName;
    }
}
