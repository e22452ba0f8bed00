package org.carebridge.care.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;

/** A change a family reports through the status page: a task for the district (OPEN → DONE), never an edit. */
@Entity
@Table(name = "cb_family_report")
public class FamilyReport extends TenantOwned {

    public static final int MAX_LENGTH = 500;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportKind what;

    @Column(nullable = false, length = MAX_LENGTH, updatable = false)
    private String detail;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(name = "handled_by", length = 80)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected FamilyReport() {
    }

    public FamilyReport(long childId, ReportKind what, String detail, Instant now) {
        if (what == null) {
            throw new ValidationException("family.report.kind.required");
        }
        String d = detail == null ? "" : detail.strip();
        if (d.isEmpty() || d.length() > MAX_LENGTH) {
            throw new ValidationException("family.report.detail.required", MAX_LENGTH);
        }
        this.childId = childId;
        this.what = what;
        this.detail = d;
        this.reportedAt = now;
        this.status = "OPEN";
    }

    public void handled(String by, Instant now) {
        if (!"OPEN".equals(status)) {
            throw new ConflictException("family.report.handled");
        }
        this.status = "DONE";
        this.handledBy = by;
        this.handledAt = now;
    }

    public long getChildId() {
        return childId;
    }

    public ReportKind getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getStatus() {
        return status;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}
