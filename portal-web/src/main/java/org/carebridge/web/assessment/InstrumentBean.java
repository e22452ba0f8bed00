package org.carebridge.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.assessment.boundary.Assessments;
import org.carebridge.care.assessment.boundary.InstrumentView;
import org.carebridge.care.assessment.entity.AssessmentInstrument;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.web.faces.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The district administrator's editor of the guardianship-capacity questionnaire: the active
 * revision is copied into a draft; saving writes the next revision (earlier assessments keep theirs).
 */
@Named
@ViewScoped
public class InstrumentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable question. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String textZh;
        private String textEn;
        private int weight = 1;
        private int maxScore = 4;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTextZh() {
            return textZh;
        }

        public void setTextZh(String textZh) {
            this.textZh = textZh;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public int getWeight() {
            return weight;
        }

        public void setWeight(int weight) {
            this.weight = weight;
        }

        public int getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(int maxScore) {
            this.maxScore = maxScore;
        }
    }

    @Inject
    Assessments assessments;

    private InstrumentView active;
    private String name;
    private int lowMax = 30;
    private int mediumMax = 60;
    private final List<Row> rows = new ArrayList<>();

    public void load() {
        if (active != null || !rows.isEmpty()) {
            return;
        }
        try {
            active = assessments.activeInstrument();
            name = active.name();
            lowMax = active.lowMax();
            mediumMax = active.mediumMax();
            for (InstrumentView.Item i : active.items()) {
                Row r = new Row();
                r.code = i.code();
                r.textZh = i.textZh();
                r.textEn = i.textEn();
                r.weight = i.weight();
                r.maxScore = i.maxScore();
                rows.add(r);
            }
        } catch (NotFoundException e) {
            rows.add(new Row());
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void save() {
        active = assessments.revise(name, lowMax, mediumMax, rows.stream().map(r -> new AssessmentInstrument.ItemData(
                r.code, r.textZh, r.textEn, r.weight, r.maxScore)).toList());
        Messages.info("assessment.instrument.saved", active.revision());
    }

    public InstrumentView getActive() {
        return active;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getLowMax() {
        return lowMax;
    }

    public void setLowMax(int lowMax) {
        this.lowMax = lowMax;
    }

    public int getMediumMax() {
        return mediumMax;
    }

    public void setMediumMax(int mediumMax) {
        this.mediumMax = mediumMax;
    }
}
