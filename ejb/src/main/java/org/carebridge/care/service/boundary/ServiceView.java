package org.carebridge.care.service.boundary;

import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.core.value.ServiceType;

import java.time.LocalDate;

/**
 * A service record; {@code notes} is null and {@code notesHidden} true for readers who may not see
 * notes; {@code childId} is null in a providing organisation's view (it never learns the district's id).
 */
public record ServiceView(long id, Long childId, String childName, ServiceType type, LocalDate deliveredOn,
                          int durationMinutes, String providerName, String staff, String outcome, String notes,
                          boolean notesHidden, String recordedBy, String voidReason) {

    /** As the providing organisation sees its own record: its notes, no child id. */
    public static ServiceView ofProvider(ServiceRecord r, String childName) {
        return new ServiceView(r.getId(), null, childName, r.getType(), r.getDeliveredOn(), r.getDurationMinutes(),
                r.getProviderName(), r.getStaff(), r.getOutcome(), r.getNotes(), false, r.getRecordedBy(),
                r.getVoidReason());
    }

    static ServiceView of(ServiceRecord r, String childName, boolean mayReadNotes) {
        boolean hidden = !mayReadNotes && r.getNotes() != null;
        return new ServiceView(r.getId(), r.getChildId(), childName, r.getType(), r.getDeliveredOn(),
                r.getDurationMinutes(), r.getProviderName(), r.getStaff(), r.getOutcome(),
                mayReadNotes ? r.getNotes() : null, hidden, r.getRecordedBy(), r.getVoidReason());
    }
}
