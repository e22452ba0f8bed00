package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.funding.disbursement.control.ChildFunding;
import org.carebridge.funding.disbursement.entity.Purpose;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The register's side of the double-funding check: allowance scheme payments (lines of approved or
 * paid runs) to the child for the same need (the scheme's purpose) in the months asked about. A
 * yearly scheme's payment covers its whole calendar year.
 */
@ApplicationScoped
public class SchemeFunding implements ChildFunding {

    @Inject
    TenantData data;

    @Inject
    ChildLookup lookup;

    @Override
    public void requireChild(long childId) {
        lookup.require(childId);
    }

    @Override
    public List<String> otherFunding(long childId, Purpose purpose, YearMonth from, YearMonth to) {
        List<String> out = new ArrayList<>();
        for (Object[] row : data.tenant().createQuery("select l, s from PaymentLine l, PaymentRun r, AllowanceScheme s"
                        + " where l.runId = r.id and l.schemeId = s.id and l.childId = :c and s.purpose = :p"
                        + " and r.status in :done and l.forMonth >= :first and l.forMonth <= :last"
                        + " order by l.forMonth desc, l.id desc", Object[].class)
                .setParameter("c", childId).setParameter("p", purpose)
                .setParameter("done", List.of(RunStatus.APPROVED, RunStatus.PAID))
                .setParameter("first", YearMonth.of(from.getYear(), 1).atDay(1)).setParameter("last", to.atDay(1))
                .setMaxResults(200).getResultList()) {
            PaymentLine l = (PaymentLine) row[0];
            AllowanceScheme s = (AllowanceScheme) row[1];
            boolean yearly = s.getFrequency() == Frequency.YEARLY;
            if (!yearly && l.getForMonth().isBefore(from)) {
                continue;
            }
            out.add(s.getName() + " " + (yearly ? l.getForMonth().getYear() + "年度" : l.getForMonth().toString()) + " ¥"
                    + l.getAmount().amount().toPlainString());
            if (out.size() == 20) {
                break;
            }
        }
        return out;
    }
}
