package org.carebridge.care.lead.entity;

import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.PersonName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadTest {

    private static Lead lead() {
        return new Lead(PersonName.of("王小明"), null, "永顺镇幸福社区", null, LeadSource.FIELD,
                EnumSet.of(ChildCategory.LEFT_BEHIND), null, "d1.caseworker");
    }

    private static String key(Throwable t) {
        return ((ValidationException) t).messageKey();
    }

    @Test
    void followedUpThenClosedWithAReason() {
        Lead l = lead();
        l.assignTo("d1.caseworker");
        assertThat(l.getStatus()).isEqualTo(LeadStatus.ASSIGNED);
        l.followUp("已入户，祖母独自抚养");
        assertThat(l.getStatus()).isEqualTo(LeadStatus.FOLLOWING_UP);
        assertThatThrownBy(() -> l.close(" ")).extracting(LeadTest::key).isEqualTo("lead.close.reasonRequired");
        l.close("父母已返乡，不符合条件");
        assertThat(l.getStatus()).isEqualTo(LeadStatus.CLOSED);
        assertThatThrownBy(() -> l.followUp("再次跟进")).extracting(LeadTest::key).isEqualTo("lead.finished");
        assertThatThrownBy(() -> l.convertedTo(5)).extracting(LeadTest::key).isEqualTo("lead.finished");
    }

    @Test
    void convertedLeadsKeepTheChild() {
        Lead l = lead();
        l.convertedTo(42);
        assertThat(l.getStatus()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(l.getChildId()).isEqualTo(42);
        assertThatThrownBy(() -> l.close("x")).extracting(LeadTest::key).isEqualTo("lead.finished");
    }

    @Test
    void aPlaceIsRequired() {
        assertThatThrownBy(() -> new Lead(PersonName.of("王小明"), null, " ", null, LeadSource.FIELD, null, null, "x"))
                .extracting(LeadTest::key).isEqualTo("lead.foundAt.required");
        assertThat(new Lead(PersonName.of("王小明"), null, "某地", null, LeadSource.HOTLINE, null, null, "x")
                .getCategories()).isEmpty();
    }
}
