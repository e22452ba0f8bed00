package org.carebridge.care.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.application.entity.Application;
import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.care.application.entity.Track;
import org.carebridge.care.assessment.entity.Assessment;
import org.carebridge.care.assessment.entity.Risk;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.review.entity.ReviewBoard;
import org.carebridge.care.review.entity.ReviewEntry;
import org.carebridge.care.review.entity.ReviewReason;
import org.carebridge.care.visit.entity.VisitStatus;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The automatic triggers of a month's review, run against the bound district: approvals and
 * help-first starts in the month (admissions), help-first rejections, 18th birthdays by the month's
 * end and guardians assessed capable again for de-facto unsupported children (exits), high-risk
 * assessments of children not yet supported and supported children not visited for
 * {@value #NO_VISIT_MONTHS} months (checks). Adding them is idempotent: an entry already on the board
 * for the same child and reason is not added again.
 */
@ApplicationScoped
public class ReviewTriggers {

    public static final int NO_VISIT_MONTHS = 3;

    /** A candidate the triggers found. */
    public record Candidate(long childId, ReviewReason reason, String detail) {
    }

    @Inject
    TenantData data;

    @Inject
    org.carebridge.care.child.control.ChildLookup lookup;

    /** Adds the month's new candidates to the board; returns how many were added. */
    public int addCandidates(ReviewBoard board, String actor) {
        EntityManager em = data.tenant();
        Set<String> present = new HashSet<>();
        em.createQuery("select e from ReviewEntry e where e.boardId = :b", ReviewEntry.class)
                .setParameter("b", board.getId()).getResultList()
                .forEach(e -> present.add(e.getChildId() + "/" + e.getReason()));
        int added = 0;
        for (Candidate c : candidates(board.getMonth())) {
            if (present.add(c.childId() + "/" + c.reason())) {
                em.persist(new ReviewEntry(board, c.childId(), c.reason(), c.detail(), actor));
                added++;
            }
        }
        em.flush();
        return added;
    }

    public List<Candidate> candidates(YearMonth month) {
        EntityManager em = data.tenant();
        Instant from = month.atDay(1).atStartOfDay(LocalDates.CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(LocalDates.CHINA).toInstant();
        LocalDate monthEnd = month.atEndOfMonth();
        List<Candidate> out = new ArrayList<>();

        for (Application a : em.createQuery("select a from Application a where a.decidedAt >= :f and a.decidedAt < :t"
                + " and a.status in :ok", Application.class).setParameter("f", from).setParameter("t", to)
                .setParameter("ok", List.of(ApplicationStatus.APPROVED)).getResultList()) {
            out.add(new Candidate(a.getChildId(), ReviewReason.APPROVED, a.getReference()));
        }
        for (Application a : em.createQuery("select a from Application a where a.submittedAt >= :f"
                + " and a.submittedAt < :t and a.track = :help", Application.class).setParameter("f", from)
                .setParameter("t", to).setParameter("help", Track.HELP_FIRST).getResultList()) {
            out.add(new Candidate(a.getChildId(), ReviewReason.HELP_FIRST, a.getReference()));
        }
        for (Application a : em.createQuery("select a from Application a where a.decidedAt >= :f and a.decidedAt < :t"
                + " and a.status = :rejected and a.track = :help", Application.class).setParameter("f", from)
                .setParameter("t", to).setParameter("rejected", ApplicationStatus.REJECTED)
                .setParameter("help", Track.HELP_FIRST).getResultList()) {
            out.add(new Candidate(a.getChildId(), ReviewReason.HELP_REJECTED, a.getReference()));
        }
        for (Child c : em.createQuery("select c from Child c where c.status = :s and c.birthDate <= :born",
                        Child.class).setParameter("s", ChildStatus.SUPPORTED)
                .setParameter("born", monthEnd.minusYears(Child.ADULT_AGE)).getResultList()) {
            out.add(new Candidate(c.getId(), ReviewReason.TURNED_18, c.getBirthDate().plusYears(Child.ADULT_AGE).toString()));
        }
        List<Assessment> assessed = em.createQuery("select a from Assessment a where a.assessedAt >= :f"
                + " and a.assessedAt < :t", Assessment.class).setParameter("f", from).setParameter("t", to).getResultList();
        java.util.Map<Long, Child> assessedChildren = lookup.byIds(assessed.stream().map(Assessment::getChildId).toList());
        for (Assessment a : assessed) {
            Child c = assessedChildren.get(a.getChildId());
            if (a.getRisk() == Risk.HIGH && c.getStatus() != ChildStatus.SUPPORTED && c.getStatus() != ChildStatus.EXITED) {
                out.add(new Candidate(c.getId(), ReviewReason.ASSESSMENT_HIGH_RISK, "score " + a.getScore()));
            } else if (a.getRisk() == Risk.LOW && c.getStatus() == ChildStatus.SUPPORTED
                    && c.getCategories().contains(ChildCategory.DE_FACTO_UNSUPPORTED)) {
                out.add(new Candidate(c.getId(), ReviewReason.GUARDIAN_CAPABLE, "score " + a.getScore()));
            }
        }
        LocalDate since = monthEnd.minusMonths(NO_VISIT_MONTHS);
        for (Child c : em.createQuery("select c from Child c where c.status = :s and not exists (select v.id"
                        + " from Visit v where v.childId = c.id and v.status = :done and v.visitedOn > :since)",
                        Child.class).setParameter("s", ChildStatus.SUPPORTED).setParameter("done", VisitStatus.DONE)
                .setParameter("since", since).getResultList()) {
            out.add(new Candidate(c.getId(), ReviewReason.NO_VISIT, since.toString()));
        }
        return out;
    }
}
