package org.carebridge.funding.project.entity;

import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneTest {

    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static Milestone milestone() {
        return new Milestone(1L, 0, "建档评估", LocalDate.of(2026, 12, 31), Money.of("100000.00"), "评估表");
    }

    @Test
    void anAcceptedMilestoneIsPayableForItsWholeAmount() {
        Milestone m = milestone();
        m.submit("已完成", "次数 10/120", "s1.admin", NOW);
        m.review(Milestone.Decision.ACCEPT, null, null, "d1.approver", NOW);
        assertThat(m.getStatus()).isEqualTo(MilestoneStatus.ACCEPTED);
        assertThat(m.getStatus().payable()).isTrue();
        assertThat(m.getAcceptedAmount()).isEqualTo(Money.of("100000.00"));
        assertThat(m.getProgress()).isEqualTo("次数 10/120");
    }

    @Test
    void partAcceptanceNeedsReasonsAndAnAmountBelowTheMilestones() {
        Milestone m = milestone();
        m.submit("已完成", null, "s1.admin", NOW);
        assertThatThrownBy(() -> m.review(Milestone.Decision.PARTLY, Money.of("50000.00"), " ", "d1.approver", NOW))
                .isInstanceOf(ValidationException.class).hasMessageContaining("milestone.reason.required");
        assertThatThrownBy(() -> m.review(Milestone.Decision.PARTLY, Money.of("100000.00"), "缺材料", "d1.approver", NOW))
                .isInstanceOf(ValidationException.class).hasMessageContaining("milestone.partAmount.range");
        assertThatThrownBy(() -> m.review(Milestone.Decision.PARTLY, null, "缺材料", "d1.approver", NOW))
                .isInstanceOf(ValidationException.class);
        m.review(Milestone.Decision.PARTLY, Money.of("60000.00"), "两名儿童未评估", "d1.approver", NOW);
        assertThat(m.getStatus()).isEqualTo(MilestoneStatus.PARTLY);
        assertThat(m.getAcceptedAmount()).isEqualTo(Money.of("60000.00"));
    }

    @Test
    void aReturnedMilestoneIsNotPayableAndMayBeSubmittedAgainButNotReviewedTwice() {
        Milestone m = milestone();
        assertThatThrownBy(() -> m.review(Milestone.Decision.ACCEPT, null, null, "d1.approver", NOW))
                .isInstanceOf(ConflictException.class);
        m.submit("已完成", null, "s1.admin", NOW);
        assertThatThrownBy(() -> m.submit("再次", null, "s1.admin", NOW)).isInstanceOf(ConflictException.class);
        m.review(Milestone.Decision.RETURN, null, "缺签字", "d1.approver", NOW);
        assertThat(m.getStatus().payable()).isFalse();
        assertThat(m.getAcceptedAmount()).isNull();
        assertThatThrownBy(() -> m.review(Milestone.Decision.ACCEPT, null, null, "d1.approver", NOW))
                .isInstanceOf(ConflictException.class);
        m.submit("已补签字", null, "s1.admin", NOW);
        assertThat(m.getStatus()).isEqualTo(MilestoneStatus.SUBMITTED);
    }

    @Test
    void onlyAPlannedMilestoneChangesByAmendment() {
        Milestone m = milestone();
        m.change("建档评估（调整）", LocalDate.of(2027, 1, 15), Money.of("90000.00"), "评估表");
        assertThat(m.getAmount()).isEqualTo(Money.of("90000.00"));
        m.submit("已完成", null, "s1.admin", NOW);
        assertThatThrownBy(() -> m.change("x", LocalDate.of(2027, 1, 15), Money.of("1.00"), "y"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("milestone.locked");
    }
}
