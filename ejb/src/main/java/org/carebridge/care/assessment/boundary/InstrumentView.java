package org.carebridge.care.assessment.boundary;

import org.carebridge.care.assessment.entity.AssessmentInstrument;

import java.util.List;

/** An instrument revision with its items, as forms and the API show it. */
public record InstrumentView(long id, int revision, String name, int lowMax, int mediumMax, boolean active,
                             List<Item> items) {

    /** One question. */
    public record Item(String code, String textZh, String textEn, int weight, int maxScore) {
    }

    static InstrumentView of(AssessmentInstrument i) {
        return new InstrumentView(i.getId(), i.getRevision(), i.getName(), i.getLowMax(), i.getMediumMax(),
                i.isActive(), i.getItems().stream().map(it -> new Item(it.getCode(), it.getTextZh(), it.getTextEn(),
                it.getWeight(), it.getMaxScore())).toList());
    }
}
