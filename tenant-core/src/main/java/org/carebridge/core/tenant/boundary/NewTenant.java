package org.carebridge.core.tenant.boundary;

import org.carebridge.core.tenant.entity.TenantKind;

/** What the platform administrator enters to onboard a tenant and its first administrator. */
public record NewTenant(String code, TenantKind kind, String nameZh, String nameEn, String regionCode,
                        String adminUsername, String adminDisplayName) {
}
