package org.carebridge.care.visit.boundary;

import org.carebridge.care.child.entity.Need;
import org.carebridge.care.visit.entity.Visit;
import org.carebridge.care.visit.entity.VisitStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A visit as lists and its page show it; {@code actions} is filled only when one visit is read. */
public record VisitView(long id, long childId, String childName, LocalDate plannedOn, String socialWorker,
                        String childDirector, String volunteer, VisitStatus status, boolean overdue,
                        LocalDate visitedOn, String findings, Set<Need> needs, String cancelReason, String plannedBy,
                        String recordedBy, List<ActionView> actions) {

    static VisitView of(Visit v, String childName, LocalDate today, List<ActionView> actions) {
        return new VisitView(v.getId(), v.getChildId(), childName, v.getPlannedOn(), v.getSocialWorker(),
                v.getChildDirector(), v.getVolunteer(), v.getStatus(), v.isOverdueOn(today), v.getVisitedOn(),
                v.getFindings(), v.getNeeds(), v.getCancelReason(), v.getPlannedBy(), v.getRecordedBy(),
                actions);
    }
}
