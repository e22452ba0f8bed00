package org.carebridge.care.enrolment.boundary;

import org.carebridge.care.enrolment.entity.Enrolment;
import org.carebridge.care.enrolment.entity.EnrolmentStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * An enrolment as one side sees it. The district sees the child's id; the provider never does, and
 * sees the {@code grant} (and age) only while the enrolment is open and the project runs.
 */
public record EnrolmentView(long id, long projectId, Long childId, Enrolment.Grant grant, Integer age,
                            EnrolmentStatus status, LocalDate enrolledOn, String enrolledBy, LocalDate endedOn,
                            String endReason, Long movedToId) {

    static EnrolmentView forDistrict(Enrolment e, LocalDate today) {
        return new EnrolmentView(e.getId(), e.getProjectId(), e.getChildId(), e.getGrant(), age(e, today),
                e.getStatus(), e.getEnrolledOn(), e.getEnrolledBy(), e.getEndedOn(), e.getEndReason(), e.getMovedToId());
    }

    static EnrolmentView forProvider(Enrolment e, boolean sees, LocalDate today) {
        return new EnrolmentView(e.getId(), e.getProjectId(), null, sees ? e.getGrant() : null,
                sees ? age(e, today) : null, e.getStatus(), e.getEnrolledOn(), null, e.getEndedOn(),
                sees ? e.getEndReason() : null, null);
    }

    private static int age(Enrolment e, LocalDate today) {
        return (int) YearMonth.parse(e.getGrant().birthMonth()).until(YearMonth.from(today), ChronoUnit.YEARS);
    }
}
