package org.carebridge.care.allowance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.carebridge.care.allowance.control.RunMaker;
import org.carebridge.care.allowance.control.RunProgress;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Csv;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.boundary.DisbursementView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.Disbursement;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly payment runs of allowance schemes. Running a scheme for a month computes every line in one
 * transaction (all or nothing) and running it again returns the same run: it adds nothing. The run is
 * approved as a batch by an approver who did not run it — the fund's available money must cover it —,
 * which posts Dr expense / Cr the run's payable; it is paid with the bank's reference (Dr the run's
 * payable / Cr the fund). The lines are the payables per child: the run's payable account holds their
 * total. Each child's funding view lists the lines of approved runs.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR})
public class PaymentRuns {

    @Inject
    TenantData data;

    @Inject
    Schemes schemes;

    @Inject
    Funds funds;

    @Inject
    Ledger ledger;

    @Inject
    ChildLookup lookup;

    @Inject
    AuditTrail audit;

    @Inject
    org.carebridge.funding.disbursement.control.Commitments commitments;

    @Inject
    RunMaker maker;

    @Inject
    RunProgress progress;

    @Inject
    RunJobs jobs;

    @Inject
    org.carebridge.care.allowance.control.RunAccounts accounts;

    /** The scheme's run for the month, computed now if there is none (then it adds nothing). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public RunView run(long schemeId, String monthText) {
        AllowanceScheme scheme = scheme(schemeId);
        YearMonth month = month(monthText);
        long tenantId = CallContext.requireTenant();
        boolean tracked = progress.begin(tenantId, schemeId, month);
        try {
            PaymentRun run = maker.make(scheme, month);
            if (tracked) {
                progress.done(tenantId, schemeId, month, run.getId(), run.getLineCount());
            }
            return RunView.of(run, scheme.getName());
        } catch (RuntimeException e) {
            if (tracked) {
                progress.failed(tenantId, schemeId, month, e instanceof BusinessException b ? b.messageKey() : "run.failed");
            }
            throw e;
        }
    }

    /**
     * Starts the scheme's run for the month in the background and says where it stands: DONE at once
     * when the run exists (starting it again adds nothing), RUNNING otherwise — also when it was
     * already running. Follow it with {@link #progress}.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public ProgressView start(long schemeId, String monthText) {
        AllowanceScheme scheme = scheme(schemeId);
        YearMonth month = month(monthText);
        PaymentRun existing = maker.existing(schemeId, month);
        if (existing != null) {
            return ProgressView.done(schemeId, month, existing.getId(), existing.getLineCount());
        }
        long tenantId = CallContext.requireTenant();
        if (progress.begin(tenantId, scheme.getId(), month)) {
            jobs.compute(tenantId, CallContext.actor(), CallContext.sourceIp(), scheme.getId(), month);
        }
        return progress(schemeId, monthText);
    }

    /** Where the scheme's run for the month stands (see {@link ProgressView}). */
    public ProgressView progress(long schemeId, String monthText) {
        scheme(schemeId);
        YearMonth month = month(monthText);
        RunProgress.Progress p = progress.of(CallContext.requireTenant(), schemeId, month).orElse(null);
        if (p != null) {
            return ProgressView.of(schemeId, month, p);
        }
        PaymentRun existing = maker.existing(schemeId, month);
        return existing == null ? ProgressView.none(schemeId, month)
                : ProgressView.done(schemeId, month, existing.getId(), existing.getLineCount());
    }

    /** Approves the run as a batch: Dr expense, Cr the run's payable, if the fund's available money covers it. */
    @RolesAllowed(Roles.APPROVER)
    public RunView approve(long runId, long version) {
        PaymentRun run = locked(runId, version);
        AllowanceScheme scheme = data.tenant().find(AllowanceScheme.class, run.getSchemeId(), LockModeType.PESSIMISTIC_WRITE);
        Fund f = commitments.lock(scheme.getFundId());
        if (run.getStatus() != RunStatus.DRAFT) {
            throw new ConflictException("run.notDraft");
        }
        if (!run.getTotal().isPositive()) {
            throw new ConflictException("run.empty");
        }
        commitments.requireAvailable(f, run.getTotal());
        LedgerAccount expense = ledger.account("EXPENSE:" + scheme.getPurpose(), "支出：" + scheme.getPurpose(),
                AccountKind.EXPENSE);
        LedgerAccount payable = accounts.payable(run, scheme.getName());
        JournalEntry e = ledger.post("RUN-APPROVAL:" + runId, EntryKind.APPROVAL, "批准发放：" + scheme.getName() + " "
                + run.getMonth() + "（" + run.getLineCount() + "笔）", "run:" + runId, null,
                List.of(new Ledger.Line(expense.getId(), run.getTotal()), new Ledger.Line(payable.getId(), run.getTotal().negate())));
        run.approve(CallContext.actor(), e.getId(), Instant.now());
        data.tenant().flush();
        audit.record("PAYMENT_RUN_APPROVED", "PaymentRun", runId, run.getTotal().amount().toPlainString());
        return RunView.of(run, scheme.getName());
    }

    /** Marks the approved run paid with the bank's reference: Dr the run's payable, Cr the fund (once). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public RunView pay(long runId, String reference) {
        PaymentRun run = data.tenant().find(PaymentRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("run.notFound");
        }
        data.tenant().refresh(run, LockModeType.PESSIMISTIC_WRITE);
        AllowanceScheme scheme = scheme(run.getSchemeId());
        String ref = Disbursement.requireReference(reference);
        if (run.getStatus() == RunStatus.PAID && ref.equals(run.getBankReference())) {
            return RunView.of(run, scheme.getName());
        }
        if (run.getStatus() != RunStatus.APPROVED) {
            throw new ConflictException("run.notApproved");
        }
        Fund f = funds.fund(scheme.getFundId());
        LedgerAccount payable = accounts.payable(run, scheme.getName());
        JournalEntry e = ledger.post("RUN-PAYMENT:" + runId, EntryKind.PAYMENT, "发放：" + scheme.getName() + " "
                + run.getMonth() + " " + ref, "run:" + runId, null, List.of(new Ledger.Line(payable.getId(), run.getTotal()),
                new Ledger.Line(f.getAccountId(), run.getTotal().negate())));
        run.paid(ref, e.getId(), Instant.now());
        data.tenant().flush();
        audit.record("PAYMENT_RUN_PAID", "PaymentRun", runId, ref);
        return RunView.of(run, scheme.getName());
    }

    public Page<RunView> page(Long schemeId, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = "from PaymentRun r";
        if (schemeId != null) {
            where += " where r.schemeId = :s";
            params.put("s", schemeId);
        }
        Page<PaymentRun> page = PagedQuery.page(data.tenant(), PaymentRun.class, "r", where, params,
                "r.month desc, r.id desc", offset, limit);
        Map<Long, String> names = new HashMap<>();
        return page.map(r -> RunView.of(r, names.computeIfAbsent(r.getSchemeId(), s -> scheme(s).getName())));
    }

    public RunView find(long id) {
        PaymentRun r = data.tenant().find(PaymentRun.class, id);
        if (r == null) {
            throw new NotFoundException("run.notFound");
        }
        return RunView.of(r, scheme(r.getSchemeId()).getName());
    }

    /** A run's lines, paged, with the children's names. */
    public Page<LineView> lines(long runId, int offset, int limit) {
        PaymentRun run = data.tenant().find(PaymentRun.class, runId);
        if (run == null) {
            throw new NotFoundException("run.notFound");
        }
        Page<PaymentLine> page = PagedQuery.page(data.tenant(), PaymentLine.class, "l", "from PaymentLine l where l.runId = :r",
                Map.of("r", runId), "l.childId, l.forMonth", offset, limit);
        Map<Long, String> names = lookup.names(page.items().stream().map(PaymentLine::getChildId).toList());
        String scheme = scheme(run.getSchemeId()).getName();
        return page.map(l -> view(l, run, scheme, null, names.get(l.getChildId())));
    }

    /**
     * The bank payment file of an approved run, UTF-8 CSV with a header: 序号, 付款编号 (the line's
     * reference, which the bank's result file quotes back), 收款人, 金额, 所属月份,
     * 类型, 摘要 (scheme and month); text cells are quoted and formula-safe ({@link Csv#cell}).
     */
    public byte[] bankFile(long runId) {
        PaymentRun run = data.tenant().find(PaymentRun.class, runId);
        if (run == null) {
            throw new NotFoundException("run.notFound");
        }
        if (run.getStatus() == RunStatus.DRAFT) {
            throw new ConflictException("run.notApproved");
        }
        String scheme = scheme(run.getSchemeId()).getName();
        StringBuilder csv = new StringBuilder("序号,付款编号,收款人,金额,所属月份,类型,摘要\n");
        int n = 0;
        for (PaymentLine l : data.tenant().createQuery("select l from PaymentLine l where l.runId = :r order by l.id",
                PaymentLine.class).setParameter("r", runId).getResultList()) {
            csv.append(++n).append(',').append(l.reference()).append(',').append(Csv.cell(l.getPayeeName())).append(',').append(l.getAmount().amount().toPlainString())
                    .append(',').append(l.getForMonth()).append(',').append(l.getKind()).append(',')
                    .append(Csv.cell(scheme + " " + run.getMonth())).append('\n');
        }
        audit.record("PAYMENT_RUN_EXPORTED", "PaymentRun", runId, n + " lines");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A child's funding: allowance payments month by month and payment requests for the child, with the double-funding flags. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.CASEWORKER})
    public ChildFundingView funding(long childId) {
        List<LineView> allowances = forChild(childId);
        Map<Long, String> fundNames = new HashMap<>();
        List<DisbursementView> requests = data.tenant().createQuery("select d from Disbursement d where d.childId = :c"
                        + " order by d.periodFrom desc, d.id desc", Disbursement.class).setParameter("c", childId)
                .setMaxResults(200).getResultList().stream().map(d -> DisbursementView.of(d, fundNames.computeIfAbsent(
                        d.getFundId(), f -> data.tenant().find(Fund.class, f).getName()))).toList();
        audit.record("CHILD_FUNDING_VIEWED", "Child", childId, allowances.size() + " payments, " + requests.size()
                + " requests");
        return new ChildFundingView(childId, allowances, requests,
                requests.stream().filter(r -> r.overlapNote() != null).count());
    }

    /** A child's allowance payments month by month (approved runs), newest first: what, for which month, from which fund. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.CASEWORKER})
    public List<LineView> forChild(long childId) {
        lookup.require(childId);
        List<Object[]> rows = data.tenant().createQuery("select l, r from PaymentLine l, PaymentRun r where l.runId = r.id"
                        + " and l.childId = :c and r.status in :done order by l.forMonth desc, l.id desc", Object[].class)
                .setParameter("c", childId).setParameter("done", List.of(RunStatus.APPROVED, RunStatus.PAID))
                .setMaxResults(500).getResultList();
        Map<Long, AllowanceScheme> byId = new HashMap<>();
        return rows.stream().map(o -> {
            PaymentLine l = (PaymentLine) o[0];
            PaymentRun r = (PaymentRun) o[1];
            AllowanceScheme s = byId.computeIfAbsent(l.getSchemeId(), this::scheme);
            Fund fund = data.tenant().find(Fund.class, s.getFundId());
            return view(l, r, s.getName(), fund == null ? null : fund.getName(), null);
        }).toList();
    }

    static LineView view(PaymentLine l, PaymentRun run, String scheme, String fund, String childName) {
        return new LineView(l.getId(), run.getId(), scheme, fund, l.getChildId(), childName, l.getForMonth(), l.getKind(),
                l.getPayeeName(), l.getAmount().amount(), l.getSnapshot(), run.getStatus(), l.reference(),
                l.getBankStatus(), l.getBankReason(), l.getRechargeFundId());
    }

    private PaymentRun locked(long id, long version) {
        PaymentRun r = data.tenant().find(PaymentRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("run.notFound");
        }
        data.tenant().refresh(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        return r;
    }

    private AllowanceScheme scheme(long id) {
        AllowanceScheme s = data.tenant().find(AllowanceScheme.class, id);
        if (s == null) {
            throw new NotFoundException("scheme.notFound");
        }
        return s;
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("run.month.invalid");
        }
    }
}
