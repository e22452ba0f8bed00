package org.carebridge.web.project;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.boundary.ChildSummary;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.enrolment.boundary.EnrolmentView;
import org.carebridge.care.enrolment.boundary.Enrolments;
import org.carebridge.care.enrolment.entity.EnrolmentStatus;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.value.EnumSetColumn;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.boundary.MilestoneView;
import org.carebridge.funding.project.boundary.ProjectResults;
import org.carebridge.funding.project.boundary.ProjectView;
import org.carebridge.funding.project.boundary.Projects;
import org.carebridge.funding.project.control.IatiXml;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.control.ProjectAccess.Part;
import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.carebridge.web.service.ServiceForm;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One service project ({@code /app/project.xhtml?id=}): the contract, KPI progress computed from the
 * services recorded, milestones and amendments for every participant; what each part may do —
 * the owner amends, ends and reviews milestones; the district enrols children (found by name in its
 * register), ends enrolments and hands the caseload over; the provider sees its enrolled children's
 * purpose-bound details, records sessions and submits milestones. The boundaries decide; the buttons
 * only follow what they allow.
 */
@Named
@ViewScoped
public class ProjectBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A child picked for enrolment. */
    public record Picked(long id, String name, String residentIdMasked) implements Serializable {
    }

    /** Another running project of the district that may take the caseload over. */
    public record Successor(long id, String label) implements Serializable {
    }

    @Inject
    Projects projects;

    @Inject
    Enrolments enrolments;

    @Inject
    Children children;

    @Inject
    ProjectResults results;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ProjectView project;

    private EnrolmentStatus enrolmentStatus = EnrolmentStatus.ENROLLED;
    private final PagedModel<EnrolmentView> enrolmentModel = new PagedModel<>((offset, limit) ->
            enrolments.page(project.id(), enrolmentStatus, offset, limit));
    private final PagedModel<ServiceView> serviceModel = new PagedModel<>((offset, limit) ->
            enrolments.services(project.id(), offset, limit));

    // milestone dialogs
    private Long milestoneId;
    private long milestoneVersion;
    private String milestoneLabel;
    private String submissionNote;
    private Milestone.Decision decision;
    private String partAmount;
    private String reviewNote;

    // owner dialogs
    private TermsForm terms;
    private String amendReason;
    private String endReason;

    // enrol dialog
    private String q;
    private boolean searched;
    private final PagedModel<ChildSummary> candidateModel = new PagedModel<>((offset, limit) ->
            searched ? children.search(q, null, offset, limit) : new Page<>(List.of(), 0, offset, limit));
    private final Map<Long, Picked> picked = new LinkedHashMap<>();

    // enrolment dialogs
    private Long enrolmentId;
    private String enrolmentLabel;
    private String enrolmentEndReason;
    private ServiceForm session;
    private List<Successor> successors;
    private Long successorId;
    private String handOverReason;

    public void load() {
        project = projects.find(id == null ? -1 : id);
    }

    private void reload() {
        project = projects.find(project.id());
    }

    // ---- parts and permissions ------------------------------------------------------------------

    private boolean part(Part p) {
        return project.parts().contains(p);
    }

    private boolean any(String... roles) {
        for (String r : roles) {
            if (currentUser.has(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean isOwner() {
        return part(Part.OWNER);
    }

    public boolean isDistrict() {
        return part(Part.DISTRICT);
    }

    public boolean isProvider() {
        return part(Part.PROVIDER);
    }

    public boolean isActive() {
        return project.status() == ProjectStatus.ACTIVE;
    }

    public boolean isMayManage() {
        return isOwner() && isActive() && any("TENANT_ADMIN", "PROGRAMME_OFFICER");
    }

    public boolean isMayReview() {
        return isOwner() && any("TENANT_ADMIN", "APPROVER", "PROGRAMME_OFFICER");
    }

    public boolean isMaySubmit() {
        return isProvider() && isActive() && any("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER");
    }

    /** The district and the provider see the enrolments (the provider its purpose-bound view). */
    public boolean isMaySeeEnrolments() {
        return (isDistrict() || isProvider()) && any("TENANT_ADMIN", "APPROVER", "AUDITOR", "PROGRAMME_OFFICER", "CASEWORKER");
    }

    public boolean isMayEnrol() {
        return isDistrict() && isActive() && !LocalDates.today().isAfter(project.periodEnd())
                && any("TENANT_ADMIN", "CASEWORKER");
    }

    public boolean isMayEndEnrolment() {
        return isDistrict() && any("TENANT_ADMIN", "CASEWORKER");
    }

    public boolean isMayHandOver() {
        return isDistrict() && isActive() && currentUser.isAdmin();
    }

    public boolean isMayRecord() {
        return isProvider() && any("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER");
    }

    public boolean isMaySeeServices() {
        return isProvider() && any("TENANT_ADMIN", "APPROVER", "AUDITOR", "PROGRAMME_OFFICER", "CASEWORKER");
    }

    /** Every party's readers may export the results (the boundary decides, the button follows). */
    public boolean isMayExport() {
        return any("TENANT_ADMIN", "APPROVER", "FINANCE_OFFICER", "AUDITOR", "PROGRAMME_OFFICER", "CASEWORKER");
    }

    /** The project's results as an IATI activity file (result → indicator → baseline, target, actual). */
    public StreamedContent getIatiFile() {
        byte[] xml = IatiXml.bytes(results.of(project.id()));
        return DefaultStreamedContent.builder().name("iati-project-" + project.id() + ".xml")
                .contentType("application/xml; charset=UTF-8").contentLength((long) xml.length)
                .stream(() -> new ByteArrayInputStream(xml)).build();
    }

    // ---- display helpers ------------------------------------------------------------------------

    public String getParts() {
        return project.parts().stream().sorted().map(p -> Messages.text("projects.part." + p.name()))
                .collect(Collectors.joining("、"));
    }

    /** The progress bar's value: the percent, within 0–100. */
    public int bar(KpiProgress.Entry k) {
        return k.percent() == null ? 0 : Math.max(0, Math.min(100, k.percent().intValue()));
    }

    public String figure(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    public String getHours() {
        return project.delivered() == null ? "0" : BigDecimal.valueOf(project.delivered().minutes())
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }

    public String categories(EnrolmentView e) {
        return e.grant() == null ? "" : ChildCategory.decode(e.grant().categories()).stream()
                .map(c -> Messages.text("child.category." + c.name())).collect(Collectors.joining("、"));
    }

    public String needs(EnrolmentView e) {
        return e.grant() == null ? "" : EnumSetColumn.decode(Need.class, e.grant().needs()).stream()
                .map(n -> Messages.text("visit.need." + n.name())).collect(Collectors.joining("、"));
    }

    public String sex(EnrolmentView e) {
        return e.grant() == null || e.grant().sex() == null ? "" : Messages.text("child.sex." + e.grant().sex());
    }

    public boolean mayPick(ChildSummary c) {
        return c.status() == ChildStatus.SUPPORTED || c.status() == ChildStatus.APPLYING;
    }

    // ---- milestones -----------------------------------------------------------------------------

    public void startSubmit(long id, int number, String deliverable) {
        milestoneId = id;
        milestoneLabel = number + ". " + deliverable;
        submissionNote = null;
    }

    public void submitMilestone() {
        projects.submitMilestone(project.id(), milestoneId, submissionNote);
        Messages.info("projects.milestone.submitted");
        reload();
        PrimeFaces.current().executeScript("PF('submitDialog').hide()");
    }

    public void startReview(long id, long version, int number, String deliverable) {
        milestoneId = id;
        milestoneVersion = version;
        milestoneLabel = number + ". " + deliverable;
        decision = null;
        partAmount = null;
        reviewNote = null;
    }

    public void reviewMilestone() {
        projects.reviewMilestone(project.id(), milestoneId, milestoneVersion, decision,
                decision == Milestone.Decision.PARTLY ? partAmount : null, reviewNote);
        Messages.info("projects.milestone.reviewed");
        reload();
        PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
    }

    public boolean isOpen(MilestoneView m) {
        return m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.RETURNED;
    }

    // ---- owner: amend, end ----------------------------------------------------------------------

    public void startAmend() {
        terms = TermsForm.of(project);
        amendReason = null;
    }

    public void amend() {
        project = projects.amend(project.id(), project.version(), terms.toInput(null), amendReason);
        Messages.info("projects.amended", project.revision());
        PrimeFaces.current().executeScript("PF('amendDialog').hide()");
    }

    public void startEnd() {
        endReason = null;
    }

    public void end() {
        project = projects.end(project.id(), project.version(), endReason, null);
        Messages.info("projects.ended");
        PrimeFaces.current().executeScript("PF('endDialog').hide()");
    }

    // ---- district: enrol, end an enrolment, hand over ------------------------------------------

    public void startEnrol() {
        q = null;
        searched = false;
        picked.clear();
    }

    public void search() {
        searched = true;
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("enrolForm:candidates") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void pick(long childId, String name, String masked) {
        picked.put(childId, new Picked(childId, name, masked));
    }

    public void unpick(long childId) {
        picked.remove(childId);
    }

    public void enrol() {
        if (picked.isEmpty()) {
            Messages.error("projects.enrol.none");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<EnrolmentView> created = enrolments.enrol(project.id(), new ArrayList<>(picked.keySet()));
        picked.clear();
        Messages.info("projects.enrolled", created.size());
        reload();
        PrimeFaces.current().executeScript("PF('enrolDialog').hide()");
    }

    public void startEndEnrolment(long id, String name) {
        enrolmentId = id;
        enrolmentLabel = name;
        enrolmentEndReason = null;
    }

    public void endEnrolment() {
        enrolments.end(project.id(), enrolmentId, enrolmentEndReason);
        Messages.info("projects.enrolment.ended");
        reload();
        PrimeFaces.current().executeScript("PF('endEnrolmentDialog').hide()");
    }

    public void startHandOver() {
        successors = null;
        successorId = null;
        handOverReason = null;
    }

    /** The district's other running projects (one page, in SQL). */
    public List<Successor> getSuccessors() {
        if (successors == null) {
            successors = projects.page(ProjectStatus.ACTIVE, 0, Page.MAX_LIMIT).items().stream()
                    .filter(p -> p.id() != project.id() && p.parts().contains(Part.DISTRICT))
                    .map(p -> new Successor(p.id(), p.title() + " · " + p.provider())).toList();
        }
        return successors;
    }

    public void handOver() {
        if (successorId == null) {
            Messages.error("handover.successor.invalid");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<EnrolmentView> moved = enrolments.handOver(project.id(), project.version(), successorId, handOverReason);
        Messages.info("projects.handedOver", moved.size());
        reload();
        PrimeFaces.current().executeScript("PF('handOverDialog').hide()");
    }

    // ---- provider: record a session -------------------------------------------------------------

    public void startSession(long id, String name) {
        enrolmentId = id;
        enrolmentLabel = name;
        session = new ServiceForm(currentUser.isLoggedIn() ? currentUser.getDisplayName() : null);
        session.setType(project.serviceType());
    }

    public void recordSession() {
        enrolments.recordService(project.id(), enrolmentId, session.toNewService(null));
        Messages.info("service.recorded");
        reload();
        PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public EnrolmentStatus[] getEnrolmentStatuses() {
        return EnrolmentStatus.values();
    }

    public Milestone.Decision[] getDecisions() {
        return Milestone.Decision.values();
    }

    // ---- accessors ------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    public PagedModel<EnrolmentView> getEnrolmentModel() {
        return enrolmentModel;
    }

    public PagedModel<ServiceView> getServiceModel() {
        return serviceModel;
    }

    public PagedModel<ChildSummary> getCandidateModel() {
        return candidateModel;
    }

    public List<Picked> getPicked() {
        return new ArrayList<>(picked.values());
    }

    public EnrolmentStatus getEnrolmentStatus() {
        return enrolmentStatus;
    }

    public void setEnrolmentStatus(EnrolmentStatus enrolmentStatus) {
        this.enrolmentStatus = enrolmentStatus;
    }

    public String getMilestoneLabel() {
        return milestoneLabel;
    }

    public String getSubmissionNote() {
        return submissionNote;
    }

    public void setSubmissionNote(String submissionNote) {
        this.submissionNote = submissionNote;
    }

    public Milestone.Decision getDecision() {
        return decision;
    }

    public void setDecision(Milestone.Decision decision) {
        this.decision = decision;
    }

    public String getPartAmount() {
        return partAmount;
    }

    public void setPartAmount(String partAmount) {
        this.partAmount = partAmount;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public TermsForm getTerms() {
        if (terms == null) {
            terms = TermsForm.of(project);
        }
        return terms;
    }

    public String getAmendReason() {
        return amendReason;
    }

    public void setAmendReason(String amendReason) {
        this.amendReason = amendReason;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getEnrolmentLabel() {
        return enrolmentLabel;
    }

    public String getEnrolmentEndReason() {
        return enrolmentEndReason;
    }

    public void setEnrolmentEndReason(String enrolmentEndReason) {
        this.enrolmentEndReason = enrolmentEndReason;
    }

    public ServiceForm getSession() {
        if (session == null) {
            session = new ServiceForm(currentUser.isLoggedIn() ? currentUser.getDisplayName() : null);
            session.setType(project.serviceType());
        }
        return session;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }

    public String getHandOverReason() {
        return handOverReason;
    }

    public void setHandOverReason(String handOverReason) {
        this.handOverReason = handOverReason;
    }
}
