package org.carebridge.care.review.entity;

/** What a review entry proposes: admission (增员), exit (减员), or a check that changes nothing by itself. */
public enum Direction {
    ADMISSION, EXIT, CHECK
}
