package org.carebridge.funding.tender.control;

import org.carebridge.funding.tender.entity.BidScore;
import org.carebridge.funding.tender.entity.Criterion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The weighted ranking of bids: per criterion the mean of the panel members' scores (0–100), times
 * the criterion's weight, summed and divided by 100 — a total out of 100, exact to two decimals
 * (half up). A bid without a score on some criterion is incomplete and ranked after complete ones.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A bid's place. */
    public record Entry(long bidId, BigDecimal total, boolean complete, int rank) {
    }

    public static List<Entry> rank(List<Long> bidIds, List<Criterion> criteria, List<BidScore> scores) {
        Map<Long, Map<Integer, List<BidScore>>> byBid = scores.stream().collect(Collectors.groupingBy(
                BidScore::getBidId, Collectors.groupingBy(BidScore::getCriterion)));
        List<Entry> unranked = new ArrayList<>();
        for (long bid : bidIds) {
            Map<Integer, List<BidScore>> perCriterion = byBid.getOrDefault(bid, Map.of());
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (int i = 0; i < criteria.size(); i++) {
                List<BidScore> given = perCriterion.getOrDefault(i, List.of());
                if (given.isEmpty()) {
                    complete = false;
                    continue;
                }
                BigDecimal mean = BigDecimal.valueOf(given.stream().mapToInt(BidScore::getScore).sum())
                        .divide(BigDecimal.valueOf(given.size()), 10, RoundingMode.HALF_UP);
                sum = sum.add(mean.multiply(BigDecimal.valueOf(criteria.get(i).getWeight())));
            }
            unranked.add(new Entry(bid, sum.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), complete, 0));
        }
        unranked.sort(Comparator.comparing(Entry::complete).reversed().thenComparing(Entry::total, Comparator.reverseOrder())
                .thenComparing(Entry::bidId));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Entry e = unranked.get(i);
            ranked.add(new Entry(e.bidId(), e.total(), e.complete(), i + 1));
        }
        return ranked;
    }
}
