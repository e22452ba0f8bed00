package org.carebridge.care.allowance.entity;

/** How often a scheme pays: every month, or once a year. */
public enum Frequency {
    MONTHLY, YEARLY
}
