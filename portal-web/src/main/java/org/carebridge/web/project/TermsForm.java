package org.carebridge.web.project;

import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.boundary.MilestoneView;
import org.carebridge.funding.project.boundary.ProjectInput;
import org.carebridge.funding.project.boundary.ProjectView;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.MilestoneStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a project as a form edits them — contract fields and the rows of KPIs, milestones and
 * co-funders — for a foundation's own project, a contract from an award (tender page) and an
 * amendment (prefilled from the current contract). Rows left entirely blank are ignored; everything
 * else goes to the boundary, which validates it.
 */
public class TermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One KPI row. */
    public static class KpiRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Measure measure = Measure.SESSIONS;
        private BigDecimal baseline = BigDecimal.ZERO;
        private BigDecimal target;

        boolean blank() {
            return isBlank(name) && target == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    /** One milestone row; a submitted or decided milestone is locked (shown, sent back unchanged). */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String deliverable;
        private String dueOn;
        private String amount;
        private String evidenceRequired;
        private MilestoneStatus status;

        boolean blank() {
            return status == null && isBlank(deliverable) && isBlank(dueOn) && isBlank(amount) && isBlank(evidenceRequired);
        }

        public boolean isLocked() {
            return status != null && status != MilestoneStatus.PLANNED;
        }

        public MilestoneStatus getStatus() {
            return status;
        }

        public String getDeliverable() {
            return deliverable;
        }

        public void setDeliverable(String deliverable) {
            this.deliverable = deliverable;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getEvidenceRequired() {
            return evidenceRequired;
        }

        public void setEvidenceRequired(String evidenceRequired) {
            this.evidenceRequired = evidenceRequired;
        }
    }

    /** One co-funding foundation (tenant code) and its share. */
    public static class FunderRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String funder;
        private String share;

        boolean blank() {
            return isBlank(funder) && isBlank(share);
        }

        public String getFunder() {
            return funder;
        }

        public void setFunder(String funder) {
            this.funder = funder;
        }

        public String getShare() {
            return share;
        }

        public void setShare(String share) {
            this.share = share;
        }
    }

    private String provider;
    private String district;
    private String title;
    private ServiceType serviceType = ServiceType.COUNSELLING;
    private String description;
    private String amount;
    private String periodStart;
    private String periodEnd;
    private final List<KpiRow> kpis = new ArrayList<>();
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final List<FunderRow> funders = new ArrayList<>();

    /** An empty form with one KPI row and one milestone row, for the period given. */
    public static TermsForm blank(LocalDate start, LocalDate end) {
        TermsForm f = new TermsForm();
        f.periodStart = start == null ? null : start.toString();
        f.periodEnd = end == null ? null : end.toString();
        f.addKpi();
        f.addMilestone();
        return f;
    }

    /**
     * For a contract from an award: title, type and description stay the tender's (left empty here),
     * the amount and period are prefilled with the awarded price and the tender's period.
     */
    public static TermsForm forAward(LocalDate start, LocalDate end, BigDecimal price) {
        TermsForm f = blank(start, end);
        f.serviceType = null;
        f.amount = plain(price);
        return f;
    }

    /** The current contract, to amend. */
    public static TermsForm of(ProjectView p) {
        TermsForm f = new TermsForm();
        f.title = p.title();
        f.serviceType = p.serviceType();
        f.description = p.description();
        f.amount = plain(p.amount());
        f.periodStart = p.periodStart().toString();
        f.periodEnd = p.periodEnd().toString();
        for (KpiProgress.Entry k : p.kpis() == null ? List.<KpiProgress.Entry>of() : p.kpis()) {
            KpiRow r = new KpiRow();
            r.name = k.name();
            r.measure = k.measure();
            r.baseline = k.baseline();
            r.target = k.target();
            f.kpis.add(r);
        }
        for (MilestoneView m : p.milestones() == null ? List.<MilestoneView>of() : p.milestones()) {
            MilestoneRow r = new MilestoneRow();
            r.deliverable = m.deliverable();
            r.dueOn = m.dueOn().toString();
            r.amount = plain(m.amount());
            r.evidenceRequired = m.evidenceRequired();
            r.status = m.status();
            f.milestones.add(r);
        }
        for (ProjectView.FunderView v : p.coFunders()) {
            FunderRow r = new FunderRow();
            r.funder = v.code();
            r.share = plain(v.share());
            f.funders.add(r);
        }
        if (f.kpis.isEmpty()) {
            f.addKpi();
        }
        return f;
    }

    /** The input for the boundary ({@code tenderId} for a contract from an award). */
    public ProjectInput toInput(Long tenderId) {
        List<ProjectInput.KpiInput> k = kpis.stream().filter(r -> !r.blank()).map(r -> new ProjectInput.KpiInput(
                r.name, r.measure == null ? null : r.measure.name(), r.baseline, r.target)).toList();
        List<ProjectInput.MilestoneInput> m = milestones.stream().filter(r -> !r.blank()).map(r ->
                new ProjectInput.MilestoneInput(r.deliverable, r.dueOn, r.amount, r.evidenceRequired)).toList();
        List<ProjectInput.FunderInput> f = funders.stream().filter(r -> !r.blank()).map(r ->
                new ProjectInput.FunderInput(r.funder == null ? null : r.funder.strip(), r.share)).toList();
        return new ProjectInput(tenderId, strip(provider), strip(district), title, serviceType, description, amount,
                periodStart, periodEnd, k, m, f);
    }

    public void addKpi() {
        kpis.add(new KpiRow());
    }

    public void removeKpi(KpiRow row) {
        kpis.remove(row);
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    /** Removes a planned (or new) milestone; submitted and decided ones stay. */
    public void removeMilestone(MilestoneRow row) {
        if (!row.isLocked()) {
            milestones.remove(row);
        }
    }

    public void addFunder() {
        funders.add(new FunderRow());
    }

    public void removeFunder(FunderRow row) {
        funders.remove(row);
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<FunderRow> getFunders() {
        return funders;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }
}
