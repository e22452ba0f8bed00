package org.carebridge.web.child;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.boundary.ChildRecord;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.core.audit.entity.AuditEvent;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;

/**
 * One child's page ({@code /app/child.xhtml?id=…}): opening it is logged; the full resident ID is
 * shown only after a reason is given (logged too); administrators and auditors see the access log.
 */
@Named
@ViewScoped
public class ChildBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Children children;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.carebridge.care.application.boundary.Applications applications;

    private org.carebridge.care.application.entity.Track track = org.carebridge.care.application.entity.Track.NORMAL;
    private String applicationReason;

    private Long id;
    private ChildRecord child;
    private String reason;
    private String revealed;
    private PagedModel<AuditEvent> accessLog;

    public void load() {
        if (child == null) {
            child = children.open(id == null ? -1 : id, "page");
        }
    }

    public void reveal() {
        revealed = children.revealResidentId(child.summary().id(), reason);
        reason = null;
    }

    /** Submits an application for this child and shows its reference number. */
    public void submitApplication() {
        var created = applications.submit(child.summary().id(), track, applicationReason);
        child = children.open(child.summary().id(), "application submitted");
        applicationReason = null;
        org.carebridge.web.faces.Messages.info("application.submitted", created.reference());
    }

    public boolean isMayApply() {
        return (currentUser.isAdmin() || currentUser.has("CASEWORKER"))
                && (child.summary().status() == org.carebridge.care.child.entity.ChildStatus.DISCOVERED
                || child.summary().status() == org.carebridge.care.child.entity.ChildStatus.EXITED);
    }

    public org.carebridge.care.application.entity.Track[] getTracks() {
        return org.carebridge.care.application.entity.Track.values();
    }

    public org.carebridge.care.application.entity.Track getTrack() {
        return track;
    }

    public void setTrack(org.carebridge.care.application.entity.Track track) {
        this.track = track;
    }

    public String getApplicationReason() {
        return applicationReason;
    }

    public void setApplicationReason(String applicationReason) {
        this.applicationReason = applicationReason;
    }

    @Inject
    org.carebridge.care.assessment.boundary.Assessments assessments;

    private java.util.List<org.carebridge.care.assessment.boundary.AssessmentView> assessmentHistory;

    /** The child's latest guardianship-capacity assessments (newest first). */
    public java.util.List<org.carebridge.care.assessment.boundary.AssessmentView> getAssessments() {
        if (assessmentHistory == null) {
            assessmentHistory = assessments.history(child.summary().id(), 0, 20).items();
        }
        return assessmentHistory;
    }

    public boolean isMayAssess() {
        return currentUser.isAdmin() || currentUser.has("CASEWORKER");
    }

    public boolean isMaySeeAssessments() {
        return isMayAssess() || currentUser.has("APPROVER") || currentUser.has("AUDITOR");
    }

    public boolean isMayReveal() {
        return currentUser.has("TENANT_ADMIN") || currentUser.has("CASEWORKER") || currentUser.has("APPROVER");
    }

    public boolean isMaySeeAccessLog() {
        return currentUser.isAuditReader();
    }

    public PagedModel<AuditEvent> getAccessLog() {
        if (accessLog == null) {
            long childId = child.summary().id();
            accessLog = new PagedModel<>((offset, limit) -> children.accessLog(childId, offset, limit));
        }
        return accessLog;
    }

    @Inject
    org.carebridge.care.family.boundary.FamilyReports familyReports;

    private java.util.List<org.carebridge.care.family.boundary.FamilyReportView> familyReportList;

    /** Changes the family reported through the public status page, newest first. */
    public java.util.List<org.carebridge.care.family.boundary.FamilyReportView> getFamilyReports() {
        if (familyReportList == null) {
            familyReportList = familyReports.forChild(child.summary().id());
        }
        return familyReportList;
    }

    /** Marks a family's report handled (the record itself is updated where it belongs). */
    public void handleFamilyReport(long reportId) {
        familyReports.handle(reportId);
        familyReportList = null;
        org.carebridge.web.faces.Messages.info("family.reports.handled");
    }

    public boolean isMaySeeFamilyReports() {
        return currentUser.has("TENANT_ADMIN") || currentUser.has("CASEWORKER") || currentUser.has("APPROVER")
                || currentUser.has("AUDITOR");
    }

    public boolean isMayHandleFamilyReports() {
        return currentUser.has("TENANT_ADMIN") || currentUser.has("CASEWORKER");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ChildRecord getChild() {
        return child;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRevealed() {
        return revealed;
    }
}
