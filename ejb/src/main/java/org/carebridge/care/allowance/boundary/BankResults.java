package org.carebridge.care.allowance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.carebridge.care.allowance.control.BankResultFile;
import org.carebridge.care.allowance.control.RunAccounts;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.BankReconciliation;
import org.carebridge.care.allowance.entity.BankStatus;
import org.carebridge.care.allowance.entity.BankResultRow;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.care.allowance.entity.RowOutcome;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.funding.disbursement.control.Commitments;
import org.carebridge.funding.disbursement.entity.Disbursement;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bank reconciliation of paid payment runs. The bank's result file is matched line by line on the
 * reference printed in the bank file: a success confirms the line; a failure returns its money to the
 * fund and makes the line payable again with the bank's reason (Dr fund / Cr the run's payable, once
 * per line) — the fund counts it as committed until it is paid again; a row with an unknown
 * reference, another amount or seen twice changes nothing and is reported unmatched. The same file
 * imported twice returns the first import. All in one transaction.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR})
public class BankResults {

    @Inject
    TenantData data;

    @Inject
    Ledger ledger;

    @Inject
    Commitments commitments;

    @Inject
    RunAccounts accounts;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public ReconciliationView reconcile(long runId, String fileName, byte[] content) {
        EntityManager em = data.tenant();
        PaymentRun run = paidRun(runId);
        List<BankResultFile.Row> rows = BankResultFile.parse(content);
        String sha = sha256(content);
        BankReconciliation earlier = em.createQuery("select b from BankReconciliation b where b.runId = :r"
                        + " and b.fileSha256 = :h", BankReconciliation.class).setParameter("r", runId).setParameter("h", sha)
                .getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            return ReconciliationView.of(earlier, true);
        }
        AllowanceScheme scheme = em.find(AllowanceScheme.class, run.getSchemeId());
        Fund fund = commitments.lock(scheme.getFundId());
        Map<Long, PaymentLine> lines = em.createQuery("select l from PaymentLine l where l.runId = :r", PaymentLine.class)
                .setParameter("r", runId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(PaymentLine::getId, Function.identity()));
        LedgerAccount payable = accounts.payable(run, scheme.getName());
        BankReconciliation rec = new BankReconciliation(runId, sha, fileName, CallContext.actor(), Instant.now());
        em.persist(rec);
        em.flush();
        int matched = 0;
        int failed = 0;
        int unmatched = 0;
        Set<Long> seen = new HashSet<>();
        for (BankResultFile.Row row : rows) {
            PaymentLine line = row.readable() ? line(lines, runId, row.reference()) : null;
            String problem = row.problem();
            if (problem == null && line == null) {
                problem = "bank.row.unknownReference";
            } else if (problem == null && line.getAmount().compareTo(row.amount()) != 0) {
                problem = "bank.row.amountDiffers";
            } else if (problem == null && !seen.add(line.getId())) {
                problem = "bank.row.repeated";
            }
            RowOutcome outcome;
            String reason;
            if (problem != null) {
                outcome = RowOutcome.UNMATCHED;
                reason = problem;
                unmatched++;
            } else if (row.success()) {
                line.confirm(Instant.now());
                outcome = RowOutcome.MATCHED;
                reason = null;
                matched++;
            } else {
                returned(line, row.reason(), fund, payable, scheme, run);
                outcome = RowOutcome.FAILED;
                reason = line.getBankReason();
                failed++;
            }
            em.persist(new BankResultRow(rec.getId(), row.rowNo(), row.reference(), row.amount(), outcome, reason,
                    problem == null ? line.getId() : null));
        }
        rec.counted(rows.size(), matched, failed, unmatched);
        em.flush();
        audit.record("BANK_RESULT_IMPORTED", "PaymentRun", runId, rows.size() + " rows: " + matched + " matched, "
                + failed + " failed, " + unmatched + " unmatched");
        return ReconciliationView.of(rec, false);
    }

    /** Pays a returned line again with the bank's new reference: Dr the run's payable, Cr the fund (once). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public LineView repay(long lineId, String reference) {
        EntityManager em = data.tenant();
        PaymentLine line = em.find(PaymentLine.class, lineId);
        if (line == null) {
            throw new NotFoundException("line.notFound");
        }
        PaymentRun run = em.find(PaymentRun.class, line.getRunId());
        AllowanceScheme scheme = em.find(AllowanceScheme.class, run.getSchemeId());
        Fund fund = commitments.lock(scheme.getFundId());
        em.refresh(line, LockModeType.PESSIMISTIC_WRITE);
        LedgerAccount payable = accounts.payable(run, scheme.getName());
        String ref = Disbursement.requireReference(reference);
        if (line.getBankStatus() != BankStatus.FAILED) {
            throw new ConflictException("line.notFailed");
        }
        JournalEntry e = ledger.post("LINE-REPAY:" + lineId, EntryKind.PAYMENT, "重新支付：" + scheme.getName() + " "
                        + line.getForMonth() + " " + line.getPayeeName() + " " + ref, "run:" + run.getId(), null,
                List.of(new Ledger.Line(payable.getId(), line.getAmount()),
                        new Ledger.Line(fund.getAccountId(), line.getAmount().negate())));
        line.repaid(ref, e.getId(), Instant.now());
        em.flush();
        audit.record("PAYMENT_LINE_REPAID", "PaymentRun", run.getId(), line.reference() + " " + ref);
        return PaymentRuns.view(line, run, scheme.getName(), null, null);
    }

    /** The result files imported for a run, newest first. */
    public List<ReconciliationView> imports(long runId) {
        if (data.tenant().find(PaymentRun.class, runId) == null) {
            throw new NotFoundException("run.notFound");
        }
        return data.tenant().createQuery("select b from BankReconciliation b where b.runId = :r order by b.id desc",
                BankReconciliation.class).setParameter("r", runId).setMaxResults(200).getResultList().stream()
                .map(b -> ReconciliationView.of(b, false)).toList();
    }

    /** An import's rows, paged; {@code outcome} narrows them (e.g. only the unmatched). */
    public Page<ResultRowView> rows(long runId, long reconciliationId, RowOutcome outcome, int offset, int limit) {
        BankReconciliation rec = data.tenant().find(BankReconciliation.class, reconciliationId);
        if (rec == null || rec.getRunId() != runId) {
            throw new NotFoundException("reconciliation.notFound");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("r", reconciliationId);
        String where = "from BankResultRow b where b.reconciliationId = :r";
        if (outcome != null) {
            where += " and b.outcome = :o";
            params.put("o", outcome);
        }
        return PagedQuery.page(data.tenant(), BankResultRow.class, "b", where, params, "b.rowNo", offset, limit)
                .map(b -> new ResultRowView(b.getRowNo(), b.getReference(), b.getAmount() == null ? null
                        : b.getAmount().amount(), b.getOutcome(), b.getReason(), b.getLineId()));
    }

    private void returned(PaymentLine line, String reason, Fund fund, LedgerAccount payable, AllowanceScheme scheme,
                          PaymentRun run) {
        JournalEntry e = ledger.post("LINE-RETURN:" + line.getId(), EntryKind.RETURN, "银行退回：" + scheme.getName() + " "
                        + line.getForMonth() + " " + line.getPayeeName(), "run:" + run.getId(), null,
                List.of(new Ledger.Line(fund.getAccountId(), line.getAmount()),
                        new Ledger.Line(payable.getId(), line.getAmount().negate())));
        line.fail(reason, e.getId(), Instant.now());
    }

    private static PaymentLine line(Map<Long, PaymentLine> lines, long runId, String reference) {
        String prefix = "CB" + runId + "-";
        if (!reference.startsWith(prefix)) {
            return null;
        }
        try {
            return lines.get(Long.parseLong(reference.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private PaymentRun paidRun(long runId) {
        PaymentRun run = data.tenant().find(PaymentRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("run.notFound");
        }
        data.tenant().refresh(run, LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() != RunStatus.PAID) {
            throw new ConflictException("run.notPaid");
        }
        return run;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
