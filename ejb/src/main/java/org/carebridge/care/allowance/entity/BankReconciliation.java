package org.carebridge.care.allowance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;

/** One bank result file imported for a paid run (once per file: its SHA-256), with its counts. */
@Entity
@Table(name = "cb_bank_reconciliation")
public class BankReconciliation extends TenantOwned {

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
    private String fileSha256;

    @Column(name = "file_name", length = 200, updatable = false)
    private String fileName;

    @Column(name = "imported_by", nullable = false, length = 80, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(nullable = false)
    private int matched;

    @Column(nullable = false)
    private int failed;

    @Column(nullable = false)
    private int unmatched;

    protected BankReconciliation() {
    }

    public BankReconciliation(long runId, String fileSha256, String fileName, String importedBy, Instant importedAt) {
        this.runId = runId;
        this.fileSha256 = fileSha256;
        String n = fileName == null ? null : fileName.strip();
        this.fileName = n == null || n.isEmpty() ? null : n.length() > 200 ? n.substring(0, 200) : n;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public void counted(int rows, int matchedRows, int failedRows, int unmatchedRows) {
        this.rowCount = rows;
        this.matched = matchedRows;
        this.failed = failedRows;
        this.unmatched = unmatchedRows;
    }

    public long getRunId() {
        return runId;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getMatched() {
        return matched;
    }

    public int getFailed() {
        return failed;
    }

    public int getUnmatched() {
        return unmatched;
    }
}
