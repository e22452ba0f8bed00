package org.carebridge.care.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A revision of a district's guardianship-capacity questionnaire: items with weights and the score
 * thresholds that separate low, medium and high risk. Revisions are never edited; a new one replaces
 * the active one, and every assessment keeps the revision it was made with.
 */
@Entity
@Table(name = "cb_assessment_instrument")
public class AssessmentInstrument extends TenantOwned {

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String name;

    /** Scores (0–100) up to this are low risk. */
    @Column(name = "low_max", nullable = false)
    private int lowMax;

    /** Scores above {@link #lowMax} up to this are medium risk; above, high. */
    @Column(name = "medium_max", nullable = false)
    private int mediumMax;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AssessmentItem> items = new ArrayList<>();

    protected AssessmentInstrument() {
    }

    /** An item as entered when a revision is written. */
    public record ItemData(String code, String textZh, String textEn, int weight, int maxScore) {
    }

    public AssessmentInstrument(int revision, String name, int lowMax, int mediumMax, List<ItemData> itemData,
                                String createdBy) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new ValidationException("assessment.instrument.name");
        }
        if (lowMax < 0 || mediumMax <= lowMax || mediumMax >= 100) {
            throw new ValidationException("assessment.instrument.thresholds");
        }
        if (itemData == null || itemData.isEmpty() || itemData.size() > 50) {
            throw new ValidationException("assessment.instrument.items");
        }
        this.revision = revision;
        this.name = name.strip();
        this.lowMax = lowMax;
        this.mediumMax = mediumMax;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        Set<String> codes = new HashSet<>();
        int position = 0;
        for (ItemData d : itemData) {
            if (!codes.add(d.code())) {
                throw new ValidationException("assessment.item.duplicate", d.code());
            }
            items.add(new AssessmentItem(this, position++, d.code(), d.textZh(), d.textEn(), d.weight(), d.maxScore()));
        }
    }

    public void retire() {
        active = false;
    }

    /**
     * The weighted score 0–100 of a set of answers (item code → score): every item must be answered
     * within its range, and nothing else may be.
     */
    public int score(Map<String, Integer> answers) {
        if (answers == null) {
            throw new ValidationException("assessment.answers.missing", items.get(0).getCode());
        }
        long achieved = 0;
        long possible = 0;
        for (AssessmentItem item : items) {
            Integer a = answers.get(item.getCode());
            if (a == null) {
                throw new ValidationException("assessment.answers.missing", item.getCode());
            }
            if (a < 0 || a > item.getMaxScore()) {
                throw new ValidationException("assessment.answers.range", item.getCode(), item.getMaxScore());
            }
            achieved += (long) a * item.getWeight();
            possible += (long) item.getMaxScore() * item.getWeight();
        }
        for (String code : answers.keySet()) {
            if (items.stream().noneMatch(i -> i.getCode().equals(code))) {
                throw new ValidationException("assessment.answers.unknown", code);
            }
        }
        return (int) Math.round(achieved * 100.0 / possible);
    }

    public Risk risk(int score) {
        return score <= lowMax ? Risk.LOW : score <= mediumMax ? Risk.MEDIUM : Risk.HIGH;
    }

    /** Answers in item order, for storing with the assessment. */
    public Map<String, Integer> ordered(Map<String, Integer> answers) {
        Map<String, Integer> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.getCode(), answers.get(i.getCode())));
        return out;
    }

    public int getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    public int getLowMax() {
        return lowMax;
    }

    public int getMediumMax() {
        return mediumMax;
    }

    public boolean isActive() {
        return active;
    }

    public List<AssessmentItem> getItems() {
        return List.copyOf(items);
    }
}
