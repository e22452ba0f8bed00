package org.carebridge.funding.tender.control;

import org.carebridge.funding.tender.entity.BidScore;
import org.carebridge.funding.tender.entity.Criterion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    private static final List<Criterion> CRITERIA = List.of(new Criterion("方案", 60), new Criterion("报价", 40));
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static BidScore s(long bid, int criterion, String member, int score) {
        return new BidScore(1L, bid, criterion, member, score, NOW);
    }

    @Test
    void theTotalIsTheWeightedMeanOfThePanelsScoresExactToTwoDecimals() {
        List<Ranking.Entry> r = Ranking.rank(List.of(10L, 20L), CRITERIA, List.of(
                s(10, 0, "a", 80), s(10, 0, "b", 100), s(10, 1, "a", 90),
                s(20, 0, "a", 70), s(20, 1, "a", 60), s(20, 1, "b", 61)));
        // bid 10: (90*60 + 90*40)/100 = 90.00; bid 20: (70*60 + 60.5*40)/100 = 66.20
        assertThat(r.get(0).bidId()).isEqualTo(10L);
        assertThat(r.get(0).total()).isEqualByComparingTo(new BigDecimal("90.00"));
        assertThat(r.get(0).rank()).isEqualTo(1);
        assertThat(r.get(1).total()).isEqualByComparingTo(new BigDecimal("66.20"));
        assertThat(r.get(1).rank()).isEqualTo(2);
        assertThat(r.get(1).total().scale()).isEqualTo(2);
    }

    @Test
    void anIncompletelyScoredBidRanksAfterCompleteOnesWhateverItsTotal() {
        List<Ranking.Entry> r = Ranking.rank(List.of(10L, 20L, 30L), CRITERIA, List.of(
                s(10, 0, "a", 100), s(20, 0, "a", 50), s(20, 1, "a", 50), s(30, 0, "a", 1), s(30, 1, "a", 1)));
        assertThat(r).extracting(Ranking.Entry::bidId).containsExactly(20L, 30L, 10L);
        assertThat(r.get(2).complete()).isFalse();
        assertThat(r.get(2).total()).isEqualByComparingTo(new BigDecimal("60.00"));
    }

    @Test
    void oneThirdRoundsHalfUpAtTheEnd() {
        List<Ranking.Entry> r = Ranking.rank(List.of(10L), List.of(new Criterion("x", 100)), List.of(
                s(10, 0, "a", 1), s(10, 0, "b", 0), s(10, 0, "c", 1)));
        assertThat(r.get(0).total()).isEqualByComparingTo(new BigDecimal("0.67"));
    }
}
