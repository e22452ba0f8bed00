package org.carebridge.funding.disbursement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.entity.DisbursementStatus;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.LedgerAccount;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fund has committed (approved, unpaid disbursements and payment runs) and the one check that
 * a new commitment fits: every approval — a disbursement or a payment run — locks the fund with
 * {@link #lock} before any plain read of its transaction, so that under MariaDB's REPEATABLE READ
 * the snapshot {@link #requireAvailable} reads from is taken after the lock and includes every
 * commitment made before.
 */
@ApplicationScoped
public class Commitments {

    @Inject
    TenantData data;

    @Inject
    Instance<OtherCommitments> others;

    /** The fund, locked for the rest of the transaction. */
    public Fund lock(long fundId) {
        Fund f = data.tenant().find(Fund.class, fundId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFoundException("fund.notFound");
        }
        data.tenant().refresh(f, LockModeType.PESSIMISTIC_WRITE);
        return f;
    }

    /** Refuses ({@code fund.insufficient}, 409) an amount beyond the locked fund's balance less its commitments. */
    public void requireAvailable(Fund locked, Money amount) {
        Money balance = data.tenant().find(LedgerAccount.class, locked.getAccountId()).getBalance();
        Money committed = committed(List.of(locked.getId())).getOrDefault(locked.getId(), Money.ZERO);
        if (balance.minus(committed).compareTo(amount) < 0) {
            throw new ConflictException("fund.insufficient");
        }
    }

    /** Committed amounts by fund, in one grouped query per source. */
    public Map<Long, Money> committed(Collection<Long> fundIds) {
        Map<Long, Money> out = sums(DisbursementStatus.APPROVED, fundIds);
        for (OtherCommitments o : others) {
            o.committed(fundIds).forEach((fund, m) -> out.merge(fund, m, Money::plus));
        }
        return out;
    }

    /** Money paid out of the funds, by fund: paid disbursements and what other payers report as spent. */
    public Map<Long, Money> spent(Collection<Long> fundIds) {
        Map<Long, Money> out = sums(DisbursementStatus.PAID, fundIds);
        for (OtherCommitments o : others) {
            o.spent(fundIds).forEach((fund, m) -> out.merge(fund, m, Money::plus));
        }
        return out;
    }

    /** Sums of the disbursements in a status, by fund. */
    public Map<Long, Money> sums(DisbursementStatus status, Collection<Long> fundIds) {
        Map<Long, Money> out = new HashMap<>();
        if (fundIds.isEmpty()) {
            return out;
        }
        for (Object[] row : data.tenant().createQuery("select d.fundId, sum(d.amount) from Disbursement d"
                        + " where d.status = :s and d.fundId in :f group by d.fundId", Object[].class)
                .setParameter("s", status).setParameter("f", List.copyOf(fundIds)).getResultList()) {
            out.put(((Number) row[0]).longValue(), Ledger.money(row[1]));
        }
        return out;
    }
}
