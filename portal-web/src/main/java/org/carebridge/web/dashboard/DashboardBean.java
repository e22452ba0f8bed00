package org.carebridge.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.orgunit.boundary.OrgUnits;

/** Figures on the dashboard that exist today; later issues add the care, tender and money figures. */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    OrgUnits units;

    @Inject
    org.carebridge.care.child.boundary.Children children;

    private Long unitCount;

    @Inject
    org.carebridge.care.application.boundary.Applications applications;

    /** Help-first cases past their confirmation deadline. */
    public long getOverdueConfirmations() {
        return applications.overdueCount();
    }

    @Inject
    org.carebridge.care.visit.boundary.Visits visits;

    /** Planned visits whose day has passed (a volunteer's own teams only). */
    public long getOverdueVisits() {
        return visits.overdueVisitCount();
    }

    /** Open follow-up actions past their due date (a volunteer's own only). */
    public long getOverdueActions() {
        return visits.overdueActionCount();
    }

    @Inject
    org.carebridge.care.referral.boundary.Referrals referrals;

    /** Referrals sent to this organisation and not yet answered. */
    public long getReferralsWaiting() {
        return referrals.waitingCount();
    }

    @Inject
    org.carebridge.care.figures.boundary.CityFigures city;

    private java.util.List<org.carebridge.care.figures.boundary.DistrictFigures> cityFigures;

    /** Counts per district for the city bureau. */
    public java.util.List<org.carebridge.care.figures.boundary.DistrictFigures> getCityFigures() {
        if (cityFigures == null) {
            cityFigures = city.perDistrict();
        }
        return cityFigures;
    }

    @Inject
    org.carebridge.funding.tender.boundary.Tenders tenders;

    /** District: tenders past their deadline awaiting a decision; organisation: tenders open for bids. */
    public long getTenderCount() {
        return tenders.dashboardCount();
    }

    @Inject
    org.carebridge.funding.project.boundary.Projects projects;

    @Inject
    org.carebridge.funding.project.boundary.OutcomeReports reports;

    @Inject
    org.carebridge.care.enrolment.boundary.Enrolments enrolments;

    /**
     * Project work waiting for the tenant: milestones and outcome reports to review (purchaser),
     * milestones due within 14 days or overdue and quarterly reports due (provider).
     */
    public long getProjectTasks() {
        if (projectTasks == null) {
            projectTasks = projects.milestonesToAct() + reports.toActOn();
        }
        return projectTasks;
    }

    private Long projectTasks;

    /** District: children enrolled in running service projects. */
    public long getEnrolledChildren() {
        return enrolments.openCount();
    }

    @Inject
    org.carebridge.funding.disbursement.boundary.Disbursements disbursements;

    private Long pendingDisbursements;

    /** Payment requests waiting: an approver's own inbox; for others, every request not yet decided. */
    public long getPendingDisbursements() {
        if (pendingDisbursements == null) {
            pendingDisbursements = disbursements.waitingCount();
        }
        return pendingDisbursements;
    }

    @Inject
    org.carebridge.care.family.boundary.FamilyReports familyReports;

    /** Changes families reported through the public status page that nobody has handled yet. */
    public long getOpenFamilyReports() {
        return familyReports.openCount();
    }

    /** Children in the district's register. */
    public long getChildCount() {
        return children.count();
    }

    public long getUnitCount() {
        if (unitCount == null) {
            unitCount = units.page(0, 1).total();
        }
        return unitCount;
    }
}
