package org.carebridge.funding.tender.boundary;

import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.BidStatus;

import java.math.BigDecimal;
import java.time.Instant;

/** A bid's content, for its bidder or (after the deadline) the tendering district. */
public record BidView(long id, long tenderId, String bidder, BigDecimal price, String proposal, String team,
                      String plan, BidStatus status, String submittedBy, Instant submittedAt) {

    static BidView of(Bid b, String bidder) {
        return new BidView(b.getId(), b.getTenderId(), bidder, b.getPrice().amount(), b.getProposal(), b.getTeam(),
                b.getPlan(), b.getStatus(), b.getSubmittedBy(), b.getSubmittedAt());
    }
}
