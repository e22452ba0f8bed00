package org.carebridge.core.tenant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.core.account.control.AccountFactory;
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
import org.carebridge.core.value.RegionCode;

import java.util.EnumSet;
import java.util.Set;

/** Onboarding and suspension of tenants by the platform administrator; a tenant's own settings by its administrator. */
@Stateless
public class Tenants {

    @Inject
    TenantData data;

    @Inject
    AccountFactory accounts;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Onboarded onboard(NewTenant request) {
        EntityManager em = data.shared();
        if (request.regionCode() == null || request.regionCode().isBlank()) {
            throw new ValidationException("value.region.format");
        }
        Tenant t = new Tenant(request.code() == null ? null : request.code().strip().toLowerCase(java.util.Locale.ROOT),
                request.kind(), request.nameZh(), request.nameEn(), RegionCode.of(request.regionCode()));
        if (!em.createQuery("select t.id from Tenant t where t.code = :c", Long.class).setParameter("c", t.getCode())
                .getResultList().isEmpty()) {
            throw new ConflictException("tenant.code.taken", t.getCode());
        }
        em.persist(t);
        em.flush();
        AccountFactory.Added admin = accounts.addMember(t, request.adminUsername(),
                request.adminDisplayName() == null || request.adminDisplayName().isBlank()
                        ? request.adminUsername() : request.adminDisplayName(),
                EnumSet.of(Role.TENANT_ADMIN));
        audit.record("TENANT_CREATED", "Tenant", t.getId(), t.getCode() + " " + t.getKind());
        audit.record("MEMBER_ADDED", "Account", admin.account().getId(), admin.account().getUsername()
                + " TENANT_ADMIN in " + t.getCode());
        return new Onboarded(TenantView.of(t), admin.account().getUsername(), admin.temporaryPassword());
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Page<TenantView> page(int offset, int limit) {
        EntityManager em = data.shared();
        long total = em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
        var items = em.createQuery("select t from Tenant t order by t.id", Tenant.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total, offset, limit).map(TenantView::of);
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TenantView find(long id) {
        return TenantView.of(load(id));
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TenantView suspend(long id) {
        Tenant t = load(id);
        t.suspend();
        audit.record("TENANT_SUSPENDED", "Tenant", id, t.getCode());
        return TenantView.of(t);
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TenantView activate(long id) {
        Tenant t = load(id);
        t.activate();
        audit.record("TENANT_ACTIVATED", "Tenant", id, t.getCode());
        return TenantView.of(t);
    }

    /** The bound tenant, for any of its members. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER, Roles.APPROVER,
            Roles.CASEWORKER, Roles.VOLUNTEER, Roles.AUDITOR, Roles.CITY_VIEWER})
    public TenantView current() {
        return TenantView.of(load(CallContext.requireTenant()));
    }

    /** Roles of the bound tenant whose holders must use a second factor. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public Set<Role> secondFactorRoles() {
        return load(CallContext.requireTenant()).mfaRoles();
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public void requireSecondFactorFor(Set<Role> roles) {
        Tenant t = load(CallContext.requireTenant());
        t.requireSecondFactorFor(roles);
        audit.record("TENANT_MFA_ROLES", "Tenant", t.getId(), roles.toString());
    }

    private Tenant load(long id) {
        Tenant t = data.shared().find(Tenant.class, id);
        if (t == null) {
            throw new NotFoundException("tenant.notFound");
        }
        return t;
    }
}
