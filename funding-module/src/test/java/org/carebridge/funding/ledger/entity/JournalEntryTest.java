package org.carebridge.funding.ledger.entity;

import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    private static JournalEntry entry(Posting... postings) {
        return new JournalEntry("k1", EntryKind.TOP_UP, "入账", "fund:1", null, List.of(postings), "d1.finance", NOW);
    }

    @Test
    void anEntryBalancesToZero() {
        JournalEntry e = entry(new Posting(1, Money.of("100.00")), new Posting(2, Money.of("-100.00")));
        assertThat(e.getPostings()).hasSize(2);
        assertThatThrownBy(() -> entry(new Posting(1, Money.of("100.00")), new Posting(2, Money.of("-99.99"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ledger.entry.unbalanced");
    }

    @Test
    void anEntryHasTwoOrMorePostingsNoneZeroAndEachAccountOnce() {
        assertThatThrownBy(() -> entry(new Posting(1, Money.of("100.00")))).hasMessageContaining("ledger.entry.unbalanced");
        assertThatThrownBy(() -> entry(new Posting(1, Money.ZERO), new Posting(2, Money.ZERO)))
                .hasMessageContaining("ledger.entry.unbalanced");
        assertThatThrownBy(() -> entry(new Posting(1, Money.of("5.00")), new Posting(1, Money.of("-5.00"))))
                .hasMessageContaining("ledger.entry.unbalanced");
        assertThatThrownBy(() -> new JournalEntry(" ", EntryKind.TOP_UP, "x", null, null,
                List.of(new Posting(1, Money.of("1.00")), new Posting(2, Money.of("-1.00"))), "u", NOW))
                .hasMessageContaining("ledger.key.invalid");
    }

    @Test
    void theMirrorOfAnEntryUndoesItExactly() {
        JournalEntry e = entry(new Posting(1, Money.of("100.00")), new Posting(2, Money.of("-60.00")),
                new Posting(3, Money.of("-40.00")));
        List<Posting> mirror = e.mirrored();
        for (int i = 0; i < mirror.size(); i++) {
            assertThat(mirror.get(i).getAmount().plus(e.getPostings().get(i).getAmount())).isEqualTo(Money.ZERO);
            assertThat(mirror.get(i).getAccountId()).isEqualTo(e.getPostings().get(i).getAccountId());
        }
        JournalEntry.check(mirror);
    }

    @Test
    void anEntryRefusesToBeUpdatedOrRemoved() {
        JournalEntry e = entry(new Posting(1, Money.of("1.00")), new Posting(2, Money.of("-1.00")));
        assertThatThrownBy(e::immutable).isInstanceOf(IllegalStateException.class).hasMessageContaining("immutable");
    }

    @Test
    void balancesReadAsPeopleExpectByKind() {
        LedgerAccount fund = new LedgerAccount("FUND:1", "基金", AccountKind.FUND);
        LedgerAccount payable = new LedgerAccount("PAYABLE:x", "应付", AccountKind.PAYABLE);
        fund.apply(Money.of("100.00"));
        payable.apply(Money.of("-30.00"));
        assertThat(fund.shownBalance()).isEqualTo(Money.of("100.00"));
        assertThat(payable.shownBalance()).isEqualTo(Money.of("30.00"));
    }
}
