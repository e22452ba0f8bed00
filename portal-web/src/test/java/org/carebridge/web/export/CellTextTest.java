package org.carebridge.web.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @ParameterizedTest(name = "[{0}] is neutralised")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\",\"y\")",
            "-¥5.00"})
    void formulaLikeTextGetsAQuote(String text) {
        assertThat(CellText.risky(text)).isTrue();
        assertThat(CellText.forCsv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "[{0}] is kept")
    @ValueSource(strings = {"王小明", "1+1", "a=b", " =1", "'=1", "110101********1234", "¥1,234.50", "2026-11-29"})
    void ordinaryTextIsKept(String text) {
        assertThat(CellText.risky(text)).isFalse();
        assertThat(CellText.forCsv(text)).isEqualTo(text);
    }

    @Test
    void emptyAndMissingTextStayEmpty() {
        assertThat(CellText.risky("")).isFalse();
        assertThat(CellText.risky(null)).isFalse();
        assertThat(CellText.forCsv("")).isEmpty();
        assertThat(CellText.forCsv(null)).isEmpty();
    }
}
