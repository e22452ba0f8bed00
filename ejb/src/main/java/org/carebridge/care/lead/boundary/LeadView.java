package org.carebridge.care.lead.boundary;

import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.lead.entity.Lead;
import org.carebridge.care.lead.entity.LeadSource;
import org.carebridge.care.lead.entity.LeadStatus;

import java.time.Instant;
import java.util.Set;

/** A lead as lists and the API show it (resident ID masked). */
public record LeadView(long id, String childName, String residentIdMasked, String foundAt, String regionCode,
                       LeadSource source, Set<ChildCategory> categories, String note, String reportedBy,
                       String assignee, LeadStatus status, String closeReason, Long childId, Instant createdAt,
                       long version) {

    static LeadView of(Lead l) {
        return new LeadView(l.getId(), l.getChildName().value(),
                l.getResidentId() == null ? null : l.getResidentId().masked(), l.getFoundAt(),
                l.getRegionCode() == null ? null : l.getRegionCode().value(), l.getSource(), l.getCategories(),
                l.getNote(), l.getReportedBy(), l.getAssignee(), l.getStatus(), l.getCloseReason(), l.getChildId(),
                l.getCreatedAt(), l.getVersion());
    }
}
