package org.carebridge.care.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A district's month-end review board. The street (township) signs it off, then a district approver
 * who did not sign it confirms it; a confirmed board is final and its exits take effect next month.
 */
@Entity
@Table(name = "cb_review_board")
public class ReviewBoard extends TenantOwned {

    /** The first day of the month reviewed. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private BoardStatus status;

    @Column(name = "street_signed_by", length = 80)
    private String streetSignedBy;

    @Column(name = "street_signed_at")
    private Instant streetSignedAt;

    @Column(name = "confirmed_by", length = 80)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected ReviewBoard() {
    }

    public ReviewBoard(YearMonth month) {
        this.monthStart = month.atDay(1);
        this.status = BoardStatus.OPEN;
    }

    public void requireOpen() {
        if (status != BoardStatus.OPEN) {
            throw new ConflictException("review.board.notOpen");
        }
    }

    public void streetSign(String by) {
        requireOpen();
        this.status = BoardStatus.STREET_SIGNED;
        this.streetSignedBy = by;
        this.streetSignedAt = Instant.now();
    }

    /** The district confirms a signed board; the person who signed it for the street may not. */
    public void confirm(String by) {
        if (status != BoardStatus.STREET_SIGNED) {
            throw new ConflictException("review.board.notSigned");
        }
        if (by.equals(streetSignedBy)) {
            throw new AccessDeniedException("review.board.sameSigner");
        }
        this.status = BoardStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = Instant.now();
    }

    public YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    public BoardStatus getStatus() {
        return status;
    }

    public String getStreetSignedBy() {
        return streetSignedBy;
    }

    public Instant getStreetSignedAt() {
        return streetSignedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
