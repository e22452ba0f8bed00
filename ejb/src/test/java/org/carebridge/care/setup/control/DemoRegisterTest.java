package org.carebridge.care.setup.control;

import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.ResidentId;
import org.carebridge.core.value.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRegisterTest {

    @Test
    void syntheticIdsAreValidAndCarryDistrictBirthDateAndSex() {
        RegionCode tongzhou = RegionCode.of("110112");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 498; i++) {
            LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(i % 7);
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            ResidentId id = DemoRegister.residentId(tongzhou, birth, sex, i);
            assertThat(ResidentId.isValid(id.value())).isTrue();
            assertThat(id.value()).startsWith("110112");
            assertThat(id.birthDate()).isEqualTo(birth);
            assertThat(id.sex()).isEqualTo(sex);
            assertThat(seen.add(id.value())).as("unique: " + id.value()).isTrue();
        }
    }
}
