package org.carebridge.core.tenant.boundary;

import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.tenant.entity.TenantStatus;

import java.time.Instant;

/** A tenant as shown to the platform administrator and returned by the API. */
public record TenantView(long id, String code, TenantKind kind, String nameZh, String nameEn, String regionCode,
                         TenantStatus status, Instant createdAt) {

    public static TenantView of(Tenant t) {
        return new TenantView(t.getId(), t.getCode(), t.getKind(), t.getNameZh(), t.getNameEn(),
                t.getRegionCode().value(), t.getStatus(), t.getCreatedAt());
    }
}
