package org.carebridge.funding.disbursement.entity;

import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisbursementTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    private static Disbursement request(int approvals) {
        return new Disbursement("k", "h", "张三", null, "6222020200112233", Money.of("2650.00"), Purpose.ALLOWANCE,
                null, 1L, null, approvals, "d1.finance", NOW);
    }

    @Test
    void theRequesterNeverApprovesAndOneApprovalSufficesBelowTheThreshold() {
        Disbursement d = request(1);
        assertThatThrownBy(() -> d.approve("d1.finance", NOW)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("disbursement.makerChecker");
        assertThat(d.approve("d1.approver", NOW)).isTrue();
        d.approved(7L);
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.APPROVED);
    }

    @Test
    void aboveTheThresholdTwoDifferentApproversAreNeeded() {
        Disbursement d = request(2);
        assertThat(d.approve("d1.approver", NOW)).isFalse();
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.PARTLY_APPROVED);
        assertThatThrownBy(() -> d.approve("d1.approver", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("disbursement.sameApprover");
        assertThat(d.approve("d1.approver2", NOW)).isTrue();
    }

    @Test
    void onlyAnApprovedRequestIsPaidAndOnlyApprovedOrPaidOnesAreReversed() {
        Disbursement d = request(1);
        assertThatThrownBy(() -> d.paid("BK1", 3L, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> d.reverse("d1.approver", "错")).isInstanceOf(ConflictException.class);
        d.approve("d1.approver", NOW);
        d.approved(2L);
        assertThatThrownBy(() -> d.paid(" ", 3L, NOW)).isInstanceOf(ValidationException.class);
        d.paid("BK1", 3L, NOW);
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.PAID);
        assertThatThrownBy(() -> d.reject("d1.approver", "晚了")).isInstanceOf(ConflictException.class);
        d.reverse("d1.approver", "账户错误");
        assertThat(d.getStatus()).isEqualTo(DisbursementStatus.REVERSED);
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> new Disbursement("k", "h", "张三", null, "12ab", Money.of("1.00"), Purpose.ALLOWANCE,
                null, 1L, null, 1, "u", NOW)).hasMessageContaining("disbursement.bankAccount.invalid");
        assertThatThrownBy(() -> new Disbursement("k", "h", "张三", null, null, Money.ZERO, Purpose.ALLOWANCE,
                null, 1L, null, 1, "u", NOW)).hasMessageContaining("disbursement.amount.positive");
        assertThatThrownBy(() -> new Disbursement("k", "h", " ", null, null, Money.of("1.00"), Purpose.ALLOWANCE,
                null, 1L, null, 1, "u", NOW)).hasMessageContaining("disbursement.payee.required");
    }
}
