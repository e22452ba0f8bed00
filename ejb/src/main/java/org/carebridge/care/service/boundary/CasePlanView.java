package org.carebridge.care.service.boundary;

import org.carebridge.care.child.entity.Need;
import org.carebridge.care.service.entity.CasePlan;
import org.carebridge.core.value.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A case plan revision. */
public record CasePlanView(long id, long childId, int revision, boolean current, Set<Need> needs, String goals,
                           Set<ServiceType> plannedServices, LocalDate reviewOn, boolean reviewDue, String createdBy,
                           Instant createdAt) {

    static CasePlanView of(CasePlan p, LocalDate today) {
        return new CasePlanView(p.getId(), p.getChildId(), p.getRevision(), p.isCurrent(), p.getNeeds(), p.getGoals(),
                p.getPlannedServices(), p.getReviewOn(), p.isReviewDueOn(today), p.getCreatedBy(), p.getCreatedAt());
    }
}
