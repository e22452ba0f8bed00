package org.carebridge.care.lead.control;

import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.lead.entity.LeadSource;
import org.carebridge.care.lead.entity.LeadStatus;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.ResidentId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadCsvTest {

    private static String id(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static final String GOOD_ID = id("11011220150601003");

    @Test
    void readsEnglishOrChineseHeadersInAnyOrder() {
        String csv = "\uFEFF发现地点,姓名,身份证号码,类别,区划代码\n"
                + "永顺镇幸福社区,王小明," + GOOD_ID + ",孤儿；MIGRANT,110112001\n";
        List<LeadCsv.Row> rows = LeadCsv.parse(csv, "d1.caseworker");
        assertThat(rows).hasSize(1);
        LeadCsv.Row r = rows.get(0);
        assertThat(r.accepted()).isTrue();
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.lead().getChildName().value()).isEqualTo("王小明");
        assertThat(r.lead().getCategories()).containsExactlyInAnyOrder(ChildCategory.ORPHAN, ChildCategory.MIGRANT);
        assertThat(r.lead().getSource()).isEqualTo(LeadSource.DATA_MATCHING);
        assertThat(r.lead().getStatus()).isEqualTo(LeadStatus.OPEN);
        assertThat(r.lead().getReportedBy()).isEqualTo("d1.caseworker");
    }

    @Test
    void reportsEveryBadRowWithItsReason() {
        String csv = "name,resident_id,found_at,categories\n"
                + "张三," + GOOD_ID + ",梨园镇,ORPHAN\n"
                + "李四,110112201802290031,梨园镇,ORPHAN\n"
                + "Robert'); DROP TABLE cb_lead;--,,梨园镇,\n"
                + "赵六,,,ORPHAN\n"
                + "钱七," + GOOD_ID + ",宋庄镇,\n"
                + "孙八,,宋庄镇,ALIENS\n";
        List<LeadCsv.Row> rows = LeadCsv.parse(csv, "x");
        assertThat(rows).extracting(LeadCsv.Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows).extracting(LeadCsv.Row::messageKey).containsExactly(null, "value.residentId.birthDate",
                "value.name.format", "lead.foundAt.required", "lead.import.duplicateInFile", "child.category.unknown");
        assertThat(rows.get(5).arguments()).containsExactly("ALIENS");
    }

    @Test
    void refusesFilesWithoutTheRequiredColumnsOrRows() {
        assertThatThrownBy(() -> LeadCsv.parse("name,note\n张三,x\n", "x")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("lead.import.header");
        assertThatThrownBy(() -> LeadCsv.parse("name,found_at\n", "x"))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("lead.import.empty");
        assertThatThrownBy(() -> LeadCsv.parse("  ", "x"))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("lead.import.empty");
        assertThatThrownBy(() -> LeadCsv.parse("name,found_at\n\"unterminated,x\n", "x"))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("lead.import.malformed");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder csv = new StringBuilder("name,found_at\n");
        for (int i = 0; i <= LeadCsv.MAX_ROWS; i++) {
            csv.append("张三,某地\n");
        }
        assertThatThrownBy(() -> LeadCsv.parse(csv.toString(), "x"))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("lead.import.tooManyRows");
    }
}
