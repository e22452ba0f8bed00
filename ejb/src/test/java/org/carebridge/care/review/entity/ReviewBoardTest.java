package org.carebridge.care.review.entity;

import org.carebridge.core.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewBoardTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void admissionsCountFromTheMonthReviewedAndExitsFromTheNext() {
        assertThat(ReviewEntry.effectiveMonth(NOV, Direction.ADMISSION)).isEqualTo(NOV);
        assertThat(ReviewEntry.effectiveMonth(NOV, Direction.EXIT)).isEqualTo(YearMonth.of(2026, 12));
        assertThat(ReviewEntry.effectiveMonth(YearMonth.of(2026, 12), Direction.EXIT)).isEqualTo(YearMonth.of(2027, 1));
        ReviewBoard board = new ReviewBoard(NOV);
        ReviewEntry exit = new ReviewEntry(board, 4L, ReviewReason.TURNED_18, "2026-11-15", "job:x");
        assertThat(exit.getDirection()).isEqualTo(Direction.EXIT);
        assertThat(exit.getEffectiveMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(exit.isAutomatic()).isTrue();
        ReviewEntry adopted = new ReviewEntry(board, 5L, ReviewReason.ADOPTED, "经法院确认收养", "d1.caseworker");
        assertThat(adopted.isAutomatic()).isFalse();
        assertThat(new ReviewEntry(board, 6L, ReviewReason.APPROVED, null, "x").getEffectiveMonth()).isEqualTo(NOV);
    }

    @Test
    void theStreetSignsThenAnotherPersonConfirms() {
        ReviewBoard board = new ReviewBoard(NOV);
        assertThatThrownBy(() -> board.confirm("d1.approver")).extracting(ReviewBoardTest::key)
                .isEqualTo("review.board.notSigned");
        board.streetSign("d1.caseworker");
        assertThat(board.getStatus()).isEqualTo(BoardStatus.STREET_SIGNED);
        assertThatThrownBy(board::requireOpen).extracting(ReviewBoardTest::key).isEqualTo("review.board.notOpen");
        assertThatThrownBy(() -> board.streetSign("x")).extracting(ReviewBoardTest::key)
                .isEqualTo("review.board.notOpen");
        assertThatThrownBy(() -> board.confirm("d1.caseworker")).extracting(ReviewBoardTest::key)
                .isEqualTo("review.board.sameSigner");
        board.confirm("d1.approver");
        assertThat(board.getStatus()).isEqualTo(BoardStatus.CONFIRMED);
        assertThat(board.getConfirmedBy()).isEqualTo("d1.approver");
        assertThatThrownBy(() -> board.confirm("other")).extracting(ReviewBoardTest::key)
                .isEqualTo("review.board.notSigned");
    }

    @Test
    void anEntryIsDismissedOnceWithAReason() {
        ReviewEntry e = new ReviewEntry(new ReviewBoard(NOV), 4L, ReviewReason.NO_VISIT, null, "job:x");
        assertThat(e.getDirection()).isEqualTo(Direction.CHECK);
        assertThatThrownBy(() -> e.dismiss(" ")).extracting(ReviewBoardTest::key)
                .isEqualTo("review.dismiss.reasonRequired");
        assertThat(e.isKept()).isTrue();
        e.dismiss("11月20日已走访，系统未及时录入");
        assertThat(e.isKept()).isFalse();
        assertThatThrownBy(() -> e.dismiss("again")).extracting(ReviewBoardTest::key)
                .isEqualTo("review.entry.dismissed");
        assertThatThrownBy(() -> new ReviewEntry(new ReviewBoard(NOV), 4L, null, null, "x"))
                .extracting(ReviewBoardTest::key).isEqualTo("review.reason.required");
    }

    @Test
    void everyReasonHasADirectionAndTheFileCodesAreStable() {
        assertThat(ReviewReason.valueOf("TURNED_18").direction()).isEqualTo(Direction.EXIT);
        assertThat(ReviewReason.APPROVED.direction()).isEqualTo(Direction.ADMISSION);
        assertThat(ReviewReason.PARENT_RELEASED.automatic()).isFalse();
        assertThat(ReviewReason.NO_VISIT.automatic()).isTrue();
    }
}
