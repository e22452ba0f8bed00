package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.control.Commitments;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A help-first case rejected after help was given: everything the statutory schemes paid the child
 * for the months since help began (lines of approved or paid runs) is charged to the named fallback
 * fund — one entry per statutory fund, Dr that fund, Cr the fallback fund — and each line names the
 * fund it was re-charged to. Nothing is ever recovered from the family. The fallback fund must have
 * the money available; a line is re-charged once.
 */
@ApplicationScoped
public class HelpFirstRecharge {

    @Inject
    TenantData data;

    @Inject
    Ledger ledger;

    @Inject
    Commitments commitments;

    /** What was re-charged (zero when the child was paid nothing since {@code from}). */
    public Money recharge(long childId, YearMonth from, Long fallbackFundId, String applicationRef) {
        List<Object[]> rows = data.tenant().createQuery("select l, s from PaymentLine l, PaymentRun r, AllowanceScheme s"
                        + " where l.runId = r.id and l.schemeId = s.id and l.childId = :c and r.status in :done"
                        + " and l.forMonth >= :from and l.rechargeFundId is null order by l.id", Object[].class)
                .setParameter("c", childId).setParameter("done", List.of(RunStatus.APPROVED, RunStatus.PAID))
                .setParameter("from", from.atDay(1)).getResultList();
        if (rows.isEmpty()) {
            return Money.ZERO;
        }
        if (fallbackFundId == null) {
            throw new ValidationException("application.fallbackFund.required");
        }
        Map<Long, List<PaymentLine>> byFund = new TreeMap<>();
        for (Object[] row : rows) {
            AllowanceScheme s = (AllowanceScheme) row[1];
            byFund.computeIfAbsent(s.getFundId(), k -> new ArrayList<>()).add((PaymentLine) row[0]);
        }
        byFund.remove(fallbackFundId);
        Money total = byFund.values().stream().flatMap(List::stream).map(PaymentLine::getAmount)
                .reduce(Money.ZERO, Money::plus);
        List<Long> lockOrder = new ArrayList<>(byFund.keySet());
        lockOrder.add(fallbackFundId);
        lockOrder.sort(Long::compare);
        Map<Long, Fund> funds = new TreeMap<>();
        for (long id : lockOrder) {
            funds.put(id, commitments.lock(id));
        }
        Fund fallback = funds.get(fallbackFundId);
        if (total.isPositive()) {
            commitments.requireAvailable(fallback, total);
        }
        for (Map.Entry<Long, List<PaymentLine>> e : byFund.entrySet()) {
            Money sum = e.getValue().stream().map(PaymentLine::getAmount).reduce(Money.ZERO, Money::plus);
            Fund statutory = funds.get(e.getKey());
            JournalEntry entry = ledger.post("RECHARGE:" + applicationRef + ":" + statutory.getId(), EntryKind.RECHARGE,
                    "先救助后确认未通过（" + applicationRef + "）：已发放的 " + e.getValue().size() + " 笔改由"
                            + fallback.getName() + "承担", "application:" + applicationRef, null,
                    List.of(new Ledger.Line(statutory.getAccountId(), sum),
                            new Ledger.Line(fallback.getAccountId(), sum.negate())));
            e.getValue().forEach(l -> l.recharged(fallback.getId(), entry.getId()));
        }
        data.tenant().flush();
        return total;
    }
}
