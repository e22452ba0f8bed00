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

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something a visit found that someone must do: for a need, with an owner and a due date. Open until
 * done; an open action past its due date is overdue.
 */
@Entity
@Table(name = "cb_follow_up_action")
public class FollowUpAction extends TenantOwned {

    public static final int DESCRIPTION_LENGTH = 500;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Need need;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = 80)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionStatus status;

    @Column(name = "done_note", length = DESCRIPTION_LENGTH)
    private String doneNote;

    @Column(name = "done_by", length = 80)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    protected FollowUpAction() {
    }

    /** An action arising from a recorded visit, due no earlier than the visit and within a year of today. */
    public FollowUpAction(Visit visit, Need need, String description, String owner, LocalDate dueOn, String createdBy,
                          LocalDate today) {
        if (visit.getStatus() != VisitStatus.DONE) {
            throw new ConflictException("visit.action.notDone");
        }
        if (need == null) {
            throw new ValidationException("visit.action.need.required");
        }
        if (description == null || description.isBlank()) {
            throw new ValidationException("visit.action.description.required");
        }
        if (description.strip().length() > DESCRIPTION_LENGTH) {
            throw new ValidationException("visit.action.description.length", DESCRIPTION_LENGTH);
        }
        if (dueOn == null || dueOn.isBefore(visit.getVisitedOn()) || dueOn.isAfter(today.plusYears(1))) {
            throw new ValidationException("visit.action.dueOn.range");
        }
        this.visitId = visit.getId();
        this.childId = visit.getChildId();
        this.need = need;
        this.description = description.strip();
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.createdBy = createdBy;
    }

    public void complete(String note, String by) {
        if (status != ActionStatus.OPEN) {
            throw new ConflictException("visit.action.alreadyDone");
        }
        if (note != null && note.strip().length() > DESCRIPTION_LENGTH) {
            throw new ValidationException("visit.action.note.length", DESCRIPTION_LENGTH);
        }
        this.doneNote = note == null || note.isBlank() ? null : note.strip();
        this.doneBy = by;
        this.doneAt = Instant.now();
        this.status = ActionStatus.DONE;
    }

    public boolean isOverdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }

    public Long getVisitId() {
        return visitId;
    }

    public long getChildId() {
        return childId;
    }

    public Need getNeed() {
        return need;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
