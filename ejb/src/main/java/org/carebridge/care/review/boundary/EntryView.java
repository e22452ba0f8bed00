package org.carebridge.care.review.boundary;

import org.carebridge.care.review.entity.Direction;
import org.carebridge.care.review.entity.ReviewEntry;
import org.carebridge.care.review.entity.ReviewReason;

import java.time.YearMonth;

/** A board entry with the child's name and masked resident ID. */
public record EntryView(long id, long childId, String childName, String residentIdMasked, Direction direction,
                        ReviewReason reason, String detail, boolean automatic, YearMonth effectiveMonth,
                        String dismissedReason, String proposedBy) {

    static EntryView of(ReviewEntry e, String childName, String masked) {
        return new EntryView(e.getId(), e.getChildId(), childName, masked, e.getDirection(), e.getReason(),
                e.getDetail(), e.isAutomatic(), e.getEffectiveMonth(), e.getDismissedReason(), e.getProposedBy());
    }
}
