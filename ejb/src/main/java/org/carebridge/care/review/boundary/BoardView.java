package org.carebridge.care.review.boundary;

import org.carebridge.care.review.entity.BoardStatus;
import org.carebridge.care.review.entity.ReviewBoard;

import java.time.Instant;
import java.time.YearMonth;

/** A month's board with its counts of kept admissions, exits and checks, and of dismissed entries. */
public record BoardView(long id, YearMonth month, BoardStatus status, long admissions, long exits, long checks,
                        long dismissed, String streetSignedBy, Instant streetSignedAt, String confirmedBy,
                        Instant confirmedAt) {

    static BoardView of(ReviewBoard b, long admissions, long exits, long checks, long dismissed) {
        return new BoardView(b.getId(), b.getMonth(), b.getStatus(), admissions, exits, checks, dismissed,
                b.getStreetSignedBy(), b.getStreetSignedAt(), b.getConfirmedBy(), b.getConfirmedAt());
    }
}
