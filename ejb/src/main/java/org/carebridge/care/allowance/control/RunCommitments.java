package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.control.OtherCommitments;
import org.carebridge.funding.ledger.control.Ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Approved, unpaid payment runs of the schemes a fund pays: money the fund has committed. */
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
        return out;
    }
}
