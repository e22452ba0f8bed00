package org.carebridge.care.allowance.entity;

/** PROPOSED → ADOPTED (by an approver who did not propose it) or DECLINED. */
public enum RateStatus {
    PROPOSED, ADOPTED, DECLINED
}
