package org.carebridge.care.setup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.assessment.entity.Assessment;
import org.carebridge.care.assessment.entity.AssessmentInstrument;
import org.carebridge.care.assessment.entity.AssessmentItem;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.review.entity.ReviewBoard;
import org.carebridge.care.review.entity.ReviewEntry;
import org.carebridge.care.review.entity.ReviewReason;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The past year of a demo district, so that the figures and the work report have a history to show:
 * a guardianship assessment of each supported child on a day of the last twelve months, and the monthly
 * reviews of the year up to three months ago (the last two are left to be reviewed, as the reviews page
 * shows them), signed by the street and confirmed by the district, admitting supported children and
 * taking out the children who have since turned 18.
 */
@ApplicationScoped
public class DemoHistory {

    @Inject
    TenantData data;

    public void history(long districtId, String prefix, long seed) {
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-history")) {
            Random random = new Random(seed);
            EntityManager em = data.tenant();
            LocalDate today = LocalDates.today();
            List<Child> supported = em.createQuery("select c from Child c where c.status = :s order by c.id", Child.class)
                    .setParameter("s", ChildStatus.SUPPORTED).getResultList();
            List<Child> exited = em.createQuery("select c from Child c where c.status = :s order by c.id", Child.class)
                    .setParameter("s", ChildStatus.EXITED).getResultList();
            assessments(em, supported, prefix, today, random);
            reviews(em, supported, exited, prefix, today, random);
        }
    }

    private void assessments(EntityManager em, List<Child> children, String prefix, LocalDate today, Random random) {
        AssessmentInstrument instrument = em.createQuery("select i from AssessmentInstrument i order by i.revision desc",
                AssessmentInstrument.class).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (instrument == null) {
            return;
        }
        Map<Long, LocalDate> days = new HashMap<>();
        for (Child c : children) {
            LocalDate on = today.minusDays(7 + random.nextInt(350));
            Map<String, Integer> given = new HashMap<>();
            for (AssessmentItem item : instrument.getItems()) {
                given.put(item.getCode(), Math.min(item.getMaxScore(), random.nextInt(item.getMaxScore() + 1)
                        + (random.nextInt(5) == 0 ? 1 : 0)));
            }
            Assessment a = new Assessment(c.getId(), instrument, given, "定期走访，关注监护人照料情况，必要时链接资源。",
                    on.plusYears(1), on, prefix + ".caseworker");
            em.persist(a);
            em.flush();
            days.put(a.getId(), on);
        }
        // The constructor stamps "now"; the history is dated on the day of each assessment.
        days.forEach((id, on) -> em.createQuery("update Assessment a set a.assessedAt = :t where a.id = :id")
                .setParameter("t", on.atTime(10, 0).atZone(LocalDates.CHINA).toInstant()).setParameter("id", id)
                .executeUpdate());
    }

    private void reviews(EntityManager em, List<Child> supported, List<Child> exited, String prefix, LocalDate today,
                         Random random) {
        YearMonth thisMonth = YearMonth.from(today);
        List<Child> admit = new ArrayList<>(supported);
        java.util.Collections.shuffle(admit, random);
        admit = admit.subList(0, Math.min(admit.size(), supported.size() / 2));
        for (int back = 12; back >= 3; back--) {
            ReviewBoard board = new ReviewBoard(thisMonth.minusMonths(back));
            em.persist(board);
            em.flush();
            int slot = 12 - back;
            for (int i = slot; i < admit.size(); i += 10) {
                em.persist(new ReviewEntry(board, admit.get(i).getId(), ReviewReason.APPROVED, "审批通过，纳入保障",
                        prefix + ".caseworker"));
            }
            for (int i = slot; i < exited.size(); i += 10) {
                em.persist(new ReviewEntry(board, exited.get(i).getId(), ReviewReason.TURNED_18, "年满18周岁，退出保障",
                        prefix + ".caseworker"));
            }
            board.streetSign(prefix + ".director");
            board.confirm(prefix + ".approver");
            em.flush();
        }
    }
}
