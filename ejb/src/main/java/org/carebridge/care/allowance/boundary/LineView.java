package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.entity.BankStatus;
import org.carebridge.care.allowance.entity.LineKind;
import org.carebridge.care.allowance.entity.RunStatus;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One payment line: for a run's page (child named) or a child's funding view (scheme and fund named),
 * with its reference in the bank file and what the bank said of it.
 */
public record LineView(long id, long runId, String scheme, String fund, long childId, String childName,
                       YearMonth forMonth, LineKind kind, String payee, BigDecimal amount, String snapshot,
                       RunStatus runStatus, String reference, BankStatus bankStatus, String bankReason,
                       Long rechargeFundId) {
}
