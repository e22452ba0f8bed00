package org.carebridge.care.assessment.boundary;

import org.carebridge.care.assessment.entity.Assessment;
import org.carebridge.care.assessment.entity.Risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An assessment as the child's history shows it. */
public record AssessmentView(long id, long childId, int instrumentRevision, Map<String, Integer> answers, int score,
                             Risk risk, String recommendations, LocalDate reassessOn, String assessedBy,
                             Instant assessedAt) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.getId(), a.getChildId(), a.getInstrument().getRevision(), a.getAnswers(),
                a.getScore(), a.getRisk(), a.getRecommendations(), a.getReassessOn(), a.getAssessedBy(),
                a.getAssessedAt());
    }
}
