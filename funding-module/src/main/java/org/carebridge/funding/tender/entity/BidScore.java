package org.carebridge.funding.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ValidationException;

import java.time.Instant;

/** One panel member's score (0–100) of one bid on one criterion; a member may change it until the award. */
@Entity
@Table(name = "cb_bid_score")
public class BidScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "tender_id", nullable = false)
    private long tenderId;

    @Column(name = "bid_id", nullable = false)
    private long bidId;

    @Column(name = "criterion", nullable = false)
    private int criterion;

    @Column(name = "panel_member", nullable = false, length = 80)
    private String panelMember;

    @Column(nullable = false)
    private int score;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected BidScore() {
    }

    public BidScore(long tenderId, long bidId, int criterion, String panelMember, int score, Instant now) {
        this.tenderId = tenderId;
        this.bidId = bidId;
        this.criterion = criterion;
        this.panelMember = panelMember;
        rescore(score, now);
    }

    public final void rescore(int newScore, Instant now) {
        if (newScore < 0 || newScore > 100) {
            throw new ValidationException("bid.score.range");
        }
        this.score = newScore;
        this.scoredAt = now;
    }

    public long getBidId() {
        return bidId;
    }

    public int getCriterion() {
        return criterion;
    }

    public String getPanelMember() {
        return panelMember;
    }

    public int getScore() {
        return score;
    }
}
