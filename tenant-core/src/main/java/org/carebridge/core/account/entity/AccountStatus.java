package org.carebridge.core.account.entity;

/** A disabled account cannot log in and its open sessions and tokens stop working at the next request. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
