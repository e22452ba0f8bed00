package org.carebridge.web.lead;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.lead.boundary.LeadView;
import org.carebridge.care.lead.boundary.Leads;
import org.carebridge.care.lead.boundary.NewLead;
import org.carebridge.care.lead.entity.LeadSource;
import org.carebridge.care.lead.entity.LeadStatus;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The active-discovery page: leads by status, recording one, and taking it forward or closing it. */
@Named
@ViewScoped
public class LeadsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Leads leads;

    @Inject
    CurrentUser currentUser;

    private LeadStatus status;
    private final PagedModel<LeadView> model = new PagedModel<>((offset, limit) -> leads.page(status, offset, limit));

    private String childName;
    private String residentId;
    private String foundAt;
    private String regionCode;
    private LeadSource source = LeadSource.FIELD;
    private List<String> categories = new ArrayList<>();
    private String note;

    private Long closingId;
    private String reason;

    public void record() {
        EnumSet<ChildCategory> set = EnumSet.noneOf(ChildCategory.class);
        categories.forEach(c -> set.add(ChildCategory.valueOf(c)));
        leads.record(new NewLead(childName, residentId, foundAt, regionCode, source, set, note));
        Messages.info("lead.recorded");
        childName = null;
        residentId = null;
        foundAt = null;
        regionCode = null;
        note = null;
        categories = new ArrayList<>();
        PrimeFaces.current().executeScript("PF('leadDialog').hide()");
    }

    /** A rejected row of the last import, with its reason in the reader's language. */
    public record RejectedRow(long line, String reason) implements Serializable {
    }

    private transient org.primefaces.model.file.UploadedFile importFile;
    private org.carebridge.care.lead.boundary.ImportReport report;
    private List<RejectedRow> rejectedRows = List.of();

    @Inject
    org.carebridge.web.faces.LocaleBean language;

    /** Imports the uploaded CSV all or nothing and keeps the row report for the page. */
    public void importCsv() {
        if (importFile == null || importFile.getSize() == 0) {
            throw new org.carebridge.core.error.ValidationException("lead.import.empty");
        }
        report = leads.importCsv(org.carebridge.care.lead.control.LeadCsv.decode(importFile.getContent()));
        rejectedRows = report.rows().stream().filter(r -> !r.accepted())
                .map(r -> new RejectedRow(r.line(), org.carebridge.web.i18n.Texts.text(language.getLocale(),
                        r.messageKey(), r.arguments().toArray()))).toList();
        if (report.committed()) {
            Messages.info("lead.import.done", report.accepted());
        } else {
            Messages.error("lead.import.failed", report.rejected());
        }
        importFile = null;
    }

    public org.carebridge.care.lead.boundary.ImportReport getReport() {
        return report;
    }

    public List<RejectedRow> getRejectedRows() {
        return rejectedRows;
    }

    public org.primefaces.model.file.UploadedFile getImportFile() {
        return importFile;
    }

    public void setImportFile(org.primefaces.model.file.UploadedFile importFile) {
        this.importFile = importFile;
    }

    public void takeOn(long id) {
        leads.assign(id, currentUser.getGrant().username());
        Messages.info("common.saved");
    }

    public String convert(long id) {
        LeadView v = leads.convert(id);
        return "/app/child.xhtml?faces-redirect=true&id=" + v.childId();
    }

    public void startClose(long id) {
        closingId = id;
        reason = null;
    }

    public void close() {
        leads.close(closingId, reason);
        Messages.info("lead.closed");
        PrimeFaces.current().executeScript("PF('closeDialog').hide()");
    }

    public LeadStatus[] getStatuses() {
        return LeadStatus.values();
    }

    public LeadSource[] getSources() {
        return LeadSource.values();
    }

    public ChildCategory[] getAllCategories() {
        return ChildCategory.values();
    }

    public PagedModel<LeadView> getModel() {
        return model;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public void setStatus(LeadStatus status) {
        this.status = status;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getFoundAt() {
        return foundAt;
    }

    public void setFoundAt(String foundAt) {
        this.foundAt = foundAt;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public LeadSource getSource() {
        return source;
    }

    public void setSource(LeadSource source) {
        this.source = source;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
