package org.carebridge.funding.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.Tender;
import org.carebridge.funding.tender.entity.TenderStatus;

import java.time.Instant;

/**
 * The one access policy for tenders and bids (collaboration rows). Every read in {@code Tenders}
 * asks here; nothing else decides.
 * <ul>
 * <li>A tender: its district always; every service organisation and foundation once it is no longer
 * a draft; nobody else (another district, the city, a platform operator) — they get 404.</li>
 * <li>A bid: its bidder always; the tendering district only after the deadline (before it the bid is
 * sealed: the district learns how many there are, not what they say); nobody else — a rival
 * bidder gets 404.</li>
 * </ul>
 */
@ApplicationScoped
public class TenderAccess {

    /** What the caller may know of a bid. */
    public enum BidView { FULL, SEALED, NONE }

    public boolean maySee(Tender t, long tenant, TenantKind kind) {
        if (t.getOwnerTenantId() == tenant) {
            return true;
        }
        return t.getStatus() != TenderStatus.DRAFT && mayBid(kind);
    }

    /** Service organisations and foundations take part in tenders; districts, the city and the platform do not. */
    public boolean mayBid(TenantKind kind) {
        return kind == TenantKind.SERVICE_ORG || kind == TenantKind.FOUNDATION;
    }

    public BidView bid(Tender t, Bid b, long tenant, Instant now) {
        if (b.getBidderTenantId() == tenant) {
            return BidView.FULL;
        }
        if (t.getOwnerTenantId() == tenant) {
            return t.isUnsealed(now) ? BidView.FULL : BidView.SEALED;
        }
        return BidView.NONE;
    }

    /** The tendering district reads all bids once the deadline has passed. */
    public boolean mayReadBids(Tender t, long tenant, Instant now) {
        return t.getOwnerTenantId() == tenant && t.isUnsealed(now);
    }
}
