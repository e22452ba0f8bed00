package org.carebridge.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.visit.boundary.ActionView;
import org.carebridge.care.visit.boundary.VisitView;
import org.carebridge.care.visit.boundary.Visits;
import org.carebridge.care.visit.entity.ActionStatus;
import org.carebridge.care.visit.entity.VisitStatus;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.DateRange;
import org.carebridge.web.faces.FilterParams;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.HashMap;

/**
 * The visits page: visits filtered by status, overdue or "mine", the open follow-up actions, and the
 * dialogs that record or cancel a visit. The boundary decides who may do what.
 */
@Named
@ViewScoped
public class VisitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    private VisitStatus status;
    private boolean overdueOnly;
    private boolean mineOnly;
    private final DateRange dates = new DateRange();
    private final PagedModel<VisitView> model = new PagedModel<>((offset, limit) ->
            visits.page(new Visits.Filter(status, null, overdueOnly, mineOnly, dates.getFrom(), dates.getTo()), offset,
                    limit));

    /** The filter given in the URL (f:viewParam), applied once by {@link #applyParams}. */
    private final Map<String, String> params = new HashMap<>();

    private boolean actionsOverdueOnly;
    private final PagedModel<ActionView> actionModel = new PagedModel<>((offset, limit) ->
            visits.actions(ActionStatus.OPEN, actionsOverdueOnly, mineOnly, offset, limit));

    private Long visitId;
    private String visitedOn;
    private String findings;
    private List<Need> needs = new ArrayList<>();
    private String cancelReason;

    public void startRecord(long id) {
        visitId = id;
        visitedOn = LocalDates.today().toString();
        findings = null;
        needs = new ArrayList<>();
    }

    public void record() {
        visits.record(visitId, visitedOn, findings, needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs));
        Messages.info("visit.recorded");
        PrimeFaces.current().executeScript("PF('recordDialog').hide()");
    }

    public void startCancel(long id) {
        visitId = id;
        cancelReason = null;
    }

    public void cancel() {
        visits.cancel(visitId, cancelReason);
        Messages.info("common.saved");
        PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
    }

    public VisitStatus[] getStatuses() {
        return VisitStatus.values();
    }

    public Need[] getAllNeeds() {
        return Need.values();
    }

    public PagedModel<VisitView> getModel() {
        return model;
    }

    public PagedModel<ActionView> getActionModel() {
        return actionModel;
    }

    /** {@code ?status=DONE&overdue=true&from=2026-01-01&to=2026-11-30}, each optional. */
    public void applyParams() {
        status = FilterParams.enumOf(VisitStatus.class, params.get("status"), "status");
        overdueOnly = FilterParams.flag(params.get("overdue"), "overdue");
        dates.read(params);
    }

    public Map<String, String> getParams() {
        return params;
    }

    public DateRange getDates() {
        return dates;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public void setStatus(VisitStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public boolean isActionsOverdueOnly() {
        return actionsOverdueOnly;
    }

    public void setActionsOverdueOnly(boolean actionsOverdueOnly) {
        this.actionsOverdueOnly = actionsOverdueOnly;
    }

    public String getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(String visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public List<Need> getNeeds() {
        return needs;
    }

    public void setNeeds(List<Need> needs) {
        this.needs = needs;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
