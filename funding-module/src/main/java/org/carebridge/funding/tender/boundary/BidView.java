package org.carebridge.funding.tender.boundary;

import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.BidStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bid's content, for its bidder or (after the deadline) the tendering district; {@code total}
 * (weighted score out of 100) and {@code rank} once scored — for the bidder only after the decision;
 * {@code performance}, for the evaluating district, the bidder's accepted projects and their joint scores.
 */
public record BidView(long id, long tenderId, String bidder, BigDecimal price, String proposal, String team,
                      String plan, BidStatus status, String submittedBy, Instant submittedAt, BigDecimal total,
                      Integer rank, boolean awarded,
                      java.util.List<org.carebridge.funding.project.boundary.PerformanceView> performance) {

    static BidView of(Bid b, String bidder) {
        return of(b, bidder, null, false);
    }

    static BidView of(Bid b, String bidder, org.carebridge.funding.tender.control.Ranking.Entry result,
                      boolean awarded) {
        return new BidView(b.getId(), b.getTenderId(), bidder, b.getPrice().amount(), b.getProposal(), b.getTeam(),
                b.getPlan(), b.getStatus(), b.getSubmittedBy(), b.getSubmittedAt(),
                result == null ? null : result.total(), result == null ? null : result.rank(), awarded, null);
    }

    BidView withPerformance(java.util.List<org.carebridge.funding.project.boundary.PerformanceView> history) {
        return new BidView(id, tenderId, bidder, price, proposal, team, plan, status, submittedBy, submittedAt, total,
                rank, awarded, history == null ? java.util.List.of() : history);
    }
}
