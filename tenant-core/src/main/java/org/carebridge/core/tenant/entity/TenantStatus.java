package org.carebridge.core.tenant.entity;

/** A suspended tenant's members cannot log in; its data stays untouched. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
