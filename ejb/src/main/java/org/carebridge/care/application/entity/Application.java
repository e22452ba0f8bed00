package org.carebridge.care.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.LocalDates;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An application for support for one child, with who did each step and why. The person who decides
 * is never the person who submitted (maker ≠ checker).
 */
@Entity
@Table(name = "cb_application")
public class Application extends TenantOwned {

    public static final int TEXT_LENGTH = 500;
    public static final int PAYER_LENGTH = 200;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String reason;

    @Column(name = "submitted_by", nullable = false, length = 80)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "checked_by", length = 80)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "check_note", length = TEXT_LENGTH)
    private String checkNote;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = TEXT_LENGTH)
    private String decisionNote;

    @Column(name = "confirmation_deadline")
    private LocalDate confirmationDeadline;

    @Column(name = "fallback_payer", length = PAYER_LENGTH)
    private String fallbackPayer;

    protected Application() {
    }

    /** A new application; on the help-first track support starts now and must be confirmed within the days given. */
    public Application(long childId, Track track, String reason, String submittedBy, int confirmationDays) {
        if (track == null) {
            throw new ValidationException("application.track.required");
        }
        this.reason = text(reason, "application.reason.required");
        this.childId = childId;
        this.track = track;
        this.submittedBy = submittedBy;
        this.submittedAt = Instant.now();
        this.reference = newReference(submittedAt);
        if (track == Track.HELP_FIRST) {
            this.status = ApplicationStatus.SUPPORTING;
            this.confirmationDeadline = LocalDates.today().plusDays(confirmationDays);
        } else {
            this.status = ApplicationStatus.SUBMITTED;
        }
    }

    /** The street/township check of a normal application: passed on to the district, or rejected. */
    public void streetCheck(String checker, boolean passed, String note) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ValidationException("application.status.wrong", status);
        }
        this.checkNote = passed ? optional(note) : text(note, "application.note.required");
        this.checkedBy = checker;
        this.checkedAt = Instant.now();
        this.status = passed ? ApplicationStatus.STREET_CHECKED : ApplicationStatus.REJECTED;
    }

    /** The district's decision on a street-checked application. */
    public void decide(String approver, boolean approve, String note) {
        if (status != ApplicationStatus.STREET_CHECKED) {
            throw new ValidationException("application.status.wrong", status);
        }
        record(approver, approve ? optional(note) : text(note, "application.note.required"));
        this.status = approve ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
    }

    /** Confirms a help-first case once its papers are complete. */
    public void confirm(String approver, String note) {
        if (status != ApplicationStatus.SUPPORTING) {
            throw new ValidationException("application.status.wrong", status);
        }
        record(approver, optional(note));
        this.status = ApplicationStatus.CONFIRMED;
    }

    /**
     * Rejects a help-first case after support was given: records who pays for what was already given
     * (the funding issue books it; it is never recovered from the family).
     */
    public void rejectAfterHelp(String approver, String note, String payer) {
        if (status != ApplicationStatus.SUPPORTING) {
            throw new ValidationException("application.status.wrong", status);
        }
        String p = payer == null ? "" : payer.strip();
        if (p.isEmpty()) {
            throw new ValidationException("application.fallbackPayer.required");
        }
        if (p.length() > PAYER_LENGTH) {
            throw new ValidationException("application.fallbackPayer.length", PAYER_LENGTH);
        }
        record(approver, text(note, "application.note.required"));
        this.fallbackPayer = p;
        this.status = ApplicationStatus.REJECTED;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ApplicationStatus.SUPPORTING && confirmationDeadline.isBefore(today);
    }

    private void record(String approver, String note) {
        if (approver == null || approver.equals(submittedBy)) {
            throw new AccessDeniedException("application.makerChecker");
        }
        this.decidedBy = approver;
        this.decidedAt = Instant.now();
        this.decisionNote = note;
    }

    private static String text(String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(requiredKey);
        }
        if (value.strip().length() > TEXT_LENGTH) {
            throw new ValidationException("application.text.length", TEXT_LENGTH);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : text(value, "application.note.required");
    }

    /** {@code SQ} + the submission date + six random characters, e.g. {@code SQ261128K7Q2MX}. */
    static String newReference(Instant at) {
        StringBuilder b = new StringBuilder("SQ").append(DateTimeFormatter.ofPattern("yyMMdd").withZone(LocalDates.CHINA).format(at));
        for (int i = 0; i < 6; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public String getReference() {
        return reference;
    }

    public long getChildId() {
        return childId;
    }

    public Track getTrack() {
        return track;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getConfirmationDeadline() {
        return confirmationDeadline;
    }

    public String getFallbackPayer() {
        return fallbackPayer;
    }
}
