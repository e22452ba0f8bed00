package org.carebridge.care.setup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.enrolment.control.ProjectDelivery;
import org.carebridge.care.enrolment.entity.Enrolment;
import org.carebridge.care.service.entity.CasePlan;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.control.Delivered;
import org.carebridge.funding.project.control.Indicators;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.entity.OutcomeReport;
import org.carebridge.funding.project.entity.ReportKind;
import org.carebridge.funding.project.entity.ReportedValue;
import org.carebridge.funding.project.entity.CoFunder;
import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.ProjectTerms;
import org.carebridge.funding.project.entity.ServiceProject;
import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.Criterion;
import org.carebridge.funding.tender.entity.Tender;
import org.carebridge.funding.tender.entity.TenderTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo service projects modelled on the source report's purchased services: the district's "family
 * support and counselling" project from an awarded tender, co-funded by the foundation, with
 * enrolled children, a few months of counselling sessions and milestones in several states; the
 * foundation's own "responsive care for children in institutions" project; and an unsuccessful
 * tender, so that every tender state is present.
 */
@Dependent
public class DemoProjects {

    @Inject
    TenantData data;

    public void projects(long districtId, long providerId, long foundationId) {
        LocalDate today = LocalDates.today();
        Instant now = Instant.now();
        EntityManager em = data.shared();
        Instant opened = now.minusSeconds(200L * 24 * 3600);
        LocalDate start = today.minusMonths(5).withDayOfMonth(1);
        LocalDate end = start.plusYears(1).minusDays(1);
        Tender awarded = new Tender(districtId, new TenderTerms("困境儿童家庭支持与心理辅导服务项目", ServiceType.COUNSELLING,
                "为本区事实无人抚养儿童、孤儿及其照料人提供个案辅导、家庭支持与心理疏导，按月提交服务记录。",
                "孤儿、事实无人抚养儿童", 40, "110112", Money.of("450000.00"), start, end,
                "个案辅导≥120次；服务儿童≥40名；服务时长≥180小时；满意度≥90%",
                List.of(new Criterion("服务方案", 50), new Criterion("团队与经验", 20), new Criterion("报价", 30)),
                "法人登记证书、近两年审计报告", opened.plusSeconds(20L * 24 * 3600)), "d1.admin", opened);
        awarded.publish(opened);
        em.persist(awarded);
        Tender unsuccessful = new Tender(districtId, new TenderTerms("困境儿童课后托管服务项目", ServiceType.TUTORING,
                "为放学后无人照看的困境儿童提供课后托管与课业辅导。", "留守儿童、困境儿童", 30, "110112",
                Money.of("200000.00"), start, end, "托管服务≥150天", List.of(new Criterion("服务方案", 60),
                new Criterion("报价", 40)), "法人登记证书", opened.plusSeconds(20L * 24 * 3600)), "d1.admin", opened);
        unsuccessful.publish(opened);
        em.persist(unsuccessful);
        em.flush();
        Bid bid = new Bid(awarded, providerId, Money.of("420000.00"), "以个案管理为主线，社工与心理咨询师结对服务，每名儿童每月至少一次个体辅导。",
                "持证社工4名、心理咨询师1名", "第1月建档评估；第2–11月个案与小组辅导；第12月结项评估", "s1.admin",
                opened.plusSeconds(5L * 24 * 3600));
        em.persist(bid);
        em.flush();
        Instant decided = opened.plusSeconds(25L * 24 * 3600);
        awarded.decide(bid.getId(), "唯一有效投标，服务方案完整、团队资质符合要求，报价在预算内。", "d1.approver", decided);
        unsuccessful.decide(null, "截止时无机构投标，流标后拟并入家庭支持项目。", "d1.approver", decided);

        List<Kpi> kpis = List.of(new Kpi("个案辅导次数", Measure.SESSIONS, BigDecimal.ZERO, BigDecimal.valueOf(120)),
                new Kpi("服务儿童人数", Measure.CHILDREN_SERVED, BigDecimal.ZERO, BigDecimal.valueOf(40)),
                new Kpi("服务时长（小时）", Measure.SERVICE_HOURS, BigDecimal.ZERO, BigDecimal.valueOf(180)),
                new Kpi("服务满意度（%）", Measure.REPORTED, BigDecimal.valueOf(80), BigDecimal.valueOf(90)));
        ServiceProject family = new ServiceProject(districtId, districtId, providerId, awarded.getId(), bid.getId(),
                new ProjectTerms("困境儿童家庭支持与心理辅导服务项目", ServiceType.COUNSELLING,
                        "通州区政府购买服务，春晖博爱慈善基金会联合资助：为40名困境儿童及其照料人提供个案辅导、家庭支持与心理疏导。",
                        Money.of("420000.00"), start, end, kpis,
                        List.of(new CoFunder(foundationId, Money.of("120000.00")))), "d1.admin", decided);
        em.persist(family);
        em.flush();
        Milestone m1 = new Milestone(family.getId(), 0, "项目启动：儿童建档与需求评估", start.plusMonths(1), Money.of("84000.00"),
                "建档评估表、服务计划");
        Milestone m2 = new Milestone(family.getId(), 1, "中期：个案辅导不少于60次", today.plusDays(20), Money.of("168000.00"),
                "服务记录、中期报告");
        Milestone m3 = new Milestone(family.getId(), 2, "结项：个案辅导不少于120次，满意度调查", end, Money.of("168000.00"),
                "服务记录、结项报告、满意度调查");
        em.persist(m1);
        em.persist(m2);
        em.persist(m3);

        ServiceProject care = new ServiceProject(foundationId, districtId, providerId, null, null,
                new ProjectTerms("机构儿童回应性照护项目", ServiceType.REHABILITATION,
                        "春晖博爱慈善基金会自有项目：在通州区儿童福利机构开展回应性照护培训、儿童早期发展评估与康复支持。",
                        Money.of("300000.00"), today.minusMonths(2).withDayOfMonth(1),
                        today.minusMonths(2).withDayOfMonth(1).plusYears(1).minusDays(1),
                        List.of(new Kpi("照护人员培训场次", Measure.REPORTED, BigDecimal.ZERO, BigDecimal.valueOf(12)),
                                new Kpi("接受发展评估与康复支持的儿童", Measure.CHILDREN_SERVED, BigDecimal.ZERO,
                                        BigDecimal.valueOf(15))), List.of()), "f1.admin", now);
        em.persist(care);
        em.flush();
        em.persist(new Milestone(care.getId(), 0, "照护人员培训6场、儿童发展评估全覆盖", today.plusMonths(3),
                Money.of("150000.00"), "培训签到表、评估报告"));
        em.persist(new Milestone(care.getId(), 1, "结项：培训12场、康复支持记录", care.getPeriodEnd(),
                Money.of("150000.00"), "结项报告"));
        em.flush();

        Served served = enrolAndServe(districtId, providerId, family, 40, start, 1, 2, ServiceType.COUNSELLING,
                c -> c.getCareSetting() != CareSetting.INSTITUTION, 31);
        Delivered delivered = served.delivered();
        enrolAndServe(districtId, providerId, care, 15, care.getPeriodStart(), 1, 3, ServiceType.REHABILITATION,
                c -> c.getCareSetting() == CareSetting.INSTITUTION, 32);
        m1.submit("已完成40名儿童建档与需求评估，服务计划已报区民政局备案。",
                KpiProgress.summary(KpiProgress.of(kpis, delivered, Map.of())), "s1.admin", now.minusSeconds(100L * 24 * 3600));
        m1.review(Milestone.Decision.ACCEPT, null, null, "d1.approver", now.minusSeconds(95L * 24 * 3600));
        m2.submit("个案辅导已超过60次，附服务记录与中期报告。", KpiProgress.summary(KpiProgress.of(kpis, delivered, Map.of())),
                "s1.admin", now.minusSeconds(2L * 24 * 3600));
        em.flush();
        reports(family, kpis, served, providerId, foundationId, today, now);
        pastProject(districtId, providerId, now);
    }

    /**
     * Outcome reports on the family project: the provider's accepted quarterly report (satisfaction
     * 92 %) and the co-funding foundation's report waiting for the district's review.
     */
    private void reports(ServiceProject p, List<Kpi> kpis, Served served, long providerId, long foundationId,
                         LocalDate today, Instant now) {
        LocalDate to = today.minusDays(1);
        Map<String, BigDecimal> satisfaction = Map.of("服务满意度（%）", new BigDecimal("92.00"));
        String indicators = new Indicators(served.delivered(), KpiProgress.of(kpis, served.delivered(), satisfaction),
                ProjectDelivery.breakdown(served.sessions(), served.enrolments(), to)).toJson();
        OutcomeReport quarterly = new OutcomeReport(p.getId(), providerId, ReportKind.PERIODIC, p.getPeriodStart(), to,
                "本期完成40名儿童建档评估，开展个案辅导与家庭支持，儿童情绪与学习状态总体改善；照料人满意度调查92%。",
                "服务记录、满意度调查表", indicators, List.of(new ReportedValue("服务满意度（%）", new BigDecimal("92.00"))),
                null, "s1.admin", now.minusSeconds(3L * 24 * 3600));
        quarterly.accept(null, null, null, "数据与服务记录一致", "d1.approver", now.minusSeconds(24L * 3600));
        data.shared().persist(quarterly);
        data.shared().persist(new OutcomeReport(p.getId(), foundationId, ReportKind.PERIODIC, p.getPeriodStart(), to,
                "基金会联合资助部分：资助资金按计划拨付，项目官员参与两次督导，建议增加照料人小组活动。", "督导记录",
                new Indicators(served.delivered(), KpiProgress.of(kpis, served.delivered(), Map.of()), List.of()).toJson(),
                List.of(), null, "f1.officer", now.minusSeconds(3600)));
        data.shared().flush();
    }

    /** Last year's project of the provider, accepted with a joint score: its performance history. */
    private void pastProject(long districtId, long providerId, Instant now) {
        LocalDate start = LocalDates.today().minusYears(2).withDayOfYear(1);
        ServiceProject past = new ServiceProject(districtId, districtId, providerId, null, null,
                new ProjectTerms("困境儿童关爱服务项目（上一期）", ServiceType.MENTORING, "上一期政府购买服务：困境儿童陪伴与关爱。",
                        Money.of("300000.00"), start, start.plusYears(1).minusDays(1),
                        List.of(new Kpi("陪伴服务次数", Measure.SESSIONS, BigDecimal.ZERO, BigDecimal.valueOf(100))), List.of()),
                "d1.admin", now.minusSeconds(700L * 24 * 3600));
        data.shared().persist(past);
        data.shared().flush();
        Delivered d = new Delivered(112, 35, 6720, 0);
        OutcomeReport last = new OutcomeReport(past.getId(), providerId, ReportKind.FINAL, start, start.plusYears(1).minusDays(1),
                "全年开展陪伴服务112次，覆盖35名儿童，按期完成全部里程碑。", "结项审计报告",
                new Indicators(d, KpiProgress.of(past.getKpis(), d, Map.of()), List.of()).toJson(), List.of(),
                new BigDecimal("90.00"), "s1.admin", now.minusSeconds(330L * 24 * 3600));
        last.accept(new BigDecimal("86.00"), new BigDecimal("84.50"), "北京社会工作评估中心", "按期完成，成效良好",
                "d1.approver", now.minusSeconds(320L * 24 * 3600));
        past.accept(start.plusYears(1).plusDays(20));
        data.shared().persist(last);
        data.shared().flush();
    }

    /**
     * Enrols supported children of the district (with a filter on them) and records a few sessions
     * each since the project started, as the provider's social workers record them.
     */
    /** What the demo recorded for a project: the counts, and sessions by child with the enrolments. */
    private record Served(Delivered delivered, Map<Long, Long> sessions, Map<Long, Enrolment> enrolments) {
    }

    private Served enrolAndServe(long districtId, long providerId, ServiceProject p, int count, LocalDate from,
                                    int minSessions, int maxSessions, ServiceType type,
                                    java.util.function.Predicate<Child> filter, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDates.today();
        String[] staff = {"刘社工", "孙咨询师", "周社工"};
        long sessions = 0;
        long minutes = 0;
        Set<Long> served = new HashSet<>();
        Map<Long, Long> perChild = new java.util.HashMap<>();
        List<Child> children;
        Map<Long, Set<Need>> needs;
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-projects")) {
            EntityManager em = data.tenant();
            children = em.createQuery("select c from Child c where c.status = :s order by c.id desc", Child.class)
                    .setParameter("s", ChildStatus.SUPPORTED).getResultList().stream()
                    .filter(filter).filter(c -> !enrolled(c.getId())).limit(count).toList();
            needs = em.createQuery("select p from CasePlan p where p.current = true", CasePlan.class).getResultList()
                    .stream().collect(Collectors.toMap(CasePlan::getChildId, CasePlan::getNeeds, (a, b) -> a));
            for (Child c : children) {
                int n = minSessions + random.nextInt(maxSessions - minSessions + 1);
                long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, today));
                for (int k = 0; k < n; k++) {
                    int duration = 45 + 15 * random.nextInt(4);
                    em.persist(new ServiceRecord(c.getId(), type, from.plusDays(random.nextLong(span)), duration,
                            "阳光社会工作服务中心", providerId, staff[random.nextInt(staff.length)], "情绪稳定，能主动表达需求",
                            k == 0 ? "首次会谈，照料人对孩子学习压力较担心" : null, "s1.worker", today).underProject(p.getId()));
                    sessions++;
                    minutes += duration;
                    served.add(c.getId());
                    perChild.merge(c.getId(), 1L, Long::sum);
                }
            }
            em.flush();
        }
        EntityManager shared = data.shared();
        Map<Long, Enrolment> enrolments = new java.util.HashMap<>();
        for (Child c : children) {
            Set<Need> relevant = EnumSet.noneOf(Need.class);
            relevant.addAll(needs.getOrDefault(c.getId(), Set.of()));
            relevant.retainAll(Need.relevantTo(p.getServiceType()));
            Enrolment e = new Enrolment(p.getId(), districtId, providerId, c.getId(), Enrolment.Grant.of(c, relevant),
                    "d1.caseworker", p.getPeriodStart().isAfter(today) ? today : p.getPeriodStart());
            shared.persist(e);
            enrolments.put(c.getId(), e);
        }
        shared.flush();
        return new Served(new Delivered(sessions, served.size(), minutes, children.size()), perChild, enrolments);
    }

    private boolean enrolled(long childId) {
        return !data.shared().createQuery("select e.id from Enrolment e where e.childId = :c", Long.class)
                .setParameter("c", childId).setMaxResults(1).getResultList().isEmpty();
    }
}
