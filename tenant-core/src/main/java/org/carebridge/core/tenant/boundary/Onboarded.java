package org.carebridge.core.tenant.boundary;

/** The new tenant and its first administrator; the one-time password is shown once and never stored in clear. */
public record Onboarded(TenantView tenant, String adminUsername, String temporaryPassword) {
}
