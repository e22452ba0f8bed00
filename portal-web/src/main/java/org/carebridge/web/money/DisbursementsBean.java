package org.carebridge.web.money;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.error.ValidationException;
import org.carebridge.funding.disbursement.boundary.DisbursementInput;
import org.carebridge.funding.disbursement.boundary.DisbursementView;
import org.carebridge.funding.disbursement.boundary.Disbursements;
import org.carebridge.funding.disbursement.boundary.FundView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.DisbursementStatus;
import org.carebridge.funding.disbursement.entity.Purpose;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.carebridge.web.faces.FilterParams;
import java.util.Map;
import java.util.HashMap;

/**
 * The payment requests page: requests paged in SQL by status, an approver's inbox (pending requests
 * they may approve), submitting a request — one idempotency key per opened dialog —, requesting the
 * payment of an accepted milestone, approval (with the version read), rejection, payment with the
 * bank's reference and reversal. The boundary decides; the buttons only follow what it allows.
 */
@Named
@ViewScoped
public class DisbursementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Disbursements disbursements;

    @Inject
    Funds funds;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private DisbursementStatus status;
    private boolean awaitingMe;
    private Long fundFilter;
    private final PagedModel<DisbursementView> model = new PagedModel<>((offset, limit) ->
            disbursements.page(status, awaitingMe, fundFilter, offset, limit));

    /** The filter given in the URL (f:viewParam), applied once by {@link #applyParams}. */
    private final Map<String, String> params = new HashMap<>();

    private List<FundView> fundList;
    private List<Disbursements.PayableMilestone> milestones;
    private String threshold;

    // request dialog (also for a milestone)
    private String requestKey;
    private Long milestoneId;
    private String milestoneLabel;
    private String payeeName;
    private String payeeBankAccount;
    private String amount;
    private Purpose purpose;
    private String note;
    private Long fundId;

    // step dialogs: reject, pay, reverse
    private Long stepId;
    private long stepVersion;
    private String stepLabel;
    private String reason;
    private String bankReference;

    @PostConstruct
    void init() {
        awaitingMe = currentUser.has("APPROVER");
    }

    // ---- permissions ----------------------------------------------------------------------------

    private boolean any(String... roles) {
        for (String r : roles) {
            if (currentUser.has(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMayRequest() {
        return any("FINANCE_OFFICER", "TENANT_ADMIN", "PROGRAMME_OFFICER");
    }

    public boolean isMayApprove() {
        return currentUser.has("APPROVER");
    }

    public boolean isMayPay() {
        return any("FINANCE_OFFICER", "TENANT_ADMIN");
    }

    private String me() {
        return currentUser.isLoggedIn() ? currentUser.getGrant().username() : "";
    }

    private static boolean pending(DisbursementView d) {
        return d.status() == DisbursementStatus.SUBMITTED || d.status() == DisbursementStatus.PARTLY_APPROVED;
    }

    /** An approver other than the requester and the first approver, on a pending request (maker ≠ checker). */
    public boolean canApprove(DisbursementView d) {
        return isMayApprove() && pending(d) && !me().equals(d.submittedBy()) && !me().equals(d.firstApprover());
    }

    public boolean canReject(DisbursementView d) {
        return isMayApprove() && pending(d);
    }

    public boolean canPay(DisbursementView d) {
        return isMayPay() && d.status() == DisbursementStatus.APPROVED;
    }

    public boolean canReverse(DisbursementView d) {
        return isMayApprove() && (d.status() == DisbursementStatus.APPROVED || d.status() == DisbursementStatus.PAID);
    }

    // ---- list -----------------------------------------------------------------------------------

    /** A filter changed: back to the first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("disbursementsForm:disbursements") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    /** Approvals given of those needed, e.g. "d1.approver · 1/2". */
    public String approvals(DisbursementView d) {
        int given = (d.firstApprover() == null ? 0 : 1) + (d.secondApprover() == null ? 0 : 1);
        StringBuilder s = new StringBuilder();
        if (d.firstApprover() != null) {
            s.append(d.firstApprover());
        }
        if (d.secondApprover() != null) {
            s.append("、").append(d.secondApprover());
        }
        if (s.length() > 0) {
            s.append(" · ");
        }
        return s.append(given).append('/').append(d.approvalsRequired()).toString();
    }

    /** The amount above which two approvers are needed, as people read it. */
    public String getThreshold() {
        if (threshold == null) {
            threshold = formats.yuan(disbursements.secondApprovalAbove().amount());
        }
        return threshold;
    }

    public String getThresholdText() {
        return Messages.text("money.threshold.text", getThreshold());
    }

    /** The tenant's funds for the request dialogs, read once per view and after a change. */
    public List<FundView> getFunds() {
        if (fundList == null) {
            fundList = funds.list();
        }
        return fundList;
    }

    public String fundOption(FundView f) {
        return Messages.text("money.fund.option", f.name(), formats.yuan(f.available()));
    }

    /** Accepted milestones this tenant pays a share of (the boundary returns at most 200, newest first). */
    public List<Disbursements.PayableMilestone> getMilestones() {
        if (milestones == null) {
            milestones = disbursements.payableMilestones();
        }
        return milestones;
    }

    private void changed() {
        fundList = null;
        milestones = null;
    }

    // ---- submit ---------------------------------------------------------------------------------

    /** Opens the request dialog with a fresh idempotency key: everything sent from it makes one request. */
    public void startRequest() {
        requestKey = "web-" + UUID.randomUUID();
        milestoneId = null;
        milestoneLabel = null;
        payeeName = null;
        payeeBankAccount = null;
        amount = null;
        purpose = null;
        note = null;
        fundId = null;
        fundList = null;
    }

    public void submitRequest() {
        submit(new DisbursementInput(payeeName, payeeBankAccount, amount, purpose, blankToNull(note), fundId, null, null,
                null, null),
                "requestDialog");
    }

    /** Opens the milestone dialog with a fresh key; the boundary sets the payee and this tenant's share. */
    public void startMilestone(long id, String project, int number, String deliverable, BigDecimal share) {
        startRequest();
        milestoneId = id;
        milestoneLabel = project + " · " + number + ". " + deliverable + " · " + formats.yuan(share);
        note = Messages.text("money.milestone.defaultNote", project, number);
    }

    public void submitMilestone() {
        if (milestoneId == null) {
            throw new ValidationException("error.badRequest");
        }
        submit(new DisbursementInput(null, payeeBankAccount, null, null, blankToNull(note), fundId, milestoneId, null,
                null, null),
                "milestoneDialog");
    }

    private void submit(DisbursementInput in, String dialog) {
        Disbursements.Submitted s = disbursements.submit(requestKey, in);
        changed();
        Messages.info(s.created() ? "money.request.submitted" : "money.request.alreadySubmitted",
                s.disbursement().payeeName(), formats.yuan(s.disbursement().amount()));
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- approve, reject, pay, reverse ----------------------------------------------------------

    /** Approves; {@code acknowledgeOverlap} after the approver confirmed the double funding the check found. */
    public void approve(long id, long version, boolean acknowledgeOverlap) {
        DisbursementView d = disbursements.approve(id, version, acknowledgeOverlap);
        changed();
        Messages.info(d.status() == DisbursementStatus.APPROVED ? "money.approved" : "money.partlyApproved",
                d.payeeName(), formats.yuan(d.amount()));
    }

    private void startStep(long id, long version, String payee, BigDecimal amount) {
        stepId = id;
        stepVersion = version;
        stepLabel = payee + " · " + formats.yuan(amount);
        reason = null;
        bankReference = null;
    }

    /** The step of this dialog was already taken (a second click): nothing more to do. */
    private static boolean stepDone(Long stepId, String dialog) {
        if (stepId != null) {
            return false;
        }
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        return true;
    }

    public void startReject(long id, long version, String payee, BigDecimal amount) {
        startStep(id, version, payee, amount);
    }

    public void reject() {
        if (stepDone(stepId, "rejectDialog")) {
            return;
        }
        disbursements.reject(stepId, stepVersion, reason);
        changed();
        stepId = null;
        Messages.info("money.rejected");
        PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
    }

    public void startPay(long id, long version, String payee, BigDecimal amount) {
        startStep(id, version, payee, amount);
    }

    public void pay() {
        if (stepDone(stepId, "payDialog")) {
            return;
        }
        DisbursementView d = disbursements.pay(stepId, bankReference);
        changed();
        stepId = null;
        Messages.info("money.paid", d.payeeName(), formats.yuan(d.amount()), d.bankReference());
        PrimeFaces.current().executeScript("PF('payDialog').hide()");
    }

    public void startReverse(long id, long version, String payee, BigDecimal amount) {
        startStep(id, version, payee, amount);
    }

    public void reverse() {
        if (stepDone(stepId, "reverseDialog")) {
            return;
        }
        disbursements.reverse(stepId, stepVersion, reason);
        changed();
        stepId = null;
        Messages.info("money.reversed");
        PrimeFaces.current().executeScript("PF('reverseDialog').hide()");
    }

    public DisbursementStatus[] getStatuses() {
        return DisbursementStatus.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    // ---- accessors ------------------------------------------------------------------------------

    public PagedModel<DisbursementView> getModel() {
        return model;
    }

    /**
     * {@code ?status=PAID&fund=12}, each optional. A link with a filter shows what it names, not only the
     * requests awaiting the approver. An id that is not one of this tenant's funds is ignored.
     */
    public void applyParams() {
        status = FilterParams.enumOf(DisbursementStatus.class, params.get("status"), "status");
        Long fund = FilterParams.id(params.get("fund"), "fund");
        boolean ours = fund != null && getFunds().stream().anyMatch(f -> f.id() == fund);
        if (fund != null && !ours) {
            Messages.warn("filter.invalid", "fund", params.get("fund"));
        }
        fundFilter = ours ? fund : null;
        if (status != null || fundFilter != null) {
            awaitingMe = false;
        }
    }

    public Map<String, String> getParams() {
        return params;
    }

    public Long getFundFilter() {
        return fundFilter;
    }

    public void setFundFilter(Long fundFilter) {
        this.fundFilter = fundFilter;
    }

    public DisbursementStatus getStatus() {
        return status;
    }

    public void setStatus(DisbursementStatus status) {
        this.status = status;
    }

    public boolean isAwaitingMe() {
        return awaitingMe;
    }

    public void setAwaitingMe(boolean awaitingMe) {
        this.awaitingMe = awaitingMe;
    }

    public String getMilestoneLabel() {
        return milestoneLabel;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public void setPayeeName(String payeeName) {
        this.payeeName = payeeName;
    }

    public String getPayeeBankAccount() {
        return payeeBankAccount;
    }

    public void setPayeeBankAccount(String payeeBankAccount) {
        this.payeeBankAccount = payeeBankAccount;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public String getStepLabel() {
        return stepLabel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }
}
