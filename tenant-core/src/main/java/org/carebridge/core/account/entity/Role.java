package org.carebridge.core.account.entity;

/**
 * What a member may do inside a tenant. The names are the security roles of {@code @RolesAllowed}
 * (see {@link Roles} for the constants annotations need).
 */
public enum Role {
    TENANT_ADMIN, PROGRAMME_OFFICER, FINANCE_OFFICER, APPROVER, CASEWORKER, VOLUNTEER, AUDITOR, CITY_VIEWER,
    /** Held by platform operators through their account, never through a membership. */
    PLATFORM_ADMIN;

    /** Roles a tenant administrator may grant to members. */
    public static java.util.Set<Role> grantable() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(PLATFORM_ADMIN));
    }
}
