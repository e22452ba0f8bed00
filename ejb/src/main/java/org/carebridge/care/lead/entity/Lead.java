package org.carebridge.care.lead.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.RegionCodeConverter;
import org.carebridge.core.value.ResidentId;
import org.carebridge.core.value.ResidentIdConverter;

import java.time.Instant;
import java.util.Set;

/** A child who may qualify for support, as found by front-line staff or by data matching (主动发现). */
@Entity
@Table(name = "cb_lead")
public class Lead extends TenantOwned {

    public static final int FOUND_AT_LENGTH = 200;
    public static final int NOTE_LENGTH = 500;
    public static final int REASON_LENGTH = 200;

    @Column(name = "child_name", nullable = false, length = PersonName.MAX_LENGTH)
    private String childName;

    @Convert(converter = ResidentIdConverter.class)
    @Column(name = "resident_id", length = 18)
    private ResidentId residentId;

    @Column(name = "found_at", nullable = false, length = FOUND_AT_LENGTH)
    private String foundAt;

    @Convert(converter = RegionCodeConverter.class)
    @Column(name = "region_code", length = 12)
    private RegionCode regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LeadSource source;

    @Column(nullable = false, length = 200)
    private String categories;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "reported_by", nullable = false, length = 80)
    private String reportedBy;

    @Column(length = 80)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LeadStatus status;

    @Column(name = "close_reason", length = REASON_LENGTH)
    private String closeReason;

    @Column(name = "child_id")
    private Long childId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Lead() {
    }

    public Lead(PersonName childName, ResidentId residentId, String foundAt, RegionCode region, LeadSource source,
                Set<ChildCategory> suspected, String note, String reportedBy) {
        if (childName == null) {
            throw new ValidationException("value.name.required");
        }
        if (foundAt == null || foundAt.isBlank()) {
            throw new ValidationException("lead.foundAt.required");
        }
        if (foundAt.strip().length() > FOUND_AT_LENGTH) {
            throw new ValidationException("lead.foundAt.length", FOUND_AT_LENGTH);
        }
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            throw new ValidationException("lead.note.length", NOTE_LENGTH);
        }
        if (source == null) {
            throw new ValidationException("lead.source.required");
        }
        this.childName = childName.value();
        this.residentId = residentId;
        this.foundAt = foundAt.strip();
        this.regionCode = region;
        this.source = source;
        this.categories = ChildCategory.encode(suspected);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.reportedBy = reportedBy;
        this.status = LeadStatus.OPEN;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void assignTo(String username) {
        requireOpen();
        if (username == null || username.isBlank()) {
            throw new ValidationException("lead.assignee.required");
        }
        this.assignee = username;
        this.status = LeadStatus.ASSIGNED;
        touch();
    }

    /** Records a follow-up; the note replaces the last one (the audit trail keeps them all). */
    public void followUp(String followUpNote) {
        requireOpen();
        if (followUpNote == null || followUpNote.isBlank()) {
            throw new ValidationException("lead.note.required");
        }
        if (followUpNote.strip().length() > NOTE_LENGTH) {
            throw new ValidationException("lead.note.length", NOTE_LENGTH);
        }
        this.note = followUpNote.strip();
        this.status = LeadStatus.FOLLOWING_UP;
        touch();
    }

    public void convertedTo(long child) {
        requireOpen();
        this.childId = child;
        this.status = LeadStatus.CONVERTED;
        touch();
    }

    public void close(String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("lead.close.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new ValidationException("lead.close.reasonLength", REASON_LENGTH);
        }
        this.closeReason = reason.strip();
        this.status = LeadStatus.CLOSED;
        touch();
    }

    private void requireOpen() {
        if (status.isFinished()) {
            throw new ValidationException("lead.finished");
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public PersonName getChildName() {
        return PersonName.of(childName);
    }

    public ResidentId getResidentId() {
        return residentId;
    }

    public String getFoundAt() {
        return foundAt;
    }

    public RegionCode getRegionCode() {
        return regionCode;
    }

    public LeadSource getSource() {
        return source;
    }

    public Set<ChildCategory> getCategories() {
        return ChildCategory.decode(categories);
    }

    public String getNote() {
        return note;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getAssignee() {
        return assignee;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Long getChildId() {
        return childId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
