package org.carebridge.care.figures.boundary;

import org.carebridge.care.figures.control.TemplateText;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkReportsTemplateTest {

    @Test
    void thePortalsOwnTextNamesOnlyKnownFiguresAndTypesNoNumber() {
        Set<String> known = Set.copyOf(WorkReports.PLACEHOLDERS);
        TemplateText.check(WorkReports.DEFAULT_TITLE, known);
        TemplateText.check(WorkReports.DEFAULT_BODY, known);
        // Four numbered parts, as in the source report, and every figure but the rates' table label used.
        assertThat(TemplateText.paragraphs(WorkReports.DEFAULT_BODY)).hasSize(5);
        for (String p : WorkReports.PLACEHOLDERS) {
            assertThat(WorkReports.DEFAULT_BODY + WorkReports.DEFAULT_TITLE).as(p).contains("{{" + p + "}}");
        }
    }

    @Test
    void everyPlaceholderButTheTextOnesHasAnAppendixLabel() {
        for (String p : WorkReports.PLACEHOLDERS) {
            if (!p.equals("scope") && !p.equals("period") && !p.equals("rates")) {
                assertThat(WorkReports.LABELS).as(p).containsKey(p);
            }
        }
    }
}
