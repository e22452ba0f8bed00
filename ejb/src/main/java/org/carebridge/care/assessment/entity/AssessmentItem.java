package org.carebridge.care.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

/** One question of the instrument: answered with a score from 0 (no concern) to its maximum, weighted. */
@Entity
@Table(name = "cb_assessment_item")
public class AssessmentItem extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private AssessmentInstrument instrument;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "text_zh", nullable = false, length = 300)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 300)
    private String textEn;

    @Column(nullable = false)
    private int weight;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    protected AssessmentItem() {
    }

    AssessmentItem(AssessmentInstrument instrument, int position, String code, String textZh, String textEn, int weight,
                   int maxScore) {
        if (code == null || !code.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new ValidationException("assessment.item.code", code);
        }
        if (textZh == null || textZh.isBlank() || textZh.length() > 300 || textEn == null || textEn.isBlank()
                || textEn.length() > 300) {
            throw new ValidationException("assessment.item.text", code);
        }
        if (weight < 1 || weight > 100 || maxScore < 1 || maxScore > 10) {
            throw new ValidationException("assessment.item.range", code);
        }
        this.instrument = instrument;
        this.position = position;
        this.code = code;
        this.textZh = textZh.strip();
        this.textEn = textEn.strip();
        this.weight = weight;
        this.maxScore = maxScore;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public int getWeight() {
        return weight;
    }

    public int getMaxScore() {
        return maxScore;
    }
}
