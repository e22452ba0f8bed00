package org.carebridge.care.lead.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.child.boundary.ChildRecord;
import org.carebridge.care.child.boundary.Children;
import org.carebridge.care.child.boundary.NewChild;
import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.lead.control.LeadCsv;
import org.carebridge.care.lead.entity.Lead;
import org.carebridge.care.lead.entity.LeadSource;
import org.carebridge.care.lead.entity.LeadStatus;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.account.control.TenantMembers;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.ResidentId;

import java.util.List;

/**
 * Active discovery in the bound district: record a lead, assign it to a member, follow it up, turn
 * it into a register entry or close it with a reason; import many from a CSV file, all or nothing.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.VOLUNTEER, Roles.AUDITOR})
public class Leads {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Children children;

    @Inject
    TenantMembers members;

    public Page<LeadView> page(LeadStatus status, int offset, int limit) {
        EntityManager em = data.tenant();
        String where = status == null ? "" : " where l.status = :s";
        var count = em.createQuery("select count(l) from Lead l" + where, Long.class);
        var rows = em.createQuery("select l from Lead l" + where + " order by l.id desc", Lead.class);
        if (status != null) {
            count.setParameter("s", status);
            rows.setParameter("s", status);
        }
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(),
                offset, limit).map(LeadView::of);
    }

    public LeadView find(long id) {
        return LeadView.of(load(id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.VOLUNTEER})
    public LeadView record(NewLead n) {
        if (n == null) {
            throw new ValidationException("error.badRequest");
        }
        Lead lead = new Lead(PersonName.of(n.childName()), residentId(n.residentId()), n.foundAt(),
                n.regionCode() == null || n.regionCode().isBlank() ? null : RegionCode.of(n.regionCode()),
                n.source() == null ? LeadSource.FIELD : n.source(), n.categories(), n.note(), CallContext.actor());
        EntityManager em = data.tenant();
        em.persist(lead);
        em.flush();
        audit.record("LEAD_RECORDED", "Lead", lead.getId(), lead.getSource().name());
        return LeadView.of(lead);
    }

    /** Gives the lead to a member of this district (by username) to follow up. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public LeadView assign(long id, String username) {
        Lead lead = load(id);
        String who = members.requireActive(username, "lead.assignee.notMember");
        lead.assignTo(who);
        audit.record("LEAD_ASSIGNED", "Lead", id, who);
        return LeadView.of(lead);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.VOLUNTEER})
    public LeadView followUp(long id, String note) {
        Lead lead = load(id);
        lead.followUp(note);
        audit.record("LEAD_FOLLOWED_UP", "Lead", id, lead.getNote());
        return LeadView.of(lead);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public LeadView close(long id, String reason) {
        Lead lead = load(id);
        lead.close(reason);
        audit.record("LEAD_CLOSED", "Lead", id, lead.getCloseReason());
        return LeadView.of(lead);
    }

    /**
     * Registers the child the lead is about (status DISCOVERED), from the lead's resident ID,
     * categories and region; the application itself follows in the applications feature.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public LeadView convert(long id) {
        Lead lead = load(id);
        if (lead.getStatus().isFinished()) {
            throw new ValidationException("lead.finished");
        }
        if (lead.getResidentId() == null || lead.getRegionCode() == null || lead.getCategories().isEmpty()) {
            throw new ValidationException("lead.convert.incomplete");
        }
        ChildRecord child = children.register(new NewChild(lead.getChildName().value(), null, null,
                lead.getResidentId().value(), null, lead.getRegionCode().value(), null, lead.getCategories(),
                CareSetting.FAMILY, List.of()));
        lead.convertedTo(child.summary().id());
        audit.record("LEAD_CONVERTED", "Lead", id, "Child " + child.summary().id());
        return LeadView.of(lead);
    }

    /**
     * Imports leads from CSV text: every row is checked (values, duplicates in the file, children
     * already in this district's register); if any row fails nothing is stored and the report says
     * why, row by row.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ImportReport importCsv(String csv) {
        List<LeadCsv.Row> rows = LeadCsv.parse(csv, CallContext.actor());
        EntityManager em = data.tenant();
        List<ResidentId> ids = rows.stream().filter(LeadCsv.Row::accepted).map(r -> r.lead().getResidentId())
                .filter(java.util.Objects::nonNull).toList();
        java.util.Set<ResidentId> registered = ids.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(
                em.createQuery("select c.residentId from Child c where c.residentId in :ids", ResidentId.class)
                        .setParameter("ids", ids).getResultList());
        List<ImportReport.RowResult> results = rows.stream().map(r -> {
            if (r.accepted() && r.lead().getResidentId() != null && registered.contains(r.lead().getResidentId())) {
                return new ImportReport.RowResult(r.line(), false, "lead.import.alreadyRegistered", List.of());
            }
            return new ImportReport.RowResult(r.line(), r.accepted(), r.messageKey(), r.arguments());
        }).toList();
        int accepted = (int) results.stream().filter(ImportReport.RowResult::accepted).count();
        boolean commit = accepted == results.size();
        if (commit) {
            rows.forEach(r -> em.persist(r.lead()));
            em.flush();
            audit.record("LEADS_IMPORTED", "Lead", null, accepted + " rows");
        }
        return new ImportReport(commit, accepted, results.size() - accepted, results);
    }

    private Lead load(long id) {
        Lead l = data.tenant().find(Lead.class, id);
        if (l == null) {
            throw new NotFoundException("lead.notFound");
        }
        return l;
    }

    private static ResidentId residentId(String text) {
        return text == null || text.isBlank() ? null : ResidentId.of(text);
    }
}
