package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.PayeeKind;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.funding.disbursement.entity.Purpose;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A scheme with the rate in force this month and all its rates, newest first. */
public record SchemeView(long id, String name, Set<ChildCategory> categories, Frequency frequency, PayeeKind payeeKind,
                         long fundId, String fundName, Purpose purpose, BigDecimal rateNow, List<RateView> rates) {
}
