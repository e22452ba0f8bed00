package org.carebridge.care.service.boundary;

import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.care.service.entity.ServiceType;

import java.time.LocalDate;

/** A service record; {@code notes} is null and {@code notesHidden} true for readers who may not see notes. */
public record ServiceView(long id, long childId, String childName, ServiceType type, LocalDate deliveredOn,
                          int durationMinutes, String providerName, String staff, String outcome, String notes,
                          boolean notesHidden, String recordedBy, String voidReason) {

    static ServiceView of(ServiceRecord r, String childName, boolean mayReadNotes) {
        boolean hidden = !mayReadNotes && r.getNotes() != null;
        return new ServiceView(r.getId(), r.getChildId(), childName, r.getType(), r.getDeliveredOn(),
                r.getDurationMinutes(), r.getProviderName(), r.getStaff(), r.getOutcome(),
                mayReadNotes ? r.getNotes() : null, hidden, r.getRecordedBy(), r.getVoidReason());
    }
}
