package org.carebridge.funding.tender.boundary;

import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.BidStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bid's content, for its bidder or (after the deadline) the tendering district; {@code total}
 * (weighted score out of 100) and {@code rank} once scored — for the bidder only after the decision.
 */
public record BidView(long id, long tenderId, String bidder, BigDecimal price, String proposal, String team,
                      String plan, BidStatus status, String submittedBy, Instant submittedAt, BigDecimal total,
                      Integer rank, boolean awarded) {

    static BidView of(Bid b, String bidder) {
        return of(b, bidder, null, false);
    }

    static BidView of(Bid b, String bidder, org.carebridge.funding.tender.control.Ranking.Entry result,
                      boolean awarded) {
        return new BidView(b.getId(), b.getTenderId(), bidder, b.getPrice().amount(), b.getProposal(), b.getTeam(),
                b.getPlan(), b.getStatus(), b.getSubmittedBy(), b.getSubmittedAt(),
                result == null ? null : result.total(), result == null ? null : result.rank(), awarded);
    }
}
