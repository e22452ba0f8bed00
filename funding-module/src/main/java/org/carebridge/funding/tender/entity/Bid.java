package org.carebridge.funding.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

import java.time.Instant;

/**
 * An organisation's bid for a tender. Sealed: until the tender's deadline only the bidder reads it
 * ({@code TenderAccess}). The bidder may withdraw it or submit a new one (which replaces it) until
 * the deadline; the price may not exceed the tender's budget ceiling.
 */
@Entity
@Table(name = "cb_bid")
public class Bid {

    public static final int PROPOSAL_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "tender_id", nullable = false)
    private Long tenderId;

    @Column(name = "bidder_tenant_id", nullable = false)
    private long bidderTenantId;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money price;

    @Column(nullable = false, length = PROPOSAL_LENGTH)
    private String proposal;

    @Column(length = 1000)
    private String team;

    @Column(length = 2000)
    private String plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BidStatus status;

    @Column(name = "submitted_by", nullable = false, length = 80)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Bid() {
    }

    public Bid(Tender tender, long bidderTenantId, Money price, String proposal, String team, String plan,
               String submittedBy, Instant now) {
        if (!tender.isOpenForBids(now)) {
            throw new ConflictException("bid.closed");
        }
        if (price == null || !price.isPositive()) {
            throw new ValidationException("bid.price.positive");
        }
        if (price.compareTo(tender.getBudgetCeiling()) > 0) {
            throw new ValidationException("bid.price.overBudget", tender.getBudgetCeiling().toString());
        }
        if (proposal == null || proposal.isBlank()) {
            throw new ValidationException("bid.proposal.required");
        }
        if (proposal.strip().length() > PROPOSAL_LENGTH || team != null && team.strip().length() > 1000
                || plan != null && plan.strip().length() > 2000) {
            throw new ValidationException("tender.text.length", PROPOSAL_LENGTH);
        }
        this.tenderId = tender.getId();
        this.bidderTenantId = bidderTenantId;
        this.price = price;
        this.proposal = proposal.strip();
        this.team = team == null || team.isBlank() ? null : team.strip();
        this.plan = plan == null || plan.isBlank() ? null : plan.strip();
        this.status = BidStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    /** A newer bid of the same organisation takes this one's place. */
    public void replace() {
        this.status = BidStatus.REPLACED;
    }

    public void withdraw(Tender tender, Instant now) {
        if (status != BidStatus.SUBMITTED) {
            throw new ConflictException("bid.notActive");
        }
        if (!tender.isOpenForBids(now)) {
            throw new ConflictException("bid.closed");
        }
        this.status = BidStatus.WITHDRAWN;
    }

    public Long getId() {
        return id;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public long getBidderTenantId() {
        return bidderTenantId;
    }

    public Money getPrice() {
        return price;
    }

    public String getProposal() {
        return proposal;
    }

    public String getTeam() {
        return team;
    }

    public String getPlan() {
        return plan;
    }

    public BidStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
