package org.carebridge.care.application.boundary;

import org.carebridge.care.application.entity.Application;
import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.care.application.entity.Track;

import java.time.Instant;
import java.time.LocalDate;

/** An application with each step: who, when, why. */
public record ApplicationView(long id, String reference, long childId, String childName, Track track,
                              ApplicationStatus status, String reason, String submittedBy, Instant submittedAt,
                              String checkedBy, Instant checkedAt, String checkNote, String decidedBy,
                              Instant decidedAt, String decisionNote, LocalDate confirmationDeadline,
                              boolean overdue, String fallbackPayer, long version) {

    static ApplicationView of(Application a, String childName, LocalDate today) {
        return new ApplicationView(a.getId(), a.getReference(), a.getChildId(), childName, a.getTrack(), a.getStatus(),
                a.getReason(), a.getSubmittedBy(), a.getSubmittedAt(), a.getCheckedBy(), a.getCheckedAt(),
                a.getCheckNote(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionNote(),
                a.getConfirmationDeadline(), a.isOverdue(today), a.getFallbackPayer(), a.getVersion());
    }
}
