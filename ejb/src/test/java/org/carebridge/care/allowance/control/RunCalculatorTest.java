package org.carebridge.care.allowance.control;

import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.LineKind;
import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.value.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");
    private static final Set<ChildCategory> ORPHANS = EnumSet.of(ChildCategory.ORPHAN);

    private static SchemeRate adopted(YearMonth from, String amount) {
        SchemeRate r = new SchemeRate(1L, from, Money.of(amount), "test", "f", NOW);
        r.decide(true, "a", NOW);
        return r;
    }

    private static RunCalculator.ChildFacts child(long id, boolean supported, String guardian, boolean institution,
                                                  ChildCategory... categories) {
        return new RunCalculator.ChildFacts(id, EnumSet.of(categories[0], categories), supported, guardian, institution);
    }

    @Test
    void eachCoveredSupportedChildIsPaidTheRateInForceToItsGuardianOrInstitution() {
        RunCalculator.Result r = RunCalculator.compute(ORPHANS, Frequency.MONTHLY, YearMonth.of(2026, 9),
                List.of(adopted(YearMonth.of(2025, 1), "2783.00")), List.of(
                        child(1, true, "王秀兰", false, ChildCategory.ORPHAN),
                        child(2, true, null, true, ChildCategory.ORPHAN, ChildCategory.MIGRANT),
                        child(3, false, "李某", false, ChildCategory.ORPHAN),
                        child(4, true, "张某", false, ChildCategory.LEFT_BEHIND),
                        child(5, true, null, false, ChildCategory.ORPHAN)), Map.of());
        assertThat(r.lines()).extracting(RunCalculator.Line::childId).containsExactly(1L, 2L);
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.amount()).isEqualTo(Money.of("2783.00")));
        assertThat(r.lines().get(1).payee()).isEqualTo(RunCalculator.INSTITUTION_PAYEE);
        assertThat(r.lines().get(0).snapshot()).contains("标准=2783.00（2025-01起）").contains("领取人=王秀兰");
        // child 3 has exited (not supported), 4 is not covered, 5 has nobody to receive the money: held back
        assertThat(r.held()).isEqualTo(1);
    }

    @Test
    void aMonthAlreadyPaidIsNotPaidAgainAndABackDatedRatePaysTheDifferenceExactly() {
        YearMonth sep = YearMonth.of(2026, 9);
        YearMonth oct = YearMonth.of(2026, 10);
        YearMonth nov = YearMonth.of(2026, 11);
        List<SchemeRate> rates = List.of(adopted(YearMonth.of(2026, 1), "1000.00"), adopted(sep, "1050.00"));
        Map<Long, Map<YearMonth, Money>> paid = Map.of(1L, Map.of(sep, Money.of("1000.00"), oct, Money.of("1000.00")));
        RunCalculator.Result r = RunCalculator.compute(ORPHANS, Frequency.MONTHLY, nov, rates,
                List.of(child(1, true, "王秀兰", false, ChildCategory.ORPHAN)), paid);
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0).kind()).isEqualTo(LineKind.REGULAR);
        assertThat(r.lines().get(0).amount()).isEqualTo(Money.of("1050.00"));
        assertThat(r.lines().subList(1, 3)).allSatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.BACKPAY);
            assertThat(l.amount()).isEqualTo(Money.of("50.00"));
        });
        // Once the back-pay is paid too, nothing more is owed for September and October.
        Map<Long, Map<YearMonth, Money>> after = Map.of(1L, Map.of(sep, Money.of("1050.00"), oct, Money.of("1050.00"),
                nov, Money.of("1050.00")));
        assertThat(RunCalculator.compute(ORPHANS, Frequency.MONTHLY, nov, rates,
                List.of(child(1, true, "王秀兰", false, ChildCategory.ORPHAN)), after).lines()).isEmpty();
    }

    @Test
    void aYearlySchemePaysOncePerYearAndNoRateMeansNoRun() {
        List<SchemeRate> rates = List.of(adopted(YearMonth.of(2023, 1), "8000.00"));
        Map<Long, Map<YearMonth, Money>> paid = Map.of(1L, Map.of(YearMonth.of(2026, 3), Money.of("8000.00")));
        Set<ChildCategory> dfu = EnumSet.of(ChildCategory.DE_FACTO_UNSUPPORTED);
        List<RunCalculator.ChildFacts> kids = List.of(child(1, true, "甲", false, ChildCategory.DE_FACTO_UNSUPPORTED),
                child(2, true, "乙", false, ChildCategory.DE_FACTO_UNSUPPORTED));
        RunCalculator.Result r = RunCalculator.compute(dfu, Frequency.YEARLY, YearMonth.of(2026, 9), rates, kids, paid);
        assertThat(r.lines()).extracting(RunCalculator.Line::childId).containsExactly(2L);
        assertThatThrownBy(() -> RunCalculator.compute(dfu, Frequency.YEARLY, YearMonth.of(2022, 9), rates, kids, paid))
                .isInstanceOf(ConflictException.class).hasMessageContaining("run.noRate");
    }

    @Test
    void aHelpFirstCaseConfirmedLateGetsTheMonthsSinceHelpBeganThatNoRunPaidAtTheRateOfEachMonth() {
        YearMonth dec = YearMonth.of(2026, 12);
        List<SchemeRate> rates = List.of(adopted(YearMonth.of(2026, 1), "1000.00"), adopted(YearMonth.of(2026, 10), "1100.00"));
        // Help began in August; October's run already paid the child (it was supported on the help-first track).
        RunCalculator.ChildFacts helped = new RunCalculator.ChildFacts(7, ORPHANS, true, "赵某", false, YearMonth.of(2026, 8));
        RunCalculator.Result r = RunCalculator.compute(ORPHANS, Frequency.MONTHLY, dec, rates, List.of(helped,
                child(8, true, "钱某", false, ChildCategory.ORPHAN)), Map.of(7L, Map.of(YearMonth.of(2026, 10),
                Money.of("1100.00"))));
        assertThat(r.lines()).filteredOn(l -> l.childId() == 7).extracting(l -> l.forMonth() + " " + l.kind() + " "
                + l.amount().amount().toPlainString()).containsExactlyInAnyOrder("2026-12 REGULAR 1100.00",
                "2026-08 BACKPAY 1000.00", "2026-09 BACKPAY 1000.00", "2026-11 BACKPAY 1100.00");
        assertThat(r.lines()).filteredOn(l -> l.childId() == 7 && l.kind() == LineKind.BACKPAY)
                .allSatisfy(l -> assertThat(l.snapshot()).contains("先救助确认后补发（救助自2026-08起）"));
        // a child without a help-first confirmation is owed nothing for earlier months
        assertThat(r.lines()).filteredOn(l -> l.childId() == 8).hasSize(1);
        // arrears reach back at most two years
        RunCalculator.ChildFacts old = new RunCalculator.ChildFacts(9, ORPHANS, true, "孙某", false, YearMonth.of(2020, 1));
        assertThat(RunCalculator.compute(ORPHANS, Frequency.MONTHLY, dec, List.of(adopted(YearMonth.of(2019, 1), "1.00")),
                List.of(old), Map.of()).lines()).hasSize(1 + RunCalculator.MAX_ARREARS_MONTHS);
    }
}
