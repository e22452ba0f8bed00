package org.carebridge.care.review.entity;

/**
 * Why a child is on the board; the code goes into the 增员/减员 file. Automatic triggers find
 * APPROVED, HELP_FIRST, HELP_REJECTED, TURNED_18, ASSESSMENT_HIGH_RISK, GUARDIAN_CAPABLE and NO_VISIT;
 * the others are proposed by staff when they learn of the change.
 */
public enum ReviewReason {
    APPROVED(Direction.ADMISSION, true),
    HELP_FIRST(Direction.ADMISSION, true),
    HELP_REJECTED(Direction.EXIT, true),
    TURNED_18(Direction.EXIT, true),
    GUARDIAN_CAPABLE(Direction.EXIT, true),
    ASSESSMENT_HIGH_RISK(Direction.CHECK, true),
    NO_VISIT(Direction.CHECK, true),
    PARENT_RELEASED(Direction.EXIT, false),
    PARENT_DECEASED(Direction.CHECK, false),
    ADOPTED(Direction.EXIT, false),
    CATEGORY_CHANGED(Direction.CHECK, false),
    DECEASED(Direction.EXIT, false),
    OTHER_EXIT(Direction.EXIT, false);

    private final Direction direction;
    private final boolean automatic;

    ReviewReason(Direction direction, boolean automatic) {
        this.direction = direction;
        this.automatic = automatic;
    }

    public Direction direction() {
        return direction;
    }

    /** Found by the board's triggers rather than proposed by a person. */
    public boolean automatic() {
        return automatic;
    }
}
