package org.carebridge.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.review.boundary.BoardView;
import org.carebridge.care.review.boundary.EntryView;
import org.carebridge.care.review.boundary.Reviews;
import org.carebridge.care.review.entity.Direction;
import org.carebridge.care.review.entity.ReviewReason;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * The month-end review board ({@code /app/reviews.xhtml?month=2026-11}): gather candidates, dismiss
 * entries, street sign-off, district confirmation, the 增员/减员 file; and proposals from a child's page.
 */
@Named
@ViewScoped
public class ReviewsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    private String month = YearMonth.from(LocalDates.today()).toString();
    private BoardView board;
    private boolean loaded;
    private Direction direction;
    private final PagedModel<EntryView> model = new PagedModel<>((offset, limit) ->
            reviews.entries(month, direction, false, offset, limit));

    private Long dismissId;
    private String dismissReason;

    private ReviewReason proposalReason;
    private String proposalDetail;

    public void load() {
        try {
            board = reviews.board(month);
        } catch (NotFoundException e) {
            board = null;
        }
        loaded = true;
    }

    public BoardView getBoard() {
        if (!loaded) {
            load();
        }
        return board;
    }

    public void generate() {
        board = reviews.generate(month);
        Messages.info("common.saved");
    }

    public void streetSign() {
        board = reviews.streetSign(month);
        Messages.info("common.saved");
    }

    public void confirm() {
        board = reviews.confirm(month);
        Messages.info("common.saved");
    }

    public StreamedContent getChanges() {
        byte[] csv = reviews.exportChanges(month);
        return DefaultStreamedContent.builder().name("changes-" + month + ".csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public void startDismiss(long id) {
        dismissId = id;
        dismissReason = null;
    }

    public void dismiss() {
        reviews.dismiss(month, dismissId, dismissReason);
        load();
        Messages.info("common.saved");
        PrimeFaces.current().executeScript("PF('dismissDialog').hide()");
    }

    /** From a child's page: puts a reported change on this month's board. */
    public void propose(long childId) {
        reviews.propose(month, childId, proposalReason, proposalDetail);
        proposalReason = null;
        proposalDetail = null;
        Messages.info("common.saved");
    }

    public ReviewReason[] getManualReasons() {
        return Arrays.stream(ReviewReason.values()).filter(r -> !r.automatic()).toArray(ReviewReason[]::new);
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public PagedModel<EntryView> getModel() {
        return model;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getDismissReason() {
        return dismissReason;
    }

    public void setDismissReason(String dismissReason) {
        this.dismissReason = dismissReason;
    }

    public ReviewReason getProposalReason() {
        return proposalReason;
    }

    public void setProposalReason(ReviewReason proposalReason) {
        this.proposalReason = proposalReason;
    }

    public String getProposalDetail() {
        return proposalDetail;
    }

    public void setProposalDetail(String proposalDetail) {
        this.proposalDetail = proposalDetail;
    }
}
