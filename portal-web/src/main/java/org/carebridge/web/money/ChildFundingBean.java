package org.carebridge.web.money;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.allowance.boundary.ChildFundingView;
import org.carebridge.care.allowance.boundary.LineView;
import org.carebridge.care.allowance.boundary.PaymentRuns;
import org.carebridge.care.allowance.entity.BankStatus;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.care.child.boundary.ChildRecord;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.disbursement.boundary.DisbursementInput;
import org.carebridge.funding.disbursement.boundary.DisbursementView;
import org.carebridge.funding.disbursement.boundary.Disbursements;
import org.carebridge.funding.disbursement.boundary.FundView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.DisbursementStatus;
import org.carebridge.funding.disbursement.entity.Purpose;
import org.carebridge.web.child.ChildBean;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.faces.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The funding tab of a child's page: what the child is paid (allowance payments month by month and
 * payment requests naming the child, with what the double-funding check found) and a payment request
 * for the child — one idempotency key per opened dialog. The boundary audits every look at a child's
 * funding, so it is read only when the tab is opened (the tab loads its content on demand) and once
 * per view, again only after a request was submitted from it.
 */
@Named
@ViewScoped
public class ChildFundingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Months counted in the paid total: this month and the eleven before it. */
    private static final int PAID_MONTHS = 12;

    @Inject
    PaymentRuns runs;

    @Inject
    Disbursements disbursements;

    @Inject
    Funds funds;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    @Inject
    ChildBean childBean;

    private ChildFundingView funding;
    private List<FundView> fundList;
    /** What the double-funding check found for the request just submitted from this view, if anything. */
    private String submittedOverlap;

    // request dialog
    private String requestKey;
    private String payeeName;
    private String payeeBankAccount;
    private String amount;
    private Purpose purpose;
    private String note;
    private Long fundId;
    private String periodFrom;
    private String periodTo;

    // ---- permissions (the boundaries decide; these only hide what would be refused) -------------

    private boolean any(String... roles) {
        for (String r : roles) {
            if (currentUser.has(r)) {
                return true;
            }
        }
        return false;
    }

    /** The roles {@link PaymentRuns#funding} admits. */
    public boolean isMayView() {
        return any("TENANT_ADMIN", "FINANCE_OFFICER", "APPROVER", "AUDITOR", "CASEWORKER");
    }

    /** The roles {@link Disbursements#submit} admits, among those who see the tab. */
    public boolean isMayRequest() {
        return isMayView() && any("TENANT_ADMIN", "FINANCE_OFFICER", "PROGRAMME_OFFICER");
    }

    // ---- the funding view ---------------------------------------------------------------------

    private long childId() {
        return childBean.getChild().summary().id();
    }

    /** The child's funding, read from the boundary (which audits the look) once per view. */
    public ChildFundingView getFunding() {
        if (funding == null) {
            funding = runs.funding(childId());
        }
        return funding;
    }

    private static YearMonth thisMonth() {
        return YearMonth.from(LocalDates.today());
    }

    private static YearMonth firstCountedMonth() {
        return thisMonth().minusMonths(PAID_MONTHS - 1L);
    }

    /**
     * Paid to or for the child in the last twelve months: allowance payments of paid runs for those
     * months, less those the bank returned (until paid again), and payment requests for the child paid
     * in those months (reversed ones are no longer paid).
     */
    public BigDecimal getPaidLastYear() {
        YearMonth from = firstCountedMonth();
        YearMonth to = thisMonth();
        BigDecimal total = BigDecimal.ZERO;
        for (LineView l : getFunding().allowances()) {
            if (l.runStatus() == RunStatus.PAID && l.bankStatus() != BankStatus.FAILED
                    && !l.forMonth().isBefore(from) && !l.forMonth().isAfter(to)) {
                total = total.add(l.amount());
            }
        }
        for (DisbursementView d : getFunding().requests()) {
            if (d.status() == DisbursementStatus.PAID && d.paidAt() != null) {
                YearMonth paid = YearMonth.from(d.paidAt().atZone(LocalDates.CHINA));
                if (!paid.isBefore(from) && !paid.isAfter(to)) {
                    total = total.add(d.amount());
                }
            }
        }
        return total;
    }

    public String getPaidLastYearHelp() {
        return Messages.text("child.funding.paid.help", firstCountedMonth().toString(), thisMonth().toString());
    }

    public String getSubmittedOverlap() {
        return submittedOverlap;
    }

    // ---- request dialog ---------------------------------------------------------------------------

    /** The tenant's funds for the dialog, read when it is opened. */
    public List<FundView> getFunds() {
        if (fundList == null) {
            fundList = funds.list();
        }
        return fundList;
    }

    public String fundOption(FundView f) {
        return Messages.text("money.fund.option", f.name(), formats.yuan(f.available()));
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    /**
     * Opens the dialog with a fresh idempotency key (everything sent from it makes one request), the
     * payee set to the child's guardian on record and the months to this one.
     */
    public void startRequest() {
        requestKey = "web-" + UUID.randomUUID();
        ChildRecord child = childBean.getChild();
        payeeName = child.household().stream().filter(ChildRecord.Member::guardian).map(ChildRecord.Member::name)
                .findFirst().orElse(null);
        payeeBankAccount = null;
        amount = null;
        purpose = null;
        note = null;
        fundId = null;
        periodFrom = thisMonth().toString();
        periodTo = periodFrom;
        fundList = null;
    }

    /**
     * Submits the request for this child. A request the double-funding check flagged is still made
     * (the approver is asked to confirm the double funding): the finding is shown as a warning here and
     * in the tab.
     */
    public void submitRequest() {
        Disbursements.Submitted s = disbursements.submit(requestKey, new DisbursementInput(payeeName, payeeBankAccount,
                amount, purpose, blankToNull(note), fundId, null, childId(), blankToNull(periodFrom), blankToNull(periodTo)));
        DisbursementView d = s.disbursement();
        funding = null;
        fundList = null;
        submittedOverlap = d.overlapNote();
        Messages.info(s.created() ? "money.request.submitted" : "money.request.alreadySubmitted", d.payeeName(),
                formats.yuan(d.amount()));
        if (d.overlapNote() != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text("child.funding.overlap.submitted", d.overlapNote()), null));
        }
        PrimeFaces.current().executeScript("PF('fundingRequestDialog').hide()");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- accessors --------------------------------------------------------------------------------

    public String getRequestKey() {
        return requestKey;
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
}
