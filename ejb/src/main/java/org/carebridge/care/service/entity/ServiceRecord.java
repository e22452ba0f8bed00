package org.carebridge.care.service.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.ServiceType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One service a child received: what, when, how long, from which organisation and staff, with the
 * outcome and notes that only the district's case staff and the recorder may read. Records are
 * not edited: a wrong one is voided with a reason and a new one written.
 */
@Entity
@Table(name = "cb_service_record")
public class ServiceRecord extends TenantOwned {

    public static final int OUTCOME_LENGTH = 1000;
    public static final int NOTES_LENGTH = 2000;
    public static final int MAX_MINUTES = 24 * 60;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 30)
    private ServiceType type;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;

    /** The tenant whose staff gave the service (the district itself, or a service organisation). */
    @Column(name = "provider_tenant_id", nullable = false)
    private long providerTenantId;

    @Column(nullable = false, length = 100)
    private String staff;

    @Column(length = OUTCOME_LENGTH)
    private String outcome;

    @Column(length = NOTES_LENGTH)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    /** The service project the service was given under, if any (its KPIs count it). */
    @Column(name = "project_id")
    private Long projectId;

    protected ServiceRecord() {
    }

    /** A service delivered on a day within the last year (not in the future), 1 minute to 24 hours long. */
    public ServiceRecord(long childId, ServiceType type, LocalDate deliveredOn, int durationMinutes,
                         String providerName, long providerTenantId, String staff, String outcome, String notes,
                         String recordedBy, LocalDate today) {
        if (type == null) {
            throw new ValidationException("service.type.required");
        }
        if (deliveredOn == null || deliveredOn.isAfter(today) || deliveredOn.isBefore(today.minusYears(1))) {
            throw new ValidationException("service.deliveredOn.range");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new ValidationException("service.duration.range", MAX_MINUTES);
        }
        if (staff == null || staff.isBlank() || staff.strip().length() > 100) {
            throw new ValidationException("service.staff.required");
        }
        if (outcome != null && outcome.strip().length() > OUTCOME_LENGTH) {
            throw new ValidationException("service.outcome.length", OUTCOME_LENGTH);
        }
        if (notes != null && notes.strip().length() > NOTES_LENGTH) {
            throw new ValidationException("service.notes.length", NOTES_LENGTH);
        }
        this.childId = childId;
        this.type = type;
        this.deliveredOn = deliveredOn;
        this.durationMinutes = durationMinutes;
        this.providerName = providerName;
        this.providerTenantId = providerTenantId;
        this.staff = staff.strip();
        this.outcome = blankToNull(outcome);
        this.notes = blankToNull(notes);
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    /** Marks the record as entered in error; it stays visible, struck through, and stops counting. */
    public void voidWith(String reason) {
        if (voidReason != null) {
            throw new org.carebridge.core.error.ConflictException("service.alreadyVoid");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ValidationException("service.voidReason.required");
        }
        this.voidReason = reason.strip();
    }

    /** Names the project the service was given under (set once, when it is recorded). */
    public ServiceRecord underProject(long project) {
        this.projectId = project;
        return this;
    }

    public Long getProjectId() {
        return projectId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long getChildId() {
        return childId;
    }

    public ServiceType getType() {
        return type;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getProviderName() {
        return providerName;
    }

    public long getProviderTenantId() {
        return providerTenantId;
    }

    public String getStaff() {
        return staff;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public boolean isVoid() {
        return voidReason != null;
    }
}
