package org.carebridge.care.referral.entity;

import org.carebridge.core.value.ServiceType;
import org.carebridge.core.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Referral.Grant GRANT = new Referral.Grant("王小明", "MALE", "2015-03", ",ORPHAN,",
            "1101**********1234", "110112003", null, null);

    private static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    private static Referral consented(LocalDate on) {
        return new Referral(1L, 5L, 7L, ServiceType.COUNSELLING, "情绪低落，需要心理辅导", ReferralBasis.GUARDIAN_CONSENT,
                "同意书 TZ-2026-031", on, GRANT, "d1.caseworker", TODAY);
    }

    @Test
    void consentNeedsADateInThePastYearAndALegalDutyNeedsNone() {
        assertThat(consented(TODAY).getConsentOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> consented(null)).extracting(ReferralTest::key).isEqualTo("referral.consentOn.range");
        assertThatThrownBy(() -> consented(TODAY.plusDays(1))).extracting(ReferralTest::key)
                .isEqualTo("referral.consentOn.range");
        Referral legal = new Referral(1L, 5L, 7L, ServiceType.EMERGENCY_SHELTER, "监护人严重损害儿童权益",
                ReferralBasis.LEGAL_DUTY, "《未成年人保护法》第九十二条", TODAY, GRANT, "d1.caseworker", TODAY);
        assertThat(legal.getConsentOn()).isNull();
        assertThatThrownBy(() -> new Referral(1L, 5L, 7L, ServiceType.COUNSELLING, "x", ReferralBasis.LEGAL_DUTY, " ",
                null, GRANT, "x", TODAY)).extracting(ReferralTest::key).isEqualTo("referral.basisDetail.required");
        assertThatThrownBy(() -> new Referral(1L, 1L, 7L, ServiceType.COUNSELLING, "x", ReferralBasis.LEGAL_DUTY, "y",
                null, GRANT, "x", TODAY)).extracting(ReferralTest::key).isEqualTo("referral.receiver.self");
    }

    @Test
    void theReceiverAnswersOnceAndTheViewEndsWhenItCloses() {
        Referral r = consented(TODAY);
        assertThat(r.getStatus().grantsView()).isTrue();
        assertThatThrownBy(() -> r.complete("done", "s1.worker")).extracting(ReferralTest::key)
                .isEqualTo("referral.notAccepted");
        assertThatThrownBy(() -> r.answer(false, " ", "s1.worker")).extracting(ReferralTest::key)
                .isEqualTo("referral.rejectReason.required");
        r.answer(true, null, "s1.worker");
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> r.answer(true, null, "s1.worker")).extracting(ReferralTest::key)
                .isEqualTo("referral.notSent");
        r.complete("完成8次心理辅导，情绪稳定", "s1.worker");
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.DONE);
        assertThat(r.getStatus().grantsView()).isFalse();
        assertThatThrownBy(() -> r.revoke("x", "d1.caseworker")).extracting(ReferralTest::key)
                .isEqualTo("referral.notOpen");
    }

    @Test
    void theSenderRevokesAnOpenReferralWithAReason() {
        Referral r = consented(TODAY);
        assertThatThrownBy(() -> r.revoke("", "d1.caseworker")).extracting(ReferralTest::key)
                .isEqualTo("referral.revokeReason.required");
        r.revoke("监护人撤回同意", "d1.caseworker");
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(r.getStatus().grantsView()).isFalse();
        assertThat(r.getCloseNote()).isEqualTo("监护人撤回同意");
    }
}
