package org.carebridge.care.figures.control;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextTest {

    private static final Set<String> KNOWN = Set.of("visitsDone", "scope");

    @Test
    void fillsPlaceholdersAndSplitsParagraphs() {
        String text = "一是{{scope}}共走访{{ visitsDone }}次，\n继续加强。\n\n\n二是保障到位。";
        String filled = TemplateText.fill(text, Map.of("visitsDone", "3,200", "scope", "全市"));
        assertThat(TemplateText.paragraphs(filled)).containsExactly("一是全市共走访3,200次，继续加强。", "二是保障到位。");
    }

    @Test
    void refusesUnknownPlaceholdersTypedDigitsAndStrayBraces() {
        assertThatThrownBy(() -> TemplateText.check("共走访{{visits}}次", KNOWN)).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("report.template.unknown");
        assertThatThrownBy(() -> TemplateText.check("共走访3200次", KNOWN)).extracting("messageKey")
                .isEqualTo("report.template.digits");
        assertThatThrownBy(() -> TemplateText.check("共走访３２００次", KNOWN)).extracting("messageKey")
                .isEqualTo("report.template.digits");
        assertThatThrownBy(() -> TemplateText.check("共走访{{visitsDone}次", KNOWN)).extracting("messageKey")
                .isEqualTo("report.template.brace");
        TemplateText.check("一是着力协调，二是精准保障：{{visitsDone}}次。", KNOWN);
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(TemplateText.fill("{{scope}}", Map.of("scope", "$1 \\ 区"))).isEqualTo("$1 \\ 区");
    }
}
