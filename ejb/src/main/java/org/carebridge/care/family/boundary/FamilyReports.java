package org.carebridge.care.family.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.family.entity.FamilyReport;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;

import java.time.Instant;
import java.util.List;

/** The district's side of what families report through the status page: tasks to look at and close. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR})
public class FamilyReports {

    @Inject
    TenantData data;

    @Inject
    ChildLookup lookup;

    @Inject
    AuditTrail audit;

    /** A child's reports, newest first (at most 100). */
    public List<FamilyReportView> forChild(long childId) {
        lookup.require(childId);
        return data.tenant().createQuery("select r from FamilyReport r where r.childId = :c order by r.reportedAt desc",
                        FamilyReport.class).setParameter("c", childId).setMaxResults(100).getResultList().stream()
                .map(FamilyReportView::of).toList();
    }

    /** Reports nobody has handled yet (the dashboard's count). */
    public long openCount() {
        return data.tenant().createQuery("select count(r) from FamilyReport r where r.status = 'OPEN'", Long.class)
                .getSingleResult();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public FamilyReportView handle(long id) {
        FamilyReport r = data.tenant().find(FamilyReport.class, id);
        if (r == null) {
            throw new NotFoundException("family.report.notFound");
        }
        r.handled(CallContext.actor(), Instant.now());
        audit.record("FAMILY_REPORT_HANDLED", "Child", r.getChildId(), r.getWhat().name());
        return FamilyReportView.of(r);
    }
}
