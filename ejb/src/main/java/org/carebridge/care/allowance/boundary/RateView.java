package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.entity.RateStatus;
import org.carebridge.care.allowance.entity.SchemeRate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A dated rate of a scheme and its decision. */
public record RateView(long id, long version, YearMonth effectiveFrom, BigDecimal amount, String basis,
                       RateStatus status, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {

    static RateView of(SchemeRate r) {
        return new RateView(r.getId(), r.getVersion(), r.getEffectiveFrom(), r.getAmount().amount(), r.getBasis(),
                r.getStatus(), r.getProposedBy(), r.getProposedAt(), r.getDecidedBy(), r.getDecidedAt());
    }
}
