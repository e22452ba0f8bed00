package org.carebridge.care.allowance.control;

import java.time.YearMonth;

/**
 * Fired, synchronously and inside the run's transaction, as a payment run computes: once when the
 * children are known ({@code done} 0) and as lines are written. {@link RunProgress} keeps the latest
 * step for the page; an observer that throws aborts the run and the transaction rolls back whole.
 */
public record RunStep(long tenantId, long schemeId, String schemeName, YearMonth month, int done, int total) {
}
