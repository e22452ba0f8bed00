package org.carebridge.web.money;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.allowance.boundary.BankResults;
import org.carebridge.care.allowance.boundary.LineView;
import org.carebridge.care.allowance.boundary.PaymentRuns;
import org.carebridge.care.allowance.boundary.ProgressView;
import org.carebridge.care.allowance.boundary.ReconciliationView;
import org.carebridge.care.allowance.boundary.ResultRowView;
import org.carebridge.care.allowance.boundary.RunView;
import org.carebridge.care.allowance.boundary.SchemeView;
import org.carebridge.care.allowance.boundary.Schemes;
import org.carebridge.care.allowance.control.BankResultFile;
import org.carebridge.care.allowance.entity.BankStatus;
import org.carebridge.care.allowance.entity.RowOutcome;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The payment runs page (发放批次): the tenant's monthly runs paged in SQL by scheme; a run started in
 * the background and followed by a poll until it is done; one run's lines (paged) with its approval,
 * payment, bank file, the bank's result file and the repayment of a returned line. The boundaries
 * decide (roles, maker ≠ checker, the fund's money); the buttons only follow the roles and the state.
 */
@Named
@ViewScoped
public class RunsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentRuns runs;

    @Inject
    BankResults results;

    @Inject
    Schemes schemes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    // list
    private Long schemeId;
    private List<SchemeView> schemeList;
    private final PagedModel<RunView> model = new PagedModel<>((offset, limit) -> runs.page(schemeId, offset, limit));

    // one run
    private Long id;
    private RunView run;
    private PagedModel<LineView> lines;

    // start a run
    private Long startSchemeId;
    private String startMonth;
    private ProgressView progress;
    private String failure;

    // pay the run, repay a line
    private String bankReference;
    private boolean paying;
    private Long repayLineId;
    private String repayLabel;

    // bank result file
    private transient UploadedFile file;
    private ReconciliationView reconciliation;
    private PagedModel<ResultRowView> unmatchedRows;
    private PagedModel<ResultRowView> failedRows;
    private List<ReconciliationView> importList;

    /** Opens the run of the URL ({@code ?id=}); another tenant's or an unknown id answers 404. */
    public void load() {
        if (id != null) {
            open(id);
        }
    }

    // ---- permissions (as the boundaries' @RolesAllowed) -----------------------------------------

    /** Runs, payments, the bank's result file and repayments: TENANT_ADMIN and FINANCE_OFFICER. */
    public boolean isMayManage() {
        return currentUser.has("TENANT_ADMIN") || currentUser.has("FINANCE_OFFICER");
    }

    public boolean isMayApprove() {
        return currentUser.has("APPROVER");
    }

    /** Any approver may try a draft: whoever ran it is refused by the boundary with a message. */
    public boolean isCanApprove() {
        return run != null && isMayApprove() && run.status() == RunStatus.DRAFT;
    }

    public boolean isCanPay() {
        return run != null && isMayManage() && run.status() == RunStatus.APPROVED;
    }

    public boolean isCanDownload() {
        return run != null && run.status() != RunStatus.DRAFT;
    }

    public boolean isCanImport() {
        return run != null && isMayManage() && run.status() == RunStatus.PAID;
    }

    public boolean canRepay(LineView l) {
        return isMayManage() && l.bankStatus() == BankStatus.FAILED;
    }

    // ---- list -----------------------------------------------------------------------------------

    /** The scheme filter changed: back to the first page. */
    public void filter() {
        firstPage("runsForm:runs");
    }

    private static void firstPage(String tableId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId) instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    /** The tenant's schemes (the boundary returns at most 200), read once per view. */
    public List<SchemeView> getSchemes() {
        if (schemeList == null) {
            schemeList = schemes.list();
        }
        return schemeList;
    }

    // ---- one run --------------------------------------------------------------------------------

    public void show(long runId) {
        open(runId);
        firstPage("detailForm:lines");
    }

    private void open(long runId) {
        run = runs.find(runId);
        id = run.id();
        long selected = run.id();
        lines = new PagedModel<>((offset, limit) -> runs.lines(selected, offset, limit));
        reconciliation = null;
        unmatchedRows = null;
        failedRows = null;
        importList = null;
    }

    private void reread() {
        run = runs.find(run.id());
        importList = null;
    }

    // ---- start a run and follow it --------------------------------------------------------------

    /** Opens the start dialog: the filtered scheme, this month. */
    public void startNew() {
        startSchemeId = schemeId;
        startMonth = YearMonth.from(LocalDates.today()).toString();
    }

    /** Starts the run in the background; an existing run is opened at once (starting it again adds nothing). */
    public void startRun() {
        if (startSchemeId == null) {
            throw new ValidationException("scheme.notFound");
        }
        failure = null;
        progress = runs.start(startSchemeId, startMonth);
        PrimeFaces.current().executeScript("PF('startDialog').hide()");
        if (isRunning()) {
            PrimeFaces.current().executeScript("PF('runPoll').start()");
        } else {
            finished(true);
        }
    }

    /** The poll's listener: where the run stands; the poll stops itself once it is no longer running. */
    public void poll() {
        if (progress == null) {
            return;
        }
        progress = runs.progress(progress.schemeId(), progress.month().toString());
        if (!isRunning()) {
            finished(false);
            PrimeFaces.current().ajax().update("runsForm:runs", "detail", "growl");
        }
    }

    private void finished(boolean atOnce) {
        switch (progress.state()) {
            case "DONE" -> {
                open(progress.runId());
                firstPage("runsForm:runs");
                Messages.info(atOnce ? "money.run.exists" : "money.run.done", run.scheme(), run.month().toString(),
                        run.lines());
            }
            case "FAILED" -> {
                String key = progress.error() == null ? "run.failed" : progress.error();
                // Keys such as run.noRate name the month; others take no argument (MessageFormat would eat their quotes).
                Object[] args = Messages.text(key).contains("{0}") ? new Object[]{progress.month().toString()} : new Object[0];
                failure = Messages.text(key, args);
                Messages.error(key, args);
            }
            default -> Messages.error("money.run.progress.lost");
        }
    }

    public boolean isRunning() {
        return progress != null && "RUNNING".equals(progress.state());
    }

    /** The percent written, 0 until the lines to write are counted. */
    public int getPercent() {
        return progress == null || progress.percent() == null ? 0 : progress.percent();
    }

    /** The scheme's name of the run being followed. */
    public String getProgressScheme() {
        if (progress == null) {
            return "";
        }
        return getSchemes().stream().filter(s -> s.id() == progress.schemeId()).map(SchemeView::name).findFirst()
                .orElse("");
    }

    // ---- approve and pay ------------------------------------------------------------------------

    public void approve() {
        try {
            RunView r = runs.approve(run.id(), run.version());
            Messages.info("money.run.approved", r.scheme(), r.month().toString(), formats.yuan(r.total()));
        } finally {
            reread();
        }
    }

    public void startPay() {
        bankReference = null;
        paying = true;
    }

    /** Marks the run paid once per opened dialog (the boundary pays nothing more for the same reference). */
    public void pay() {
        if (paying) {
            RunView r = runs.pay(run.id(), bankReference);
            paying = false;
            run = r;
            Messages.info("money.run.paid", r.scheme(), r.month().toString(), r.bankReference());
        }
        PrimeFaces.current().executeScript("PF('payDialog').hide()");
    }

    /** The bank payment file of an approved or paid run. */
    public StreamedContent getBankFile() {
        byte[] csv = runs.bankFile(run.id());
        return DefaultStreamedContent.builder().name("payment-run-" + run.id() + "-" + run.month() + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    // ---- repay a returned line ------------------------------------------------------------------

    public void startRepay(long lineId, String payee, BigDecimal amount) {
        repayLineId = lineId;
        repayLabel = payee + " · " + formats.yuan(amount);
        bankReference = null;
    }

    /** Repays the line once per opened dialog. */
    public void repay() {
        if (repayLineId != null) {
            LineView l = results.repay(repayLineId, bankReference);
            repayLineId = null;
            Messages.info("money.bank.repaid", l.payee(), formats.yuan(l.amount()), bankReference.strip());
        }
        PrimeFaces.current().executeScript("PF('repayDialog').hide()");
    }

    // ---- the bank's result file -----------------------------------------------------------------

    /** Imports the uploaded result file (at most 5 MB) and shows what it matched, returned and could not match. */
    public void importResults() {
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("money.bank.noFile");
        }
        if (file.getSize() > BankResultFile.MAX_BYTES) {
            throw new ValidationException("bank.file.tooLarge", BankResultFile.MAX_BYTES / 1024 / 1024);
        }
        try {
            ReconciliationView r = results.reconcile(run.id(), file.getFileName(), file.getContent());
            showImport(r);
            if (r.repeated()) {
                Messages.info("money.bank.repeated");
            } else {
                Messages.info("money.bank.imported", r.rows(), r.matched(), r.failed(), r.unmatched());
            }
        } finally {
            file = null;
            importList = null;
        }
    }

    /** Shows an import's counts and its unmatched and returned rows. */
    public void showImport(ReconciliationView r) {
        reconciliation = r;
        long runId = r.runId();
        long recId = r.id();
        unmatchedRows = new PagedModel<>((offset, limit) -> results.rows(runId, recId, RowOutcome.UNMATCHED, offset, limit));
        failedRows = new PagedModel<>((offset, limit) -> results.rows(runId, recId, RowOutcome.FAILED, offset, limit));
    }

    /** The run's imported result files, newest first (the boundary returns at most 200). */
    public List<ReconciliationView> getImports() {
        if (importList == null) {
            importList = run == null || run.status() != RunStatus.PAID ? List.of() : results.imports(run.id());
        }
        return importList;
    }

    /** A row's reason in the reader's language: the bank's own text, or why the row could not be matched. */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        return reason.startsWith("bank.row.") ? Messages.text(reason) : reason;
    }

    // ---- accessors ------------------------------------------------------------------------------

    public PagedModel<RunView> getModel() {
        return model;
    }

    public PagedModel<LineView> getLines() {
        return lines;
    }

    public RunView getRun() {
        return run;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSchemeId() {
        return schemeId;
    }

    public void setSchemeId(Long schemeId) {
        this.schemeId = schemeId;
    }

    public Long getStartSchemeId() {
        return startSchemeId;
    }

    public void setStartSchemeId(Long startSchemeId) {
        this.startSchemeId = startSchemeId;
    }

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public ProgressView getProgress() {
        return progress;
    }

    public String getFailure() {
        return failure;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }

    public String getRepayLabel() {
        return repayLabel;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ReconciliationView getReconciliation() {
        return reconciliation;
    }

    public PagedModel<ResultRowView> getUnmatchedRows() {
        return unmatchedRows;
    }

    public PagedModel<ResultRowView> getFailedRows() {
        return failedRows;
    }
}
