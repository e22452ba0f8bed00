package org.carebridge.core.account.entity;

/** Role names as compile-time constants for {@code @RolesAllowed}; each equals a {@link Role} name. */
public final class Roles {
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String PROGRAMME_OFFICER = "PROGRAMME_OFFICER";
    public static final String FINANCE_OFFICER = "FINANCE_OFFICER";
    public static final String APPROVER = "APPROVER";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String AUDITOR = "AUDITOR";
    public static final String CITY_VIEWER = "CITY_VIEWER";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private Roles() {
    }
}
