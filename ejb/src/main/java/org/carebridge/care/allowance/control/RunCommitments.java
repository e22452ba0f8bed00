package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.control.OtherCommitments;

/** Approved, unpaid payment runs of the schemes a fund pays: money the fund has committed. */
@ApplicationScoped
public class RunCommitments implements OtherCommitments {

    @Inject
    TenantData data;

    @Override
    public Money committed(long fundId) {
        Money total = Money.ZERO;
        for (Money m : data.tenant().createQuery("select r.total from PaymentRun r, AllowanceScheme s where r.schemeId = s.id"
                + " and s.fundId = :f and r.status = :s", Money.class).setParameter("f", fundId)
                .setParameter("s", RunStatus.APPROVED).getResultList()) {
            total = total.plus(m);
        }
        return total;
    }
}
