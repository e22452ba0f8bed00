package org.carebridge.funding.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to a published tender: when, by whom, why, and which terms changed (a history, never edited). */
@Entity
@Table(name = "cb_tender_amendment")
public class TenderAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tender_id", nullable = false)
    private long tenderId;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false, length = 80)
    private String amendedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 1000)
    private String changes;

    protected TenderAmendment() {
    }

    /** The reason an amendment needs: given, at most 500 characters. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new org.carebridge.core.error.ValidationException("tender.amendReason.required");
        }
        return reason.strip();
    }

    public TenderAmendment(long tenderId, String amendedBy, String reason, String changes, Instant at) {
        requireReason(reason);
        this.tenderId = tenderId;
        this.amendedBy = amendedBy;
        this.reason = reason.strip();
        this.changes = changes.length() > 1000 ? changes.substring(0, 1000) : changes;
        this.amendedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTenderId() {
        return tenderId;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public String getAmendedBy() {
        return amendedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getChanges() {
        return changes;
    }
}
