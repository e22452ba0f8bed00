package org.carebridge.core.tenant.entity;

/** The four kinds of organisation that work together in the portal. */
public enum TenantKind {
    CITY_BUREAU, DISTRICT, FOUNDATION, SERVICE_ORG
}
