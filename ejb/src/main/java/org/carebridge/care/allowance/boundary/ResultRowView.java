package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.entity.RowOutcome;

import java.math.BigDecimal;

/** One row of an imported bank result file and what it did; {@code reason} is the bank's or a message key. */
public record ResultRowView(int rowNo, String reference, BigDecimal amount, RowOutcome outcome, String reason,
                            Long lineId) {
}
