package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDatesTest {

    @Test
    void parsesRealDates() {
        assertThat(LocalDates.parse(" 2016-02-29 ", "k")).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-29", "2027-02-30", "2026-13-01", "2026-1-5", "26-01-05", "yesterday", " "})
    void refusesImpossibleOrMalformedDatesWithTheCallersKey(String text) {
        assertThatThrownBy(() -> LocalDates.parse(text, "child.birthDate.invalid")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("child.birthDate.invalid");
    }

    @Test
    void todayIsBeijingsDate() {
        assertThat(LocalDates.today()).isEqualTo(LocalDate.now(LocalDates.CHINA));
    }
}
