package org.carebridge.core.account.boundary;

import org.carebridge.core.account.entity.Membership;
import org.carebridge.core.account.entity.Role;

import java.util.Set;

/** A member of the bound tenant, as its administrator sees it. */
public record MemberView(long membershipId, long accountId, String username, String displayName, Set<Role> roles,
                         boolean active, boolean secondFactor, long version) {

    public static MemberView of(Membership m) {
        return new MemberView(m.getId(), m.getAccount().getId(), m.getAccount().getUsername(),
                m.getAccount().getDisplayName(), m.roles(), m.isActive() && m.getAccount().isActive(),
                m.getAccount().isTotpEnabled(), m.getVersion());
    }
}
