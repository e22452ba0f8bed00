package org.carebridge.care.figures.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.carebridge.care.figures.control.FigureSql;
import org.carebridge.care.figures.control.Months;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.LocalDates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dashboard figures, computed in SQL with GROUP BY over the viewer's scope: a district sees its own
 * register and money; a foundation or service organisation its projects, services it delivered and its
 * funds; the city bureau the sum of every district (or of the one it picks) and a table per district.
 * Only numbers leave the database. The scope is a list of tenant ids the code itself derives from the
 * caller's tenant — never from the request — so they are written into the SQL as numbers.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.CASEWORKER,
        Roles.AUDITOR, Roles.CITY_VIEWER})
public class Figures {

    @Inject
    FigureSql sql;

    @Resource
    SessionContext context;

    /** Roles that see money: the money pages' readers, and the city bureau. */
    static final String[] MONEY_ROLES = {Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.APPROVER, Roles.AUDITOR, Roles.CITY_VIEWER};

    /** Whether the caller may see the money figures (funds, payments, project costs). */
    public boolean money() {
        for (String role : MONEY_ROLES) {
            if (context.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The districts a city viewer may pick; for anyone else, none (their scope is their own tenant). */
    public List<DistrictOption> districts() {
        if (kind() != TenantKind.CITY_BUREAU) {
            return List.of();
        }
        List<DistrictOption> out = new ArrayList<>();
        for (Object[] r : sql.districts()) {
            out.add(new DistrictOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    public FigureSet compute(Long district, Months period) {
        TenantKind kind = kind();
        List<Long> scope = scope(kind, district);
        String in = in(scope);
        boolean register = kind == TenantKind.DISTRICT || kind == TenantKind.CITY_BUREAU;
        int n = period.size();
        LocalDate first = period.first();
        LocalDate last = period.last();

        List<Long> supported = zeros(n);
        Map<String, List<Long>> byCategory = new LinkedHashMap<>();
        List<Long> admissions = zeros(n);
        List<Long> exits = zeros(n);
        List<Long> visitsDone = zeros(n);
        List<Long> visitsPlanned = zeros(n);
        List<Long> assessments = zeros(n);
        Map<String, Long> byRisk = new LinkedHashMap<>();
        long overdue = 0;
        long supportedNow = 0;
        if (register) {
            String paidLines = " from cb_payment_line l join cb_payment_run r on r.id = l.run_id"
                    + " where l.tenant_id in " + in + " and r.status = 'PAID' and l.for_month >= ?1 and l.for_month <= ?2";
            monthly(period, supported, "select " + Months.keyOf("l.for_month") + ", count(distinct l.child_id)" + paidLines
                    + " group by " + Months.keyOf("l.for_month"), first, last);
            for (Object[] r : rows("select " + Months.keyOf("l.for_month") + ", c.categories, count(distinct l.child_id)"
                    + paidLines.replace(" where ", " join cb_child c on c.id = l.child_id where ")
                    + " group by " + Months.keyOf("l.for_month") + ", c.categories", first, last)) {
                int i = period.index(((Number) r[0]).intValue());
                if (i < 0) {
                    continue;
                }
                for (String category : ((String) r[1]).split(",")) {
                    if (!category.isBlank()) {
                        List<Long> series = byCategory.computeIfAbsent(category, k -> zeros(n));
                        series.set(i, series.get(i) + ((Number) r[2]).longValue());
                    }
                }
            }
            String review = " from cb_review_entry e join cb_review_board b on b.id = e.board_id where e.tenant_id in " + in
                    + " and b.status = 'CONFIRMED' and e.dismissed_reason is null and b.month_start >= ?1"
                    + " and b.month_start <= ?2 and e.direction = ";
            monthly(period, admissions, "select " + Months.keyOf("b.month_start") + ", count(*)" + review
                    + "'ADMISSION' group by " + Months.keyOf("b.month_start"), first, last);
            monthly(period, exits, "select " + Months.keyOf("b.month_start") + ", count(*)" + review
                    + "'EXIT' group by " + Months.keyOf("b.month_start"), first, last);
            monthly(period, visitsDone, "select " + Months.keyOf("visited_on") + ", count(*) from cb_visit where tenant_id in "
                    + in + " and status = 'DONE' and visited_on >= ?1 and visited_on <= ?2 group by "
                    + Months.keyOf("visited_on"), first, last);
            monthly(period, visitsPlanned, "select " + Months.keyOf("planned_on") + ", count(*) from cb_visit where tenant_id in "
                    + in + " and status <> 'CANCELLED' and planned_on >= ?1 and planned_on <= ?2 group by "
                    + Months.keyOf("planned_on"), first, last);
            String assessed = " from cb_assessment where tenant_id in " + in + " and assessed_at >= ?1 and assessed_at < ?2";
            monthly(period, assessments, "select " + Months.keyOf("assessed_at") + ", count(*)" + assessed + " group by "
                    + Months.keyOf("assessed_at"), first.atStartOfDay(), last.plusDays(1).atStartOfDay());
            for (Object[] r : rows("select risk, count(*)" + assessed + " group by risk", first.atStartOfDay(),
                    last.plusDays(1).atStartOfDay())) {
                byRisk.put((String) r[0], ((Number) r[1]).longValue());
            }
            supportedNow = count("select count(*) from cb_child where tenant_id in " + in + " and status = 'SUPPORTED'");
            overdue = count("select count(*) from cb_application where tenant_id in " + in
                    + " and status = 'SUPPORTING' and confirmation_deadline < ?1", LocalDates.today());
        }
        Map<String, Long> services = new LinkedHashMap<>();
        for (Object[] r : rows("select service_type, count(*) from cb_service_record where " + serviceScope(kind, in)
                + " and void_reason is null and delivered_on >= ?1 and delivered_on <= ?2 group by service_type"
                + " order by count(*) desc", first, last)) {
            services.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Long> projects = new LinkedHashMap<>();
        for (Object[] r : rows("select p.status, count(*) from cb_project p where " + projectScope(kind, in)
                + " group by p.status order by p.status")) {
            projects.put((String) r[0], ((Number) r[1]).longValue());
        }
        // Money only for those who may see it (a caseworker sees care figures, not funds).
        boolean money = money();
        List<BigDecimal> paidByMonth = new ArrayList<>(Collections.nCopies(n, BigDecimal.ZERO.setScale(2)));
        List<FigureSet.FundFigure> funds = List.of();
        Paid paid = null;
        if (money) {
            paid = paidInPeriod(in, period, paidByMonth);
            funds = funds(in, kind == TenantKind.CITY_BUREAU, paid.byFund());
        }
        List<FigureSet.DistrictTotals> perDistrict = kind == TenantKind.CITY_BUREAU ? perDistrict(scope, period, paid)
                : List.of();
        return new FigureSet(kind, district, period.from().toString(), period.to().toString(),
                period.list().stream().map(Object::toString).toList(), money, supportedNow, supported, byCategory, admissions, exits,
                visitsDone, visitsPlanned, assessments, byRisk, overdue, services, projects, funds, paidByMonth,
                perDistrict);
    }

    /** Cost per child served of the scope's service projects, largest payments first, paged in SQL. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR,
            Roles.CITY_VIEWER})
    public Page<ProjectCost> projectCosts(Long district, int offset, int limit) {
        TenantKind kind = kind();
        String where = projectScope(kind, in(scope(kind, district)));
        long total = count("select count(*) from cb_project p where " + where);
        List<ProjectCost> items = new ArrayList<>();
        Query q = native_("select p.id, p.title, p.status, p.amount,"
                + " (select coalesce(sum(d.amount), 0) from cb_disbursement d join cb_project_milestone m"
                + " on m.id = d.milestone_id where m.project_id = p.id and d.status = 'PAID') paid,"
                + " (select count(distinct en.child_id) from cb_enrolment en where en.project_id = p.id) children"
                + " from cb_project p where " + where + " order by paid desc, p.id desc")
                .setFirstResult(offset).setMaxResults(limit);
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            BigDecimal paid = money(row[4]);
            long children = ((Number) row[5]).longValue();
            items.add(new ProjectCost(((Number) row[0]).longValue(), (String) row[1], (String) row[2], money(row[3]), paid,
                    children, children == 0 ? null : paid.divide(BigDecimal.valueOf(children), 2, RoundingMode.HALF_UP)));
        }
        return new Page<>(items, total, offset, limit);
    }

    /** What was paid in the period, per fund and per tenant (the month-by-month series is filled in place). */
    private record Paid(Map<Long, BigDecimal> byFund, Map<Long, BigDecimal> byTenant) {
    }

    /**
     * Payments in the period out of the scope's funds: paid disbursements and runs by the month paid,
     * less returned lines in the month the bank returned them; one grouped query per source.
     */
    private Paid paidInPeriod(String in, Months period, List<BigDecimal> byMonth) {
        Map<Long, BigDecimal> byFund = new LinkedHashMap<>();
        Map<Long, BigDecimal> byTenant = new LinkedHashMap<>();
        java.time.LocalDateTime from = period.first().atStartOfDay();
        java.time.LocalDateTime to = period.last().plusDays(1).atStartOfDay();
        List<Object[]> parts = new ArrayList<>();
        parts.addAll(rows("select d.tenant_id, d.fund_id, " + Months.keyOf("d.paid_at") + ", sum(d.amount)"
                + " from cb_disbursement d where d.tenant_id in " + in + " and d.status = 'PAID' and d.paid_at >= ?1"
                + " and d.paid_at < ?2 group by d.tenant_id, d.fund_id, " + Months.keyOf("d.paid_at"), from, to));
        parts.addAll(rows("select r.tenant_id, s.fund_id, " + Months.keyOf("r.paid_at") + ", sum(r.total) from cb_payment_run r"
                + " join cb_allowance_scheme s on s.id = r.scheme_id where r.tenant_id in " + in
                + " and r.status = 'PAID' and r.paid_at >= ?1 and r.paid_at < ?2 group by r.tenant_id, s.fund_id, "
                + Months.keyOf("r.paid_at"), from, to));
        // A line the bank returned is money back in the fund, in the month it came back.
        for (Object[] r : rows("select l.tenant_id, s.fund_id, " + Months.keyOf("l.settled_at") + ", sum(l.amount)"
                + " from cb_payment_line l join cb_allowance_scheme s on s.id = l.scheme_id where l.tenant_id in " + in
                + " and l.bank_status = 'FAILED' and l.settled_at >= ?1 and l.settled_at < ?2 group by l.tenant_id,"
                + " s.fund_id, " + Months.keyOf("l.settled_at"), from, to)) {
            parts.add(new Object[]{r[0], r[1], r[2], money(r[3]).negate()});
        }
        for (Object[] r : parts) {
            int i = period.index(((Number) r[2]).intValue());
            BigDecimal amount = money(r[3]);
            if (i >= 0) {
                byMonth.set(i, byMonth.get(i).add(amount));
                byTenant.merge(((Number) r[0]).longValue(), amount, BigDecimal::add);
                byFund.merge(((Number) r[1]).longValue(), amount, BigDecimal::add);
            }
        }
        return new Paid(byFund, byTenant);
    }

    /**
     * Each fund's money with the same rules as the funds page: budgeted = top-ups, committed = approved
     * unpaid disbursements and runs plus returned lines payable again, paid = paid disbursements and runs
     * less the returned lines.
     */
    private List<FigureSet.FundFigure> funds(String in, boolean city, Map<Long, BigDecimal> paidInPeriod) {
        Map<Long, BigDecimal> budgeted = sums("select f.id, sum(p.amount) from cb_fund f join cb_posting p"
                + " on p.account_id = f.account_id join cb_journal_entry e on e.id = p.entry_id where f.tenant_id in " + in
                + " and e.kind = 'TOP_UP' group by f.id");
        Map<Long, BigDecimal> committed = sums("select fund_id, sum(amount) from cb_disbursement where tenant_id in " + in
                + " and status = 'APPROVED' group by fund_id");
        merge(committed, sums("select s.fund_id, sum(r.total) from cb_payment_run r join cb_allowance_scheme s"
                + " on s.id = r.scheme_id where r.tenant_id in " + in + " and r.status = 'APPROVED' group by s.fund_id"), 1);
        Map<Long, BigDecimal> returned = sums("select s.fund_id, sum(l.amount) from cb_payment_line l join cb_allowance_scheme s"
                + " on s.id = l.scheme_id where l.tenant_id in " + in + " and l.bank_status = 'FAILED' group by s.fund_id");
        merge(committed, returned, 1);
        Map<Long, BigDecimal> paid = sums("select fund_id, sum(amount) from cb_disbursement where tenant_id in " + in
                + " and status = 'PAID' group by fund_id");
        merge(paid, sums("select s.fund_id, sum(r.total) from cb_payment_run r join cb_allowance_scheme s"
                + " on s.id = r.scheme_id where r.tenant_id in " + in + " and r.status = 'PAID' group by s.fund_id"), 1);
        merge(paid, returned, -1);
        List<FigureSet.FundFigure> out = new ArrayList<>();
        for (Object[] r : rows("select f.id, f.name, t.name_zh, f.kind from cb_fund f join cb_tenant t on t.id = f.tenant_id"
                + " where f.tenant_id in " + in + " order by t.code, f.id")) {
            long id = ((Number) r[0]).longValue();
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            out.add(new FigureSet.FundFigure(id, (String) r[1], city ? (String) r[2] : null, (String) r[3],
                    budgeted.getOrDefault(id, zero), committed.getOrDefault(id, zero), paid.getOrDefault(id, zero),
                    paidInPeriod.getOrDefault(id, zero)));
        }
        return out;
    }

    /** The city's table: the period's totals per district, each grouped by tenant in one query. */
    private List<FigureSet.DistrictTotals> perDistrict(List<Long> districts, Months period, Paid paid) {
        String in = in(districts);
        LocalDate first = period.first();
        LocalDate last = period.last();
        Map<Long, Long> supportedNow = counts("select tenant_id, count(*) from cb_child where tenant_id in " + in
                + " and status = 'SUPPORTED' group by tenant_id");
        String review = "select e.tenant_id, count(*) from cb_review_entry e join cb_review_board b on b.id = e.board_id"
                + " where e.tenant_id in " + in + " and b.status = 'CONFIRMED' and e.dismissed_reason is null"
                + " and b.month_start >= ?1 and b.month_start <= ?2 and e.direction = ";
        Map<Long, Long> admissions = counts(review + "'ADMISSION' group by e.tenant_id", first, last);
        Map<Long, Long> exits = counts(review + "'EXIT' group by e.tenant_id", first, last);
        Map<Long, Long> done = counts("select tenant_id, count(*) from cb_visit where tenant_id in " + in
                + " and status = 'DONE' and visited_on >= ?1 and visited_on <= ?2 group by tenant_id", first, last);
        Map<Long, Long> planned = counts("select tenant_id, count(*) from cb_visit where tenant_id in " + in
                + " and status <> 'CANCELLED' and planned_on >= ?1 and planned_on <= ?2 group by tenant_id", first, last);
        Map<Long, Long> assessed = counts("select tenant_id, count(*) from cb_assessment where tenant_id in " + in
                + " and assessed_at >= ?1 and assessed_at < ?2 group by tenant_id", first.atStartOfDay(),
                last.plusDays(1).atStartOfDay());
        Map<Long, Long> services = counts("select tenant_id, count(*) from cb_service_record where tenant_id in " + in
                + " and void_reason is null and delivered_on >= ?1 and delivered_on <= ?2 group by tenant_id", first, last);
        Map<Long, Long> overdue = counts("select tenant_id, count(*) from cb_application where tenant_id in " + in
                + " and status = 'SUPPORTING' and confirmation_deadline < ?1 group by tenant_id", LocalDates.today());
        List<FigureSet.DistrictTotals> out = new ArrayList<>();
        for (Object[] r : rows("select id, code, name_zh from cb_tenant where id in " + in + " order by code")) {
            long id = ((Number) r[0]).longValue();
            out.add(new FigureSet.DistrictTotals(id, (String) r[1], (String) r[2], supportedNow.getOrDefault(id, 0L),
                    admissions.getOrDefault(id, 0L), exits.getOrDefault(id, 0L), done.getOrDefault(id, 0L),
                    planned.getOrDefault(id, 0L), assessed.getOrDefault(id, 0L), services.getOrDefault(id, 0L),
                    overdue.getOrDefault(id, 0L), paid == null ? null
                    : paid.byTenant().getOrDefault(id, BigDecimal.ZERO.setScale(2))));
        }
        return out;
    }

    private TenantKind kind() {
        return sql.kind();
    }

    private List<Long> scope(TenantKind kind, Long district) {
        return sql.scope(kind, district);
    }

    /** Service records: a district's own; an organisation's, those it delivered. */
    private static String serviceScope(TenantKind kind, String in) {
        return kind == TenantKind.FOUNDATION || kind == TenantKind.SERVICE_ORG
                ? "provider_tenant_id in " + in : "tenant_id in " + in;
    }

    /** Projects the scope takes part in: as purchaser (owner or district), provider or co-funder. */
    private static String projectScope(TenantKind kind, String in) {
        if (kind == TenantKind.CITY_BUREAU) {
            return "p.district_tenant_id in " + in;
        }
        return "(p.owner_tenant_id in " + in + " or p.district_tenant_id in " + in + " or p.provider_tenant_id in " + in
                + " or p.id in (select pf.project_id from cb_project_funder pf where pf.funder_tenant_id in " + in + "))";
    }

    private static String in(List<Long> ids) {
        return FigureSql.in(ids);
    }

    private static List<Long> zeros(int n) {
        return new ArrayList<>(Collections.nCopies(n, 0L));
    }

    private void monthly(Months period, List<Long> series, String sql, Object... params) {
        for (Object[] r : rows(sql, params)) {
            int i = period.index(((Number) r[0]).intValue());
            if (i >= 0) {
                series.set(i, series.get(i) + ((Number) r[1]).longValue());
            }
        }
    }

    private Map<Long, Long> counts(String query, Object... params) {
        return sql.counts(query, params);
    }

    private Map<Long, BigDecimal> sums(String query) {
        return sql.sums(query);
    }

    private static void merge(Map<Long, BigDecimal> into, Map<Long, BigDecimal> add, int sign) {
        add.forEach((k, v) -> into.merge(k, sign < 0 ? v.negate() : v, BigDecimal::add));
    }

    private long count(String query, Object... params) {
        return sql.count(query, params);
    }

    private static BigDecimal money(Object value) {
        return FigureSql.money(value);
    }

    private List<Object[]> rows(String query, Object... params) {
        return sql.rows(query, params);
    }

    private Query native_(String query) {
        return sql.query(query);
    }
}
