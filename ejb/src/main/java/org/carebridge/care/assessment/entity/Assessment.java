package org.carebridge.care.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One guardianship-capacity assessment of a child, scored with the instrument revision of its day. */
@Entity
@Table(name = "cb_assessment")
public class Assessment extends TenantOwned {

    public static final int RECOMMENDATIONS_LENGTH = 1000;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private AssessmentInstrument instrument;

    /** "code=score;code=score" in item order. */
    @Column(nullable = false, length = 1000)
    private String answers;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Risk risk;

    @Column(length = RECOMMENDATIONS_LENGTH)
    private String recommendations;

    @Column(name = "reassess_on", nullable = false)
    private LocalDate reassessOn;

    @Column(name = "assessed_by", nullable = false, length = 80)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected Assessment() {
    }

    public Assessment(long childId, AssessmentInstrument instrument, Map<String, Integer> given, String recommendations,
                      LocalDate reassessOn, LocalDate today, String assessedBy) {
        this.score = instrument.score(given);
        this.risk = instrument.risk(score);
        if (reassessOn == null || !reassessOn.isAfter(today) || reassessOn.isAfter(today.plusYears(2))) {
            throw new ValidationException("assessment.reassessOn.range");
        }
        if (risk != Risk.LOW && (recommendations == null || recommendations.isBlank())) {
            throw new ValidationException("assessment.recommendations.required");
        }
        if (recommendations != null && recommendations.strip().length() > RECOMMENDATIONS_LENGTH) {
            throw new ValidationException("assessment.recommendations.length", RECOMMENDATIONS_LENGTH);
        }
        this.childId = childId;
        this.instrument = instrument;
        this.answers = instrument.ordered(given).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        this.recommendations = recommendations == null || recommendations.isBlank() ? null : recommendations.strip();
        this.reassessOn = reassessOn;
        this.assessedBy = assessedBy;
        this.assessedAt = Instant.now();
    }

    public Map<String, Integer> getAnswers() {
        return Arrays.stream(answers.split(";")).map(p -> p.split("="))
                .collect(Collectors.toMap(p -> p[0], p -> Integer.valueOf(p[1]), (a, b) -> a, LinkedHashMap::new));
    }

    public long getChildId() {
        return childId;
    }

    public AssessmentInstrument getInstrument() {
        return instrument;
    }

    public int getScore() {
        return score;
    }

    public Risk getRisk() {
        return risk;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public LocalDate getReassessOn() {
        return reassessOn;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
