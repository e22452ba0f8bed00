package org.carebridge.core.account.boundary;

import org.carebridge.core.account.entity.Role;
import org.carebridge.core.tenant.entity.TenantKind;

import java.io.Serializable;
import java.util.Set;

/**
 * What an authenticated account may do right now: in one tenant (with its roles) or, for a platform
 * administrator, on the platform (no tenant). Re-read from the database on every request, so a
 * disabled account or a revoked membership takes effect at once.
 */
public record Grant(long accountId, String username, String displayName, Long tenantId, String tenantCode,
                    String tenantNameZh, String tenantNameEn, TenantKind tenantKind, Set<Role> roles,
                    boolean secondFactorMissing, boolean passwordChangeRequired, String locale)
        implements Serializable {

    public Grant {
        roles = Set.copyOf(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean platform() {
        return tenantId == null;
    }

    public String tenantName(java.util.Locale locale) {
        if (tenantId == null) {
            return null;
        }
        return locale != null && !"zh".equals(locale.getLanguage()) ? tenantNameEn : tenantNameZh;
    }
}
