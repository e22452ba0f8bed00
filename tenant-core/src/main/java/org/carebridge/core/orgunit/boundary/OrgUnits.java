package org.carebridge.core.orgunit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.orgunit.entity.OrgUnit;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.RegionCode;

/**
 * The bound tenant's organisational units. Reads are open to every member; changes to the tenant
 * administrator. Another tenant's unit does not exist here: {@code find} is filtered by tenant.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER, Roles.APPROVER,
        Roles.CASEWORKER, Roles.VOLUNTEER, Roles.AUDITOR, Roles.CITY_VIEWER})
public class OrgUnits {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    public Page<OrgUnitView> page(int offset, int limit) {
        EntityManager em = data.tenant();
        long total = em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult();
        var items = em.createQuery("select u from OrgUnit u order by u.name, u.id", OrgUnit.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total, offset, limit).map(OrgUnitView::of);
    }

    public OrgUnitView find(long id) {
        return OrgUnitView.of(load(id));
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public OrgUnitView create(OrgUnitData d) {
        OrgUnit u = new OrgUnit(d.name(), d.kind(), region(d.regionCode()), d.contact());
        EntityManager em = data.tenant();
        em.persist(u);
        em.flush();
        audit.record("ORG_UNIT_CREATED", "OrgUnit", u.getId(), u.getName());
        return OrgUnitView.of(u);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public OrgUnitView update(long id, OrgUnitData d) {
        OrgUnit u = load(id);
        if (u.getVersion() != d.version()) {
            throw new ConflictException("error.staleRecord");
        }
        u.change(d.name(), d.kind(), region(d.regionCode()), d.contact());
        data.tenant().flush();
        audit.record("ORG_UNIT_CHANGED", "OrgUnit", id, u.getName());
        return OrgUnitView.of(u);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public void delete(long id) {
        OrgUnit u = load(id);
        data.tenant().remove(u);
        audit.record("ORG_UNIT_DELETED", "OrgUnit", id, u.getName());
    }

    private OrgUnit load(long id) {
        OrgUnit u = data.tenant().find(OrgUnit.class, id);
        if (u == null) {
            throw new NotFoundException("orgUnit.notFound");
        }
        return u;
    }

    private static RegionCode region(String code) {
        return code == null || code.isBlank() ? null : RegionCode.of(code);
    }
}
