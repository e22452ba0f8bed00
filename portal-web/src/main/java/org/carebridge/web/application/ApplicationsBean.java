package org.carebridge.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.application.boundary.ApplicationView;
import org.carebridge.care.application.boundary.Applications;
import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.funding.disbursement.boundary.FundView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import org.carebridge.web.faces.FilterParams;
import java.util.Map;
import java.util.HashMap;

/**
 * The applications page: by status or overdue, and one dialog for the next step of an application
 * (street check, decision, confirmation, rejection after help); the boundary decides what is allowed.
 */
@Named
@ViewScoped
public class ApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The step the dialog is taking. */
    public enum Step { STREET_PASS, STREET_REJECT, APPROVE, REJECT, CONFIRM, REJECT_AFTER_HELP }

    @Inject
    Applications applications;

    private ApplicationStatus status;
    private boolean overdueOnly;

    /** The filter given in the URL (f:viewParam), applied once by {@link #applyParams}. */
    private final Map<String, String> params = new HashMap<>();
    private final PagedModel<ApplicationView> model = new PagedModel<>((offset, limit) ->
            applications.page(status, overdueOnly, offset, limit));

    private Long stepId;
    private Step step;
    private String note;
    private String payer;
    private Long fundId;
    private List<FundView> fundList;

    @Inject
    Funds funds;

    public void start(long id, Step s) {
        stepId = id;
        step = s;
        note = null;
        payer = null;
        fundId = null;
    }

    /** The district's funds, for the fallback fund that takes over what was paid during help (read once per view). */
    public List<FundView> getFunds() {
        if (fundList == null) {
            fundList = funds.list();
        }
        return fundList;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public void apply() {
        switch (step) {
            case STREET_PASS -> applications.streetCheck(stepId, true, note);
            case STREET_REJECT -> applications.streetCheck(stepId, false, note);
            case APPROVE -> applications.decide(stepId, true, note);
            case REJECT -> applications.decide(stepId, false, note);
            case CONFIRM -> applications.confirm(stepId, note);
            case REJECT_AFTER_HELP -> applications.rejectAfterHelp(stepId, note, payer, fundId);
        }
        Messages.info("common.saved");
        PrimeFaces.current().executeScript("PF('stepDialog').hide()");
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public PagedModel<ApplicationView> getModel() {
        return model;
    }

    /** {@code ?status=SUPPORTING&overdue=true}, each optional. */
    public void applyParams() {
        status = FilterParams.enumOf(ApplicationStatus.class, params.get("status"), "status");
        overdueOnly = FilterParams.flag(params.get("overdue"), "overdue");
    }

    public Map<String, String> getParams() {
        return params;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public Step getStep() {
        return step;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }
}
