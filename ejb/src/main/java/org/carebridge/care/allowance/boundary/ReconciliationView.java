package org.carebridge.care.allowance.boundary;

import org.carebridge.care.allowance.entity.BankReconciliation;

import java.time.Instant;

/** An imported bank result file: rows matched (paid), failed (returned, payable again) and unmatched. */
public record ReconciliationView(long id, long runId, String fileName, String importedBy, Instant importedAt, int rows,
                                 int matched, int failed, int unmatched, boolean repeated) {

    static ReconciliationView of(BankReconciliation r, boolean repeated) {
        return new ReconciliationView(r.getId(), r.getRunId(), r.getFileName(), r.getImportedBy(), r.getImportedAt(),
                r.getRowCount(), r.getMatched(), r.getFailed(), r.getUnmatched(), repeated);
    }
}
