package org.carebridge.core.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;

import java.util.Locale;

/** Checks that a username names an active member of a tenant (assignees, visit teams, owners, conflicts of interest). */
@ApplicationScoped
public class TenantMembers {

    @Inject
    TenantData data;

    /**
     * The normalised username when it is an active member of the bound tenant; otherwise a
     * {@link ValidationException} with {@code messageKey} and the name as its argument.
     */
    public String requireActive(String username, String messageKey) {
        String who = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!isActiveMember(who, CallContext.requireTenant())) {
            throw new ValidationException(messageKey, who);
        }
        return who;
    }

    /** Whether the username has an active membership in the tenant (any tenant, not only the bound one). */
    public boolean isActiveMember(String username, long tenantId) {
        return username != null && !username.isEmpty() && !data.shared().createQuery("select m.id from Membership m"
                        + " where m.account.username = :u and m.tenant.id = :t and m.status = 'ACTIVE'", Long.class)
                .setParameter("u", username).setParameter("t", tenantId).getResultList().isEmpty();
    }
}
