package org.carebridge.core.account.boundary;

import java.util.List;

/** The outcome of a credential check; only {@link Status#OK} carries an account. */
public record LoginResult(Status status, Long accountId, boolean secondFactorNeeded, List<TenantChoice> tenants,
                          Long lastTenantId, boolean platformAdmin, String locale) implements java.io.Serializable {

    public enum Status { OK, BAD_CREDENTIALS, LOCKED, DISABLED, NO_MEMBERSHIP }

    public LoginResult {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }

    static LoginResult refused(Status status) {
        return new LoginResult(status, null, false, List.of(), null, false, null);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** The tenant to enter first: the requested one, else the last used, else the only or first one. */
    public Long defaultTenant() {
        if (tenants.isEmpty()) {
            return null;
        }
        return tenants.stream().map(TenantChoice::tenantId).filter(id -> id.equals(lastTenantId)).findFirst()
                .orElse(tenants.get(0).tenantId());
    }
}
