package org.carebridge.care.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One child on a month's board with a reason. An admission takes effect in the month reviewed, an
 * exit from the next month. Entries are kept unless dismissed with a reason before the street signs.
 */
@Entity
@Table(name = "cb_review_entry")
public class ReviewEntry extends TenantOwned {

    public static final int DETAIL_LENGTH = 500;

    @Column(name = "board_id", nullable = false)
    private Long boardId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewReason reason;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(nullable = false)
    private boolean automatic;

    @Column(name = "effective_month", nullable = false)
    private LocalDate effectiveMonth;

    @Column(name = "dismissed_reason", length = DETAIL_LENGTH)
    private String dismissedReason;

    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;

    protected ReviewEntry() {
    }

    public ReviewEntry(ReviewBoard board, long childId, ReviewReason reason, String detail, String proposedBy) {
        if (reason == null) {
            throw new ValidationException("review.reason.required");
        }
        if (detail != null && detail.strip().length() > DETAIL_LENGTH) {
            throw new ValidationException("review.detail.length", DETAIL_LENGTH);
        }
        this.boardId = board.getId();
        this.childId = childId;
        this.reason = reason;
        this.direction = reason.direction();
        this.automatic = reason.automatic();
        this.detail = detail == null || detail.isBlank() ? null : detail.strip();
        this.effectiveMonth = effectiveMonth(board.getMonth(), direction).atDay(1);
        this.proposedBy = proposedBy;
    }

    /** Admissions count from the month reviewed; exits from the month after it. */
    public static YearMonth effectiveMonth(YearMonth reviewed, Direction direction) {
        return direction == Direction.EXIT ? reviewed.plusMonths(1) : reviewed;
    }

    public void dismiss(String why) {
        if (dismissedReason != null) {
            throw new ConflictException("review.entry.dismissed");
        }
        if (why == null || why.isBlank() || why.strip().length() > DETAIL_LENGTH) {
            throw new ValidationException("review.dismiss.reasonRequired");
        }
        this.dismissedReason = why.strip();
    }

    public boolean isKept() {
        return dismissedReason == null;
    }

    public Long getBoardId() {
        return boardId;
    }

    public long getChildId() {
        return childId;
    }

    public Direction getDirection() {
        return direction;
    }

    public ReviewReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public YearMonth getEffectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    public String getDismissedReason() {
        return dismissedReason;
    }

    public String getProposedBy() {
        return proposedBy;
    }
}
