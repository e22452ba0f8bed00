package org.carebridge.care.visit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.care.child.entity.Need;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.EnumSetColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A home visit (巡视探访) to a child by a team — a social worker and the child director, with a
 * volunteer when one goes along. Planned for a day; recorded once with what was found and the needs
 * identified, or cancelled with a reason. A planned visit whose day has passed is overdue.
 */
@Entity
@Table(name = "cb_visit")
public class Visit extends TenantOwned {

    public static final int FINDINGS_LENGTH = 2000;
    public static final int REASON_LENGTH = 500;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "social_worker", nullable = false, length = 80)
    private String socialWorker;

    @Column(name = "child_director", nullable = false, length = 80)
    private String childDirector;

    @Column(length = 80)
    private String volunteer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VisitStatus status;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(length = FINDINGS_LENGTH)
    private String findings;

    /** The needs identified, in {@link EnumSetColumn} form. */
    @Column(nullable = false, length = 100)
    private String needs;

    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    @Column(name = "planned_by", nullable = false, length = 80)
    private String plannedBy;

    @Column(name = "recorded_by", length = 80)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Visit() {
    }

    /**
     * Plans a visit on {@code plannedOn}, which may not be before {@code today} nor more than a year
     * ahead. The social worker and the child director are required and are two different people.
     */
    public Visit(long childId, LocalDate plannedOn, String socialWorker, String childDirector, String volunteer,
                 String plannedBy, LocalDate today) {
        if (plannedOn == null || plannedOn.isBefore(today) || plannedOn.isAfter(today.plusYears(1))) {
            throw new ValidationException("visit.plannedOn.range");
        }
        if (socialWorker == null || childDirector == null) {
            throw new ValidationException("visit.team.required");
        }
        if (socialWorker.equals(childDirector)
                || volunteer != null && (volunteer.equals(socialWorker) || volunteer.equals(childDirector))) {
            throw new ValidationException("visit.team.distinct");
        }
        this.childId = childId;
        this.plannedOn = plannedOn;
        this.socialWorker = socialWorker;
        this.childDirector = childDirector;
        this.volunteer = volunteer;
        this.status = VisitStatus.PLANNED;
        this.needs = EnumSetColumn.encode(Set.<Need>of());
        this.plannedBy = plannedBy;
    }

    /** Records the visit as done on {@code visitedOn} (not in the future) with findings and needs. */
    public void record(LocalDate visitedOn, String findingsText, Set<Need> identified, String by, LocalDate today) {
        if (status != VisitStatus.PLANNED) {
            throw new ConflictException("visit.notPlanned");
        }
        if (visitedOn == null || visitedOn.isAfter(today) || visitedOn.isBefore(plannedOn.minusDays(60))) {
            throw new ValidationException("visit.visitedOn.range");
        }
        if (findingsText == null || findingsText.isBlank()) {
            throw new ValidationException("visit.findings.required");
        }
        if (findingsText.strip().length() > FINDINGS_LENGTH) {
            throw new ValidationException("visit.findings.length", FINDINGS_LENGTH);
        }
        this.visitedOn = visitedOn;
        this.findings = findingsText.strip();
        this.needs = EnumSetColumn.encode(identified);
        this.status = VisitStatus.DONE;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public void cancel(String reason, String by) {
        if (status != VisitStatus.PLANNED) {
            throw new ConflictException("visit.notPlanned");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("visit.cancelReason.required");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new ValidationException("visit.cancelReason.length", REASON_LENGTH);
        }
        this.cancelReason = reason.strip();
        this.status = VisitStatus.CANCELLED;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public boolean isOverdueOn(LocalDate today) {
        return status == VisitStatus.PLANNED && plannedOn.isBefore(today);
    }

    /** Whether the username is one of the team. */
    public boolean isOnTeam(String username) {
        return Stream.of(socialWorker, childDirector, volunteer).anyMatch(m -> m != null && m.equals(username));
    }

    public long getChildId() {
        return childId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getSocialWorker() {
        return socialWorker;
    }

    public String getChildDirector() {
        return childDirector;
    }

    public String getVolunteer() {
        return volunteer;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public Set<Need> getNeeds() {
        return EnumSetColumn.decode(Need.class, needs);
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
