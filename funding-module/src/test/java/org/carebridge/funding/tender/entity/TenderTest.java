package org.carebridge.funding.tender.entity;

import org.carebridge.core.error.BusinessException;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.tender.control.TenderAccess;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenderTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final Instant DEADLINE = NOW.plusSeconds(7 * 24 * 3600);
    private static final long DISTRICT = 2L;
    private static final long ORG = 5L;
    private static final long RIVAL = 6L;

    private static TenderTerms terms(List<Criterion> criteria, Instant deadline) {
        return new TenderTerms("困境儿童心理关爱服务", ServiceType.COUNSELLING, "为40名困境儿童提供心理辅导", "事实无人抚养儿童",
                40, "110112", Money.of("350000.00"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                "≥120次辅导", criteria, "机构资质证明", deadline);
    }

    private static List<Criterion> weights(int... w) {
        return java.util.Arrays.stream(w).mapToObj(x -> new Criterion("项" + x, x)).toList();
    }

    private static Tender published() {
        Tender t = new Tender(DISTRICT, terms(weights(60, 40), DEADLINE), "d1.admin", NOW);
        t.publish(NOW);
        return t;
    }

    private static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void aDraftIsPublishedOnlyWithWeightsOf100AndADeadlineAheadBeforeThePeriodEnds() {
        Tender draft = new Tender(DISTRICT, terms(weights(50, 40), DEADLINE), "d1.admin", NOW);
        assertThat(draft.getStatus()).isEqualTo(TenderStatus.DRAFT);
        assertThatThrownBy(() -> draft.publish(NOW)).extracting(TenderTest::key).isEqualTo("tender.criteria.weights");
        draft.edit(terms(weights(60, 40), NOW.minusSeconds(1)), NOW);
        assertThatThrownBy(() -> draft.publish(NOW)).extracting(TenderTest::key).isEqualTo("tender.deadline.future");
        draft.edit(terms(weights(60, 40), Instant.parse("2028-01-01T00:00:00Z")), NOW);
        assertThatThrownBy(() -> draft.publish(NOW)).extracting(TenderTest::key).isEqualTo("tender.deadline.afterPeriod");
        draft.edit(terms(weights(60, 40), DEADLINE), NOW);
        draft.publish(NOW);
        assertThat(draft.getStatus()).isEqualTo(TenderStatus.PUBLISHED);
        assertThat(draft.isOpenForBids(NOW)).isTrue();
        assertThat(draft.isOpenForBids(DEADLINE)).isFalse();
        assertThatThrownBy(() -> draft.edit(terms(weights(100), DEADLINE), NOW)).extracting(TenderTest::key)
                .isEqualTo("tender.notDraft");
    }

    @Test
    void aPublishedTenderIsAmendedOnlyBeforeItsDeadlineAndCancelledWithAReason() {
        Tender t = published();
        t.amend(terms(weights(100), DEADLINE.plusSeconds(3600)), NOW);
        assertThat(t.getBidDeadline()).isEqualTo(DEADLINE.plusSeconds(3600));
        assertThatThrownBy(() -> t.amend(terms(weights(100), DEADLINE.plusSeconds(7200)), DEADLINE.plusSeconds(3600)))
                .extracting(TenderTest::key).isEqualTo("tender.deadlinePassed");
        assertThatThrownBy(() -> t.amend(terms(weights(70), DEADLINE), NOW)).extracting(TenderTest::key)
                .isEqualTo("tender.criteria.weights");
        assertThatThrownBy(() -> t.cancel(" ", NOW)).extracting(TenderTest::key).isEqualTo("tender.cancelReason.required");
        t.cancel("财政预算调整", NOW);
        assertThat(t.getStatus()).isEqualTo(TenderStatus.CANCELLED);
        assertThat(t.isOpenForBids(NOW)).isFalse();
    }

    @Test
    void bidsAreWithinBudgetBeforeTheDeadlineAndWithdrawnOnlyThen() {
        Tender t = published();
        assertThatThrownBy(() -> new Bid(t, ORG, Money.of("350000.01"), "方案", null, null, "s1.admin", NOW))
                .extracting(TenderTest::key).isEqualTo("bid.price.overBudget");
        assertThatThrownBy(() -> new Bid(t, ORG, Money.of("1000.00"), " ", null, null, "s1.admin", NOW))
                .extracting(TenderTest::key).isEqualTo("bid.proposal.required");
        assertThatThrownBy(() -> new Bid(t, ORG, Money.of("1000.00"), "方案", null, null, "s1.admin", DEADLINE))
                .extracting(TenderTest::key).isEqualTo("bid.closed");
        Bid b = new Bid(t, ORG, Money.of("320000.00"), "方案", "社工3名", "每月两次", "s1.admin", NOW);
        assertThat(b.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThatThrownBy(() -> b.withdraw(t, DEADLINE)).extracting(TenderTest::key).isEqualTo("bid.closed");
        b.withdraw(t, NOW);
        assertThat(b.getStatus()).isEqualTo(BidStatus.WITHDRAWN);
        assertThatThrownBy(() -> b.withdraw(t, NOW)).extracting(TenderTest::key).isEqualTo("bid.notActive");
    }

    @Test
    void theAccessPolicySealsBidsUntilTheDeadlineAndHidesDraftsAndRivals() {
        TenderAccess access = new TenderAccess();
        Tender draft = new Tender(DISTRICT, terms(weights(100), DEADLINE), "d1.admin", NOW);
        assertThat(access.maySee(draft, DISTRICT, TenantKind.DISTRICT)).isTrue();
        assertThat(access.maySee(draft, ORG, TenantKind.SERVICE_ORG)).isFalse();
        Tender t = published();
        assertThat(access.maySee(t, ORG, TenantKind.SERVICE_ORG)).isTrue();
        assertThat(access.maySee(t, 9L, TenantKind.FOUNDATION)).isTrue();
        assertThat(access.maySee(t, 3L, TenantKind.DISTRICT)).isFalse();
        assertThat(access.maySee(t, 1L, TenantKind.CITY_BUREAU)).isFalse();

        Bid b = new Bid(t, ORG, Money.of("300000.00"), "方案", null, null, "s1.admin", NOW);
        assertThat(access.bid(t, b, ORG, NOW)).isEqualTo(TenderAccess.BidView.FULL);
        assertThat(access.bid(t, b, DISTRICT, NOW)).isEqualTo(TenderAccess.BidView.SEALED);
        assertThat(access.bid(t, b, DISTRICT, DEADLINE)).isEqualTo(TenderAccess.BidView.FULL);
        assertThat(access.bid(t, b, RIVAL, DEADLINE)).isEqualTo(TenderAccess.BidView.NONE);
        assertThat(access.mayReadBids(t, DISTRICT, NOW)).isFalse();
        assertThat(access.mayReadBids(t, DISTRICT, DEADLINE)).isTrue();
        assertThat(access.mayReadBids(t, ORG, DEADLINE)).isFalse();
    }
}
