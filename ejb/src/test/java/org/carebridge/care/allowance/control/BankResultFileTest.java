package org.carebridge.care.allowance.control;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankResultFileTest {

    private static List<BankResultFile.Row> parse(String csv) {
        return BankResultFile.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsChineseOrEnglishHeadersInAnyOrderWithABom() {
        List<BankResultFile.Row> rows = parse("\uFEFF说明,结果,金额,收款人,付款编号\n,成功,2783.00,张某,CB7-41\n"
                + "\"账户冻结, 请核实\",失败,2783.00,李某,CB7-42\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).readable()).isTrue();
        assertThat(rows.get(0).success()).isTrue();
        assertThat(rows.get(0).reference()).isEqualTo("CB7-41");
        assertThat(rows.get(0).amount().amount()).isEqualByComparingTo("2783.00");
        assertThat(rows.get(0).rowNo()).isEqualTo(2);
        assertThat(rows.get(1).success()).isFalse();
        assertThat(rows.get(1).reason()).isEqualTo("账户冻结, 请核实");
        assertThat(parse("reference,amount,result\nCB1-1,1.5,SUCCESS\n").get(0).success()).isTrue();
    }

    @Test
    void aRowThatCannotBeReadSaysWhyAndTheOthersAreKept() {
        List<BankResultFile.Row> rows = parse("付款编号,金额,结果\n,1.00,成功\nCB1-2,1.001,成功\nCB1-3,abc,成功\n"
                + "CB1-4,1.00,也许\nCB1-5,1.00,失败\n");
        assertThat(rows).extracting(BankResultFile.Row::problem).containsExactly("bank.row.noReference",
                "bank.row.amount", "bank.row.amount", "bank.row.result", null);
    }

    @Test
    void aFileWithoutTheNeededColumnsOrNotUtf8OrEmptyIsRefusedWhole() {
        assertThatThrownBy(() -> parse("付款编号,金额\nCB1-1,1.00\n")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("bank.file.header");
        assertThatThrownBy(() -> BankResultFile.parse(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .hasMessageStartingWith("bank.file.encoding");
        assertThatThrownBy(() -> parse("付款编号,金额,结果\n")).hasMessageStartingWith("bank.file.empty");
        assertThatThrownBy(() -> parse(" ")).hasMessageStartingWith("bank.file.empty");
        assertThatThrownBy(() -> BankResultFile.parse(new byte[BankResultFile.MAX_BYTES + 1]))
                .hasMessageStartingWith("bank.file.tooLarge");
        assertThatThrownBy(() -> parse("付款编号,金额,结果\n\"CB1-1,1.00,成功\n")).hasMessageStartingWith("bank.file.malformed");
    }
}
