package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.care.allowance.entity.RunStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A payment run: its scheme and month, how many lines and how much, who ran, approved and paid it. */
public record RunView(long id, long version, long schemeId, String scheme, YearMonth month, RunStatus status,
                      int lines, BigDecimal total, int held, String createdBy, Instant createdAt, String approvedBy,
                      Instant approvedAt, String bankReference, Instant paidAt) {

    static RunView of(PaymentRun r, String scheme) {
        return new RunView(r.getId(), r.getVersion(), r.getSchemeId(), scheme, r.getMonth(), r.getStatus(),
                r.getLineCount(), r.getTotal().amount(), r.getHeld(), r.getCreatedBy(), r.getCreatedAt(),
                r.getApprovedBy(), r.getApprovedAt(), r.getBankReference(), r.getPaidAt());
    }
}
