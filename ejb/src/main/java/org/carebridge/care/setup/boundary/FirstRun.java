package org.carebridge.care.setup.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.setup.control.DemoMoney;
import org.carebridge.care.setup.control.DemoProjects;
import org.carebridge.care.setup.control.DemoRegister;
import org.carebridge.config.Settings;
import org.carebridge.core.account.control.AccountFactory;
import org.carebridge.core.account.entity.Account;
import org.carebridge.core.account.entity.Membership;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.orgunit.entity.OrgUnit;
import org.carebridge.core.orgunit.entity.OrgUnitKind;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.RegionCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fills an empty database on first start. In demo mode: the demo tenants and accounts listed in
 * README (all with {@code carebridge.demo-password}), a few units per district and a synthetic register
 * of children (300 in d1, 120 in d2). Otherwise: only
 * the first platform administrator, whose password comes from {@code CAREBRIDGE_ADMIN_PASSWORD}.
 * Does nothing when accounts already exist, so restarts are safe. On an empty database start one
 * instance first: two seeding at the same moment would collide on the unique usernames (one fails and
 * rolls back; restarting it is harmless).
 */
@Stateless
public class FirstRun {

    private static final Logger LOG = Logger.getLogger(FirstRun.class.getName());
    public static final String PLATFORM_ADMIN = "platform.admin";

    @Inject
    TenantData data;

    @Inject
    AccountFactory accounts;

    @Inject
    Settings settings;

    @Inject
    DemoRegister register;

    @Inject
    DemoProjects projects;

    @Inject
    DemoMoney money;

    @Inject
    org.carebridge.care.setup.control.DemoHistory history;

    public void seed() {
        EntityManager em = data.shared();
        long existing = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        if (settings.demoMode()) {
            seedDemo(em);
            LOG.info("Demo tenants and accounts created (password from carebridge.demo-password)");
        } else if (settings.adminPassword().isPresent()) {
            Account.checkPasswordPolicy(settings.adminPassword().get());
            Account admin = accounts.createWithPassword(PLATFORM_ADMIN, "平台管理员", settings.adminPassword().get());
            admin.makePlatformAdmin();
            LOG.info("First platform administrator 'platform.admin' created");
        } else {
            LOG.warning("Empty database and no CAREBRIDGE_ADMIN_PASSWORD: nobody can log in until it is set");
        }
    }

    private void seedDemo(EntityManager em) {
        String pw = settings.demoPassword();
        Account admin = accounts.createWithPassword(PLATFORM_ADMIN, "平台管理员", pw);
        admin.makePlatformAdmin();

        Tenant city = tenant(em, "city", TenantKind.CITY_BUREAU, "市民政局", "City Civil Affairs Bureau", "110000");
        Tenant d1 = tenant(em, "d1", TenantKind.DISTRICT, "通州区民政局", "Tongzhou District Civil Affairs Bureau",
                "110112");
        Tenant d2 = tenant(em, "d2", TenantKind.DISTRICT, "延庆区民政局", "Yanqing District Civil Affairs Bureau",
                "110119");
        Tenant f1 = tenant(em, "f1", TenantKind.FOUNDATION, "春晖博爱慈善基金会", "Chunhui Bo'ai Charity Foundation",
                "110000");
        Tenant s1 = tenant(em, "s1", TenantKind.SERVICE_ORG, "阳光社会工作服务中心", "Sunshine Social Work Service Centre",
                "110112");

        member(em, city, "city.viewer", "市局查看员", pw, EnumSet.of(Role.CITY_VIEWER));
        for (Tenant d : List.of(d1, d2)) {
            String p = d.getCode();
            member(em, d, p + ".admin", d.getNameZh() + "管理员", pw, EnumSet.of(Role.TENANT_ADMIN));
            member(em, d, p + ".caseworker", d.getNameZh() + "社工", pw, EnumSet.of(Role.CASEWORKER));
            member(em, d, p + ".director", d.getNameZh() + "儿童主任", pw, EnumSet.of(Role.CASEWORKER));
            member(em, d, p + ".approver", d.getNameZh() + "审批人", pw, EnumSet.of(Role.APPROVER));
            member(em, d, p + ".finance", d.getNameZh() + "财务", pw, EnumSet.of(Role.FINANCE_OFFICER));
        }
        member(em, d1, "d1.auditor", "通州区审计员", pw, EnumSet.of(Role.AUDITOR));
        // A second approver (two approvals above the threshold) and a finance head who may also approve
        // (so that "maker ≠ checker" is a rule, not an accident of roles).
        member(em, d1, "d1.approver2", "通州区副局长", pw, EnumSet.of(Role.APPROVER));
        member(em, d1, "d1.treasurer", "通州区财务科长", pw, EnumSet.of(Role.FINANCE_OFFICER, Role.APPROVER));
        member(em, f1, "f1.admin", "基金会管理员", pw, EnumSet.of(Role.TENANT_ADMIN));
        member(em, f1, "f1.officer", "基金会项目专员", pw, EnumSet.of(Role.PROGRAMME_OFFICER));
        member(em, f1, "f1.approver", "基金会秘书长", pw, EnumSet.of(Role.APPROVER));
        member(em, f1, "f1.finance", "基金会财务", pw, EnumSet.of(Role.FINANCE_OFFICER));
        Account s1Admin = member(em, s1, "s1.admin", "机构管理员", pw, EnumSet.of(Role.TENANT_ADMIN));
        member(em, s1, "s1.worker", "机构社工", pw, EnumSet.of(Role.CASEWORKER));
        member(em, s1, "s1.volunteer", "机构志愿者", pw, EnumSet.of(Role.VOLUNTEER));
        // One person working for two tenants: the service organisation's admin also volunteers in d1.
        em.persist(new Membership(s1Admin, d1, EnumSet.of(Role.VOLUNTEER)));

        units(d1, List.of("永顺镇", "梨园镇", "宋庄镇", "玉桥街道社区儿童之家"), "110112");
        units(d2, List.of("延庆镇", "康庄镇", "八达岭镇"), "110119");
        register.fill(d1.getId(), d1.getRegionCode(), 300, 2023);
        register.fill(d2.getId(), d2.getRegionCode(), 120, 2024);
        register.leads(d1.getId(), "d1.caseworker", 12, 7);
        register.instrument(d1.getId());
        register.instrument(d2.getId());
        register.leads(d2.getId(), "d2.caseworker", 6, 8);
        data.shared().flush();
        register.visits(d1.getId(), "d1", "s1.admin", 60, 11);
        register.visits(d2.getId(), "d2", null, 20, 12);
        register.services(d1.getId(), "d1", d1.getNameZh(), 80, 13);
        register.services(d2.getId(), "d2", d2.getNameZh(), 30, 14);
        register.applications(d1.getId(), "d1", settings.confirmationDays());
        register.family(d1.getId(), "d1", settings.confirmationDays());
        history.history(d1.getId(), "d1", 15);
        history.history(d2.getId(), "d2", 16);
        register.reviewBoard(d1.getId());
        register.referrals(d1.getId(), s1.getId(), "d1");
        register.tenders(d1.getId(), s1.getId(), f1.getId());
        projects.projects(d1.getId(), s1.getId(), f1.getId());
        money.money(d1.getId(), f1.getId());
    }

    private static Tenant tenant(EntityManager em, String code, TenantKind kind, String zh, String en, String region) {
        Tenant t = new Tenant(code, kind, zh, en, RegionCode.of(region));
        em.persist(t);
        return t;
    }

    private Account member(EntityManager em, Tenant t, String username, String name, String pw, Set<Role> roles) {
        Account a = accounts.createWithPassword(username, name, pw);
        em.persist(new Membership(a, t, roles));
        return a;
    }

    private void units(Tenant t, List<String> names, String region) {
        data.shared().flush();
        try (CallContext.Scope ignored = CallContext.forJob(t.getId(), "demo-data")) {
            EntityManager em = data.tenant();
            for (String n : names) {
                em.persist(new OrgUnit(n, n.endsWith("镇") ? OrgUnitKind.TOWNSHIP : OrgUnitKind.COMMUNITY,
                        RegionCode.of(region), null));
            }
            em.flush();
        }
    }
}
