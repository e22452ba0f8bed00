package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.entity.BankStatus;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.control.OtherCommitments;
import org.carebridge.funding.ledger.control.Ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Money the fund has committed to allowance schemes it pays: approved, unpaid payment runs, and lines
 * of paid runs that the bank returned and that are payable again.
 */
@ApplicationScoped
public class RunCommitments implements OtherCommitments {

    @Inject
    TenantData data;

    @Override
    public Map<Long, Money> committed(Collection<Long> fundIds) {
        Map<Long, Money> out = new HashMap<>();
        if (fundIds.isEmpty()) {
            return out;
        }
        for (Object[] row : data.tenant().createQuery("select s.fundId, sum(r.total) from PaymentRun r, AllowanceScheme s"
                        + " where r.schemeId = s.id and s.fundId in :f and r.status = :s group by s.fundId", Object[].class)
                .setParameter("f", List.copyOf(fundIds)).setParameter("s", RunStatus.APPROVED).getResultList()) {
            out.put(((Number) row[0]).longValue(), Ledger.money(row[1]));
        }
        // Lines the bank returned are payable again until paid once more: the fund still owes them.
        for (Object[] row : data.tenant().createQuery("select s.fundId, sum(l.amount) from PaymentLine l, AllowanceScheme s"
                        + " where l.schemeId = s.id and s.fundId in :f and l.bankStatus = :b group by s.fundId", Object[].class)
                .setParameter("f", List.copyOf(fundIds)).setParameter("b", BankStatus.FAILED).getResultList()) {
            out.merge(((Number) row[0]).longValue(), Ledger.money(row[1]), Money::plus);
        }
        return out;
    }

    /** Paid runs of the schemes each fund pays, less the lines the bank returned that are not paid again. */
    @Override
    public Map<Long, Money> spent(Collection<Long> fundIds) {
        Map<Long, Money> out = new HashMap<>();
        if (fundIds.isEmpty()) {
            return out;
        }
        for (Object[] row : data.tenant().createQuery("select s.fundId, sum(r.total) from PaymentRun r, AllowanceScheme s"
                        + " where r.schemeId = s.id and s.fundId in :f and r.status = :s group by s.fundId", Object[].class)
                .setParameter("f", List.copyOf(fundIds)).setParameter("s", RunStatus.PAID).getResultList()) {
            out.put(((Number) row[0]).longValue(), Ledger.money(row[1]));
        }
        for (Object[] row : data.tenant().createQuery("select s.fundId, sum(l.amount) from PaymentLine l, AllowanceScheme s"
                        + " where l.schemeId = s.id and s.fundId in :f and l.bankStatus = :b group by s.fundId", Object[].class)
                .setParameter("f", List.copyOf(fundIds)).setParameter("b", BankStatus.FAILED).getResultList()) {
            out.merge(((Number) row[0]).longValue(), Ledger.money(row[1]).negate(), Money::plus);
        }
        return out;
    }
}
