package org.carebridge.care.visit.boundary;

import org.carebridge.care.child.entity.Need;
import org.carebridge.care.visit.entity.ActionStatus;
import org.carebridge.care.visit.entity.FollowUpAction;

import java.time.LocalDate;

/** A follow-up action with the child it is for. */
public record ActionView(long id, long visitId, long childId, String childName, Need need, String description,
                         String owner, LocalDate dueOn, ActionStatus status, boolean overdue, String doneNote,
                         String doneBy) {

    static ActionView of(FollowUpAction a, String childName, LocalDate today) {
        return new ActionView(a.getId(), a.getVisitId(), a.getChildId(), childName, a.getNeed(), a.getDescription(),
                a.getOwner(), a.getDueOn(), a.getStatus(), a.isOverdueOn(today), a.getDoneNote(), a.getDoneBy());
    }
}
