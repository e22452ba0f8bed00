package org.carebridge.core.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.core.account.control.AccountFactory;
import org.carebridge.core.account.entity.Membership;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;

import java.util.Set;

/**
 * A tenant administrator's management of the people in the bound tenant: invite, change roles,
 * remove. Memberships are platform rows (the login flow reads them across tenants), so every query
 * here names the bound tenant, and a membership of another tenant is "not found".
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class Members {

    @Inject
    TenantData data;

    @Inject
    AccountFactory accounts;

    @Inject
    AuditTrail audit;

    public Page<MemberView> page(int offset, int limit) {
        long tenant = CallContext.requireTenant();
        EntityManager em = data.shared();
        long total = em.createQuery("select count(m) from Membership m where m.tenant.id = :t", Long.class)
                .setParameter("t", tenant).getSingleResult();
        var items = em.createQuery("select m from Membership m join fetch m.account a where m.tenant.id = :t"
                        + " order by a.username", Membership.class)
                .setParameter("t", tenant).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total, offset, limit).map(MemberView::of);
    }

    public MemberView find(long membershipId) {
        return MemberView.of(load(membershipId));
    }

    public Invitation invite(String username, String displayName, Set<Role> roles) {
        Tenant tenant = data.shared().find(Tenant.class, CallContext.requireTenant());
        AccountFactory.Added added = accounts.addMember(tenant, username,
                displayName == null || displayName.isBlank() ? username : displayName, roles);
        audit.record("MEMBER_ADDED", "Membership", added.membership().getId(),
                added.account().getUsername() + " " + roles);
        return new Invitation(MemberView.of(added.membership()), added.temporaryPassword());
    }

    public MemberView changeRoles(long membershipId, Set<Role> roles) {
        Membership m = load(membershipId);
        if (m.getAccount().getUsername().equals(CallContext.actor()) && !roles.contains(Role.TENANT_ADMIN)) {
            throw new ValidationException("membership.selfDemotion");
        }
        m.grant(roles);
        audit.record("MEMBER_ROLES", "Membership", membershipId, m.getAccount().getUsername() + " " + roles);
        return MemberView.of(m);
    }

    /**
     * Ends the membership; the account stops working here at its next request. An account that is then
     * a member nowhere (and no platform administrator) is disabled; inviting it again enables it.
     */
    public MemberView remove(long membershipId) {
        Membership m = load(membershipId);
        if (m.getAccount().getUsername().equals(CallContext.actor())) {
            throw new ConflictException("membership.selfRemoval");
        }
        m.revoke();
        audit.record("MEMBER_REMOVED", "Membership", membershipId, m.getAccount().getUsername());
        long elsewhere = data.shared().createQuery("select count(o) from Membership o where o.account = :a"
                        + " and o.status = 'ACTIVE' and o.id <> :m", Long.class)
                .setParameter("a", m.getAccount()).setParameter("m", m.getId()).getSingleResult();
        if (elsewhere == 0 && !m.getAccount().isPlatformAdmin()) {
            m.getAccount().disable();
            audit.record("ACCOUNT_DISABLED", "Account", m.getAccount().getId(), "member nowhere any more");
        }
        return MemberView.of(m);
    }

    private Membership load(long membershipId) {
        long tenant = CallContext.requireTenant();
        return data.shared().createQuery("select m from Membership m join fetch m.account"
                        + " where m.id = :id and m.tenant.id = :t", Membership.class)
                .setParameter("id", membershipId).setParameter("t", tenant)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("membership.notFound"));
    }
}
