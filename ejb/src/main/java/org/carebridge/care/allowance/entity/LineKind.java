package org.carebridge.care.allowance.entity;

/** The month's payment, or back-pay for an earlier month paid below the rate adopted since. */
public enum LineKind {
    REGULAR, BACKPAY
}
