package org.carebridge.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.assessment.boundary.AssessmentView;
import org.carebridge.care.assessment.boundary.Assessments;
import org.carebridge.care.assessment.boundary.InstrumentView;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** The assessment form ({@code /app/assess.xhtml?child=…}): one score per item of the active instrument. */
@Named
@ViewScoped
public class AssessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    private Long child;
    private InstrumentView instrument;
    private final Map<String, Integer> answers = new HashMap<>();
    private String recommendations;
    private String reassessOn = LocalDates.today().plusMonths(6).toString();

    public void load() {
        if (instrument == null) {
            instrument = assessments.activeInstrument();
            instrument.items().forEach(i -> answers.put(i.code(), 0));
        }
    }

    public String save() {
        AssessmentView a = assessments.assess(child == null ? -1 : child, answers, recommendations, reassessOn);
        Messages.info("assessment.saved", a.score(), Messages.text("assessment.risk." + a.risk()));
        return "/app/child.xhtml?faces-redirect=true&id=" + child;
    }

    public Long getChild() {
        return child;
    }

    public void setChild(Long child) {
        this.child = child;
    }

    public InstrumentView getInstrument() {
        return instrument;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getReassessOn() {
        return reassessOn;
    }

    public void setReassessOn(String reassessOn) {
        this.reassessOn = reassessOn;
    }
}
