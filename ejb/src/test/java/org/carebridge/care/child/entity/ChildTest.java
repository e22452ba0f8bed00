package org.carebridge.care.child.entity;

import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.MobileNumber;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.ResidentId;
import org.carebridge.core.value.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildTest {

    /** 11010520150601003: Dongcheng, born 2015-06-01, sequence 003 (odd: male). */
    private static final ResidentId BOY = ResidentId.of("11010520150601003" + ResidentId.checkCharacter("11010520150601003"));
    private static final LocalDate BIRTH = LocalDate.of(2015, 6, 1);

    private static Child child(EnumSet<ChildCategory> categories) {
        return new Child(PersonName.of("阿依古丽·买买提"), Sex.MALE, BIRTH, BOY, RegionCode.of("110105001"), categories,
                CareSetting.FAMILY);
    }

    private static String key(Throwable t) {
        return ((ValidationException) t).messageKey();
    }

    @Test
    void aNewChildIsDiscoveredWithItsCategories() {
        Child c = child(EnumSet.of(ChildCategory.MIGRANT, ChildCategory.ORPHAN));
        assertThat(c.getStatus()).isEqualTo(ChildStatus.DISCOVERED);
        assertThat(c.getCategories()).containsExactlyInAnyOrder(ChildCategory.ORPHAN, ChildCategory.MIGRANT);
        assertThat(c.getName().value()).isEqualTo("阿依古丽·买买提");
        assertThat(c.getResidentId().masked()).isEqualTo("1101**********" + BOY.value().substring(14));
    }

    @Test
    void theCategoryPatternMatchesWholeNamesOnly() {
        assertThat(ChildCategory.ORPHAN.pattern()).isEqualTo("%,ORPHAN,%");
        assertThat(ChildCategory.encode(EnumSet.of(ChildCategory.MIGRANT, ChildCategory.ORPHAN))).isEqualTo(",ORPHAN,MIGRANT,");
        assertThat(ChildCategory.decode(",")).isEmpty();
        // CHILD_OF_PRISONER must not be found by a search for a shorter name inside it
        Child c = child(EnumSet.of(ChildCategory.CHILD_OF_PRISONER));
        assertThat(c.getCategories()).containsExactly(ChildCategory.CHILD_OF_PRISONER);
    }

    @Test
    void theResidentIdMustAgreeWithSexAndBirthDate() {
        assertThatThrownBy(() -> new Child(PersonName.of("李四"), Sex.FEMALE, BIRTH, BOY, RegionCode.of("110105"),
                EnumSet.of(ChildCategory.ORPHAN), CareSetting.FAMILY)).extracting(ChildTest::key)
                .isEqualTo("child.residentId.mismatch");
        assertThatThrownBy(() -> new Child(PersonName.of("李四"), Sex.MALE, BIRTH.plusDays(1), BOY, RegionCode.of("110105"),
                EnumSet.of(ChildCategory.ORPHAN), CareSetting.FAMILY)).extracting(ChildTest::key)
                .isEqualTo("child.residentId.mismatch");
        Child withoutPapers = new Child(PersonName.of("无名"), Sex.FEMALE, BIRTH, null, RegionCode.of("110105"),
                EnumSet.of(ChildCategory.DE_FACTO_UNSUPPORTED), CareSetting.INSTITUTION);
        assertThat(withoutPapers.getResidentId()).isNull();
    }

    @Test
    void requiredFacts() {
        assertThatThrownBy(() -> child(EnumSet.noneOf(ChildCategory.class))).extracting(ChildTest::key)
                .isEqualTo("child.categories.required");
        assertThatThrownBy(() -> new Child(PersonName.of("李四"), Sex.MALE, LocalDate.now().plusDays(2), null,
                RegionCode.of("110105"), EnumSet.of(ChildCategory.ORPHAN), CareSetting.FAMILY))
                .extracting(ChildTest::key).isEqualTo("child.birthDate.invalid");
        assertThatThrownBy(() -> new Child(PersonName.of("李四"), Sex.MALE, BIRTH, BOY, null,
                EnumSet.of(ChildCategory.ORPHAN), CareSetting.FAMILY)).extracting(ChildTest::key)
                .isEqualTo("value.region.required");
    }

    @Test
    void statusMovesOnlyAlongItsPath() {
        Child c = child(EnumSet.of(ChildCategory.ORPHAN));
        assertThatThrownBy(() -> c.moveTo(ChildStatus.SUPPORTED, null)).extracting(ChildTest::key)
                .isEqualTo("child.status.transition");
        c.moveTo(ChildStatus.APPLYING, null);
        c.moveTo(ChildStatus.SUPPORTED, null);
        assertThatThrownBy(() -> c.moveTo(ChildStatus.DISCOVERED, null)).extracting(ChildTest::key)
                .isEqualTo("child.status.transition");
        assertThatThrownBy(() -> c.moveTo(ChildStatus.EXITED, " ")).extracting(ChildTest::key)
                .isEqualTo("child.exit.reasonRequired");
        c.moveTo(ChildStatus.EXITED, "年满18周岁");
        assertThat(c.getStatus()).isEqualTo(ChildStatus.EXITED);
        assertThat(c.getExitReason()).isEqualTo("年满18周岁");
        c.moveTo(ChildStatus.APPLYING, null);
        assertThat(c.getExitReason()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ChildStatus.class)
    void noStatusLeadsToItself(ChildStatus s) {
        assertThat(s.next()).doesNotContain(s);
    }

    @Test
    void ageAndAdulthoodOnTheEighteenthBirthday() {
        Child c = child(EnumSet.of(ChildCategory.ORPHAN));
        assertThat(c.ageOn(LocalDate.of(2033, 5, 31))).isEqualTo(17);
        assertThat(c.isAdultOn(LocalDate.of(2033, 5, 31))).isFalse();
        assertThat(c.isAdultOn(LocalDate.of(2033, 6, 1))).isTrue();
    }

    @Test
    void householdMembersNeedARelationAndKeepNumbersMasked() {
        Child c = child(EnumSet.of(ChildCategory.LEFT_BEHIND));
        HouseholdMember g = c.addHouseholdMember(PersonName.of("王奶奶"), "祖母", true, MobileNumber.of("13812345678"));
        assertThat(g.getMobile().masked()).isEqualTo("138****5678");
        assertThat(c.getHousehold()).hasSize(1);
        assertThatThrownBy(() -> c.addHouseholdMember(PersonName.of("王某"), " ", false, null))
                .extracting(ChildTest::key).isEqualTo("child.household.relation");
    }
}
