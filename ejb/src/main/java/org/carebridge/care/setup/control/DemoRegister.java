package org.carebridge.care.setup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.application.entity.Application;
import org.carebridge.care.application.entity.Track;
import org.carebridge.care.assessment.entity.AssessmentInstrument;
import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.lead.entity.Lead;
import org.carebridge.care.lead.entity.LeadSource;
import org.carebridge.care.child.entity.HouseholdMember;
import org.carebridge.care.referral.entity.Referral;
import org.carebridge.care.referral.entity.ReferralBasis;
import org.carebridge.care.review.control.ReviewTriggers;
import org.carebridge.care.review.entity.ReviewBoard;
import org.carebridge.care.service.entity.CasePlan;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.core.value.ServiceType;
import org.carebridge.care.visit.entity.FollowUpAction;
import org.carebridge.care.visit.entity.Visit;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.MobileNumber;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.ResidentId;
import org.carebridge.core.value.Sex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic, synthetic register for a demo district: children across all categories with valid
 * (made-up) resident IDs of the district, guardians with made-up mobile numbers. The same seed gives
 * the same register, so demos and screenshots are repeatable.
 */
@ApplicationScoped
public class DemoRegister {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
            "胡", "朱", "郭", "何", "罗", "高", "林", "欧阳", "司马"};
    private static final String[] GIVEN = {"子涵", "欣怡", "梓萱", "诗涵", "浩然", "宇轩", "子墨", "雨桐", "一诺", "俊杰",
            "思远", "佳怡", "明轩", "若曦", "天佑", "嘉懿", "沐阳", "晨曦", "安琪", "博文", "依依", "小宝"};
    private static final String[] RELATIONS = {"祖母", "祖父", "外祖母", "外祖父", "叔叔", "姑姑", "舅舅", "姨妈"};

    @Inject
    TenantData data;

    @Inject
    ReviewTriggers triggers;

    /** Registers {@code count} children in the district (the call binds the tenant itself). */
    public void fill(long districtId, RegionCode district, int count, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now();
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-register")) {
            EntityManager em = data.tenant();
            for (int i = 0; i < count; i++) {
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                LocalDate birth = today.minusDays(365L + random.nextInt(365 * 17));
                boolean turning18 = i % 60 == 7; // a few supported children come of age this month
                if (turning18) {
                    birth = YearMonth.from(today).atEndOfMonth().minusYears(Child.ADULT_AGE).minusDays(i % 5);
                }
                ResidentId id = i % 25 == 24 ? null : residentId(district, birth, sex, i);
                String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                Child c = new Child(PersonName.of(name), sex, birth, id, RegionCode.of(district.value()
                        + String.format("%03d", 1 + random.nextInt(9))), categories(random), random.nextInt(10) == 0
                        ? CareSetting.INSTITUTION : CareSetting.FAMILY);
                c.relocate(district, c.getResidenceRegion(), null);
                c.addHouseholdMember(PersonName.of(SURNAMES[random.nextInt(SURNAMES.length)] + "某"),
                        RELATIONS[random.nextInt(RELATIONS.length)], true,
                        MobileNumber.of("13" + (100000000 + random.nextInt(900000000))));
                int stage = turning18 ? 5 : random.nextInt(10);
                if (stage >= 2) {
                    c.moveTo(ChildStatus.APPLYING, null);
                }
                if (stage >= 4) {
                    c.moveTo(ChildStatus.SUPPORTED, null);
                }
                if (stage == 9) {
                    c.moveTo(ChildStatus.EXITED, "年满18周岁");
                }
                em.persist(c);
            }
            em.flush();
        }
    }

    /** A handful of leads in every state, as front-line staff and data matching produce them. */
    public void leads(long districtId, String caseworker, int count, long seed) {
        Random random = new Random(seed);
        String[] places = {"永顺镇", "梨园镇", "宋庄镇", "玉桥街道"};
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-leads")) {
            EntityManager em = data.tenant();
            for (int i = 0; i < count; i++) {
                Lead lead = new Lead(PersonName.of(SURNAMES[random.nextInt(SURNAMES.length)]
                        + GIVEN[random.nextInt(GIVEN.length)]), null,
                        places[random.nextInt(places.length)] + (1 + random.nextInt(20)) + "号院",
                        null, LeadSource.values()[random.nextInt(LeadSource.values().length)], categories(random),
                        "邻居反映孩子长期无人照看", caseworker);
                switch (i % 4) {
                    case 1 -> lead.assignTo(caseworker);
                    case 2 -> {
                        lead.assignTo(caseworker);
                        lead.followUp("已入户了解情况，待补充材料");
                    }
                    case 3 -> lead.close("经核实，父母已返乡照料");
                    default -> { }
                }
                em.persist(lead);
            }
            em.flush();
        }
    }

    /** The district's first guardianship-capacity questionnaire (revision 1), as a starting point. */
    public void instrument(long districtId) {
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-instrument")) {
            data.tenant().persist(new AssessmentInstrument(1, "监护能力评估表（试行）", 30, 60, List.of(
                    new AssessmentInstrument.ItemData("health", "监护人身体与精神健康状况", "Guardian's physical and mental health", 3, 4),
                    new AssessmentInstrument.ItemData("income", "家庭经济状况与稳定收入", "Household income and its stability", 2, 4),
                    new AssessmentInstrument.ItemData("housing", "居住条件与安全", "Housing conditions and safety", 2, 4),
                    new AssessmentInstrument.ItemData("daily_care", "日常生活照料（饮食、衣着、就医）", "Daily care (food, clothing, medical care)", 3, 4),
                    new AssessmentInstrument.ItemData("education", "入学与学习支持", "Schooling and learning support", 2, 4),
                    new AssessmentInstrument.ItemData("willingness", "监护意愿与亲子关系", "Willingness to care and the relationship", 3, 4),
                    new AssessmentInstrument.ItemData("safety", "暴力、忽视或不良嗜好等风险", "Risks of violence, neglect or addiction", 4, 4)),
                    "system"));
            data.tenant().flush();
        }
    }

    /**
     * Visits to the first {@code count} supported children: most done in the past months with findings,
     * needs and follow-up actions (some still open past their due date), a few planned ahead and a few
     * planned that nobody recorded (overdue).
     */
    public void visits(long districtId, String prefix, String volunteer, int count, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDates.today();
        String[] findings = {"祖母年迈多病，孩子放学后无人辅导作业", "孩子情绪低落，不愿与人交流", "家中缺少过冬衣物和被褥",
                "孩子视力下降，尚未就医配镜", "住房漏雨，居住安全存在隐患", "监护人照料尽心，孩子状态良好"};
        Need[][] needs = {{Need.EDUCATION}, {Need.PSYCHOLOGICAL}, {Need.MATERIAL}, {Need.MEDICAL},
                {Need.MATERIAL, Need.NURSING}, {}};
        String[] actions = {"联系学校安排课后托管", "转介心理咨询服务", "发放冬衣被褥", "协调眼科免费筛查", "申请危房改造", ""};
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-visits")) {
            EntityManager em = data.tenant();
            List<Child> children = em.createQuery("select c from Child c where c.status = :s order by c.id", Child.class)
                    .setParameter("s", ChildStatus.SUPPORTED).setMaxResults(count).getResultList();
            for (int i = 0; i < children.size(); i++) {
                long childId = children.get(i).getId();
                int kind = i % 10;
                LocalDate on = kind < 7 ? today.minusDays(5 + random.nextInt(150))
                        : kind < 9 ? today.plusDays(1 + random.nextInt(30)) : today.minusDays(3 + random.nextInt(20));
                Visit v = new Visit(childId, on, prefix + ".caseworker", prefix + ".director",
                        i % 3 == 0 ? volunteer : null, prefix + ".caseworker", kind < 7 || kind == 9 ? on : today);
                em.persist(v);
                if (kind < 7) {
                    int f = random.nextInt(findings.length);
                    v.record(on, findings[f], needs[f].length == 0 ? Set.of() : EnumSet.copyOf(List.of(needs[f])),
                            prefix + ".caseworker", today);
                    em.flush();
                    if (needs[f].length > 0) {
                        FollowUpAction a = new FollowUpAction(v, needs[f][0], actions[f], prefix + ".caseworker",
                                on.plusDays(14 + random.nextInt(30)), prefix + ".caseworker", today);
                        if (i % 4 == 0) {
                            a.complete("已办结", prefix + ".caseworker");
                        }
                        em.persist(a);
                    }
                }
            }
            em.flush();
        }
    }

    /**
     * Case plans and a few months of services for the first {@code count} supported children, as the
     * district's own staff record them.
     */
    public void services(long districtId, String prefix, String providerName, int count, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDates.today();
        ServiceType[] types = ServiceType.values();
        String[] staff = {"李老师", "王社工", "张医生", "赵老师", "陈志愿者"};
        String[] outcomes = {"孩子情绪明显好转", "按时完成作业，成绩有提高", "康复训练动作完成度提高", "家长掌握了沟通方法", "已发放到户"};
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-services")) {
            EntityManager em = data.tenant();
            List<Child> children = em.createQuery("select c from Child c where c.status = :s order by c.id", Child.class)
                    .setParameter("s", ChildStatus.SUPPORTED).setMaxResults(count).getResultList();
            for (Child c : children) {
                ServiceType main = types[random.nextInt(types.length)];
                em.persist(new CasePlan(c.getId(), 1, EnumSet.of(Need.values()[random.nextInt(Need.values().length)]),
                        "一年内改善孩子的生活与学习状况，每月至少一次服务", EnumSet.of(main, ServiceType.MENTORING),
                        today.plusDays(10 + random.nextInt(170)), prefix + ".caseworker", today));
                int sessions = 1 + random.nextInt(5);
                for (int k = 0; k < sessions; k++) {
                    em.persist(new ServiceRecord(c.getId(), k == 0 ? ServiceType.MENTORING : main,
                            today.minusDays(3 + random.nextInt(300)), 30 + 15 * random.nextInt(8), providerName,
                            districtId, staff[random.nextInt(staff.length)], outcomes[random.nextInt(outcomes.length)],
                            k == 0 ? "孩子提到在学校被同学排挤，需持续关注" : null, prefix + ".caseworker", today));
                }
            }
            em.flush();
        }
    }

    /**
     * Applications of this month for a few children who are applying: some approved on the normal
     * track (submitted, street-checked, decided by another person), one help-first case supporting.
     */
    public void applications(long districtId, String prefix, int confirmationDays) {
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-applications")) {
            EntityManager em = data.tenant();
            List<Child> applying = em.createQuery("select c from Child c where c.status = :s order by c.id", Child.class)
                    .setParameter("s", ChildStatus.APPLYING).setMaxResults(6).getResultList();
            for (int i = 0; i < applying.size(); i++) {
                Child c = applying.get(i);
                boolean helpFirst = i == 5;
                Application a = new Application(c.getId(), helpFirst ? Track.HELP_FIRST : Track.NORMAL,
                        helpFirst ? "祖母突发重病住院，孩子无人照料" : "父母一方服刑，另一方下落不明", prefix + ".caseworker",
                        confirmationDays);
                if (helpFirst) {
                    c.moveTo(ChildStatus.SUPPORTED, null);
                } else if (i < 3) {
                    a.streetCheck(prefix + ".director", true, "入户核实情况属实");
                    a.decide(prefix + ".approver", true, "符合事实无人抚养儿童认定条件");
                    c.moveTo(ChildStatus.SUPPORTED, null);
                }
                em.persist(a);
            }
            em.flush();
        }
    }

    /** The demo family's child: name and application reference documented in README for the family page. */
    public static final String FAMILY_CHILD = "林小雨";
    public static final String FAMILY_RESIDENT_ID = "110112201605121540";
    public static final String FAMILY_REFERENCE = "SQ261101HELPME";
    public static final String FAMILY_MOBILE = "13800138000";

    /**
     * The demo family (README): an orphan in the district's register, living with her grandmother, whose
     * application (reference {@value #FAMILY_REFERENCE}) was approved; a visit done and one planned, and
     * services in the last months. The orphans' allowance runs pay her from then on.
     */
    public void family(long districtId, String prefix, int confirmationDays) {
        LocalDate today = LocalDates.today();
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-family")) {
            EntityManager em = data.tenant();
            Child c = new Child(PersonName.of(FAMILY_CHILD), Sex.FEMALE, LocalDate.of(2016, 5, 12),
                    ResidentId.of(FAMILY_RESIDENT_ID), RegionCode.of("110112003"), EnumSet.of(ChildCategory.ORPHAN),
                    CareSetting.FAMILY);
            c.addHouseholdMember(PersonName.of("林秀英"), "祖母", true, MobileNumber.of(FAMILY_MOBILE));
            c.moveTo(ChildStatus.APPLYING, null);
            c.moveTo(ChildStatus.SUPPORTED, null);
            em.persist(c);
            em.flush();
            Application a = new Application(c.getId(), Track.NORMAL, "父母双亡，由祖母抚养", prefix + ".caseworker",
                    confirmationDays);
            a.streetCheck(prefix + ".director", true, "入户核实情况属实");
            a.decide(prefix + ".approver", true, "符合孤儿认定条件");
            em.persist(a);
            em.flush();
            em.createNativeQuery("update cb_application set reference = ? where id = ?").setParameter(1, FAMILY_REFERENCE)
                    .setParameter(2, a.getId()).executeUpdate();
            Visit done = new Visit(c.getId(), today.minusDays(20), prefix + ".caseworker", prefix + ".director", null,
                    prefix + ".caseworker", today.minusDays(20));
            em.persist(done);
            done.record(today.minusDays(20), "祖母照料尽心，孩子学习用品不足", EnumSet.of(Need.MATERIAL), prefix + ".caseworker",
                    today.minusDays(20));
            em.persist(new Visit(c.getId(), today.plusDays(12), prefix + ".caseworker", prefix + ".director", null,
                    prefix + ".caseworker", today));
            em.persist(new ServiceRecord(c.getId(), ServiceType.MENTORING, today.minusDays(9), 60, "阳光社会工作服务中心",
                    districtId, "王社工", "陪伴阅读，孩子愿意交流", null, prefix + ".caseworker", today));
            em.persist(new ServiceRecord(c.getId(), ServiceType.TUTORING, today.minusDays(35), 90, "阳光社会工作服务中心",
                    districtId, "李老师", "数学作业辅导", null, prefix + ".caseworker", today));
            em.flush();
        }
    }

    /**
     * Two referrals from the district to a service organisation: one waiting for an answer (guardian
     * contact shared with consent), one already done.
     */
    public void referrals(long districtId, long receiverId, String prefix) {
        LocalDate today = LocalDates.today();
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-referrals")) {
            List<Child> supported = data.tenant().createQuery("select c from Child c where c.status = :s"
                    + " order by c.id desc", Child.class).setParameter("s", ChildStatus.SUPPORTED).setMaxResults(2)
                    .getResultList();
            for (int i = 0; i < supported.size(); i++) {
                Child c = supported.get(i);
                HouseholdMember g = c.getHousehold().get(0);
                Referral r = new Referral(districtId, receiverId, c.getId(), i == 0 ? ServiceType.COUNSELLING
                        : ServiceType.TUTORING, i == 0 ? "孩子近期情绪低落，需要专业心理辅导" : "学习困难，需要课后辅导",
                        ReferralBasis.GUARDIAN_CONSENT, "监护人签署《信息共享同意书》", today.minusDays(3),
                        new Referral.Grant(c.getName().value(), c.getSex().name(),
                                YearMonth.from(c.getBirthDate()).toString(), ChildCategory.encode(c.getCategories()),
                                c.getResidentId() == null ? null : c.getResidentId().masked(),
                                c.getResidenceRegion().value(), g.getName().value(),
                                g.getMobile() == null ? null : g.getMobile().value()), prefix + ".caseworker", today);
                if (i == 1) {
                    r.answer(true, null, "s1.worker");
                    r.complete("已完成12次课业辅导，数学成绩提高", "s1.worker");
                }
                data.shared().persist(r);
            }
            data.shared().flush();
        }
    }

    /**
     * Tenders in every state, modelled on the source report's purchased services: a published one
     * open for bids (with a bid from the service organisation), one whose deadline has passed with two
     * bids waiting for the panel, a draft, and a cancelled one.
     */
    public void tenders(long districtId, long serviceOrgId, long foundationId) {
        java.time.Instant now = java.time.Instant.now();
        LocalDate today = LocalDates.today();
        EntityManager em = data.shared();
        java.util.function.BiFunction<String, ServiceType, org.carebridge.funding.tender.entity.TenderTerms> terms =
                (title, type) -> new org.carebridge.funding.tender.entity.TenderTerms(title, type,
                        title + "：面向本区困境儿童，提供专业社会工作服务，按月提交服务记录与成效报告。", "孤儿、事实无人抚养儿童",
                        40, "110112", org.carebridge.core.value.Money.of("360000.00"), today.plusMonths(1),
                        today.plusMonths(13), "个案服务≥120次；服务儿童≥40名；满意度≥90%",
                        List.of(new org.carebridge.funding.tender.entity.Criterion("服务方案", 40),
                                new org.carebridge.funding.tender.entity.Criterion("团队与经验", 30),
                                new org.carebridge.funding.tender.entity.Criterion("报价", 30)),
                        "法人登记证书、近两年审计报告", today.plusDays(14).atTime(17, 0).atZone(LocalDates.CHINA).toInstant());
        var open = new org.carebridge.funding.tender.entity.Tender(districtId,
                terms.apply("困境儿童心理关爱服务项目", ServiceType.COUNSELLING), "d1.admin", now);
        open.publish(now);
        em.persist(open);
        java.time.Instant past = now.minusSeconds(30L * 24 * 3600);
        var closed = new org.carebridge.funding.tender.entity.Tender(districtId,
                new org.carebridge.funding.tender.entity.TenderTerms("机构儿童回应性照护服务项目", ServiceType.FAMILY_EDUCATION,
                        "为儿童福利机构中的儿童提供回应性照护、早期发展与康复支持。", "机构养育儿童", 60, "110112",
                        org.carebridge.core.value.Money.of("480000.00"), today.plusDays(10), today.plusMonths(12),
                        "照护人员培训≥12场；儿童发展评估覆盖率100%",
                        List.of(new org.carebridge.funding.tender.entity.Criterion("服务方案", 50),
                                new org.carebridge.funding.tender.entity.Criterion("报价", 50)),
                        "法人登记证书", today.minusDays(2).atTime(17, 0).atZone(LocalDates.CHINA).toInstant()), "d1.admin", past);
        closed.publish(past);
        em.persist(closed);
        em.persist(new org.carebridge.funding.tender.entity.Tender(districtId,
                terms.apply("家庭教育指导服务项目", ServiceType.FAMILY_EDUCATION), "d1.admin", now));
        var cancelled = new org.carebridge.funding.tender.entity.Tender(districtId,
                terms.apply("困境儿童课业辅导服务项目", ServiceType.TUTORING), "d1.admin", now);
        cancelled.publish(now);
        cancelled.cancel("服务需求并入全区心理关爱项目", now);
        em.persist(cancelled);
        em.flush();
        em.persist(new org.carebridge.funding.tender.entity.Bid(open, serviceOrgId,
                org.carebridge.core.value.Money.of("345000.00"), "三名持证社工组成项目组，每名儿童每月至少一次个体辅导。",
                "社工3名、心理咨询师1名", "第1月建档评估，第2–12月个体与小组辅导", "s1.admin", now));
        em.persist(new org.carebridge.funding.tender.entity.Bid(closed, serviceOrgId,
                org.carebridge.core.value.Money.of("455000.00"), "驻院社工与照护人员共同开展回应性照护。", "社工4名",
                "每周驻院两天", "s1.admin", past.plusSeconds(3600)));
        em.persist(new org.carebridge.funding.tender.entity.Bid(closed, foundationId,
                org.carebridge.core.value.Money.of("430000.00"), "基金会联合专业机构提供照护培训与康复支持。", "项目官员2名",
                "季度培训与月度督导", "f1.admin", past.plusSeconds(7200)));
        em.flush();
    }

    /** This month's review board with what the triggers find, so the board page has something to show. */
    public void reviewBoard(long districtId) {
        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-review")) {
            ReviewBoard board = new ReviewBoard(YearMonth.from(LocalDates.today()));
            data.tenant().persist(board);
            data.tenant().flush();
            triggers.addCandidates(board, CallContext.actor());
        }
    }

    private static Set<ChildCategory> categories(Random random) {
        ChildCategory[] all = ChildCategory.values();
        Set<ChildCategory> set = EnumSet.of(all[random.nextInt(all.length)]);
        if (random.nextInt(4) == 0) {
            set.add(all[random.nextInt(all.length)]);
        }
        return set;
    }

    /** A valid 18-character ID: the district's code, the birth date, a sequence whose parity is the sex. */
    static ResidentId residentId(RegionCode district, LocalDate birth, Sex sex, int sequence) {
        int seq = (sequence % 499) * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = district.value() + birth.toString().replace("-", "") + String.format("%03d", seq);
        return ResidentId.of(first17 + ResidentId.checkCharacter(first17));
    }
}
