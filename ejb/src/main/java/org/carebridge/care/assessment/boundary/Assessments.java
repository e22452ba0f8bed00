package org.carebridge.care.assessment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.assessment.entity.Assessment;
import org.carebridge.care.assessment.entity.AssessmentInstrument;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;

import java.util.List;
import java.util.Map;

/**
 * Guardianship-capacity assessments in the bound district: the active instrument revision, a new
 * revision (administrators), assessing a child with it, and the child's history.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR})
public class Assessments {


    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    ChildLookup lookup;

    public InstrumentView activeInstrument() {
        return InstrumentView.of(active());
    }

    /** Writes a new revision; the previous one is retired but stays with the assessments made with it. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public InstrumentView revise(String name, int lowMax, int mediumMax, List<AssessmentInstrument.ItemData> items) {
        EntityManager em = data.tenant();
        Integer last = em.createQuery("select max(i.revision) from AssessmentInstrument i", Integer.class)
                .getSingleResult();
        em.createQuery("select i from AssessmentInstrument i where i.active = true", AssessmentInstrument.class)
                .getResultList().forEach(AssessmentInstrument::retire);
        AssessmentInstrument next = new AssessmentInstrument(last == null ? 1 : last + 1, name, lowMax, mediumMax, items,
                CallContext.actor());
        em.persist(next);
        em.flush();
        audit.record("INSTRUMENT_REVISED", "AssessmentInstrument", next.getId(), "revision " + next.getRevision());
        return InstrumentView.of(next);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public AssessmentView assess(long childId, Map<String, Integer> answers, String recommendations, String reassessOn) {
        lookup.require(childId);
        EntityManager em = data.tenant();
        Assessment a = new Assessment(childId, active(), answers, recommendations,
                LocalDates.parse(reassessOn, "assessment.reassessOn.range"), LocalDates.today(), CallContext.actor());
        em.persist(a);
        em.flush();
        audit.record("CHILD_ASSESSED", "Child", childId, "score " + a.getScore() + " " + a.getRisk());
        return AssessmentView.of(a);
    }

    /** The child's assessments, newest first. */
    public Page<AssessmentView> history(long childId, int offset, int limit) {
        lookup.require(childId);
        EntityManager em = data.tenant();
        long total = em.createQuery("select count(a) from Assessment a where a.childId = :c", Long.class)
                .setParameter("c", childId).getSingleResult();
        List<Assessment> items = em.createQuery("select a from Assessment a join fetch a.instrument"
                        + " where a.childId = :c order by a.id desc", Assessment.class)
                .setParameter("c", childId).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total, offset, limit).map(AssessmentView::of);
    }

    private AssessmentInstrument active() {
        return data.tenant().createQuery("select i from AssessmentInstrument i where i.active = true",
                        AssessmentInstrument.class).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.instrument.none"));
    }
}
