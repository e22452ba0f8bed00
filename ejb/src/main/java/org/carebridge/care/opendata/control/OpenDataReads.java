package org.carebridge.care.opendata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.carebridge.core.persistence.TenantData;
import org.eclipse.persistence.config.QueryHints;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The public reads, each one SQL statement over all organisations (a fixed number of statements for
 * the whole publication, no per-tender queries). These are deliberate cross-tenant reads like the city
 * figures: they select organisations' ids and names, published tenders and projects, amounts and
 * dates — never a person's name, an account, a bank account, a note or a child's row. Payments are
 * read only where the payee is an organisation (a tenant), and allowances only as SQL aggregates.
 */
@Dependent
public class OpenDataReads {

    @Inject
    TenantData data;

    public record Org(long id, String code, String kind, String nameZh, String nameEn, String region) {
    }

    public record TenderRow(long id, long ownerId, String title, String description, BigDecimal budget,
                            LocalDate periodStart, LocalDate periodEnd, Instant bidDeadline, String status,
                            Instant publishedAt, Long awardedBidId) {
    }

    /** A bid that counts (submitted, not replaced or withdrawn) of a tender whose deadline has passed. */
    public record BidRow(long id, long tenderId, long bidderId, BigDecimal price) {
    }

    public record ProjectRow(long id, Long tenderId, Long bidId, long ownerId, long providerId, String title,
                             String description, BigDecimal amount, LocalDate periodStart, LocalDate periodEnd,
                             String status, Instant createdAt, LocalDate endedOn) {
    }

    public record FunderRow(long projectId, long funderId, BigDecimal share) {
    }

    public record MilestoneRow(long id, long projectId, int position, String deliverable, LocalDate dueOn,
                               BigDecimal amount, String status, Instant reviewedAt, BigDecimal acceptedAmount) {
    }

    /** A paid disbursement to an organisation for a project milestone: payer and payee are tenants. */
    public record PaymentRow(long id, long payerId, long payeeId, BigDecimal amount, Instant paidAt,
                             long projectId) {
    }

    /** One allowance aggregate straight from SQL: distinct children and the sum, nothing per child. */
    public record AllowanceRow(long districtId, String categories, String purpose, String frequency, int year,
                               int month, long children, BigDecimal amount) {
    }

    public List<Org> organisations() {
        return rows("select id, code, kind, name_zh, name_en, region_code from cb_tenant order by id").stream()
                .map(r -> new Org(id(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .toList();
    }

    /** Tenders ever published (drafts never are), oldest first. */
    public List<TenderRow> publishedTenders() {
        return rows("select id, owner_tenant_id, title, description, budget_ceiling, period_start, period_end,"
                + " bid_deadline, status, published_at, awarded_bid_id from cb_tender"
                + " where status <> 'DRAFT' and published_at is not null order by id").stream()
                .map(r -> new TenderRow(id(r[0]), id(r[1]), (String) r[2], (String) r[3], money(r[4]), date(r[5]),
                        date(r[6]), instant(r[7]), (String) r[8], instant(r[9]), optionalId(r[10])))
                .toList();
    }

    /** Counting bids are sealed until the deadline: only those of tenders whose deadline has passed. */
    public List<BidRow> openedBids(Instant now) {
        Query q = query("select b.id, b.tender_id, b.bidder_tenant_id, b.price from cb_bid b"
                + " join cb_tender t on t.id = b.tender_id where t.status <> 'DRAFT' and b.status = 'SUBMITTED'"
                + " and t.bid_deadline <= ?1 order by b.tender_id, b.id").setParameter(1, Timestamp.from(now));
        return list(q).stream().map(r -> new BidRow(id(r[0]), id(r[1]), id(r[2]), money(r[3]))).toList();
    }

    public List<ProjectRow> projects() {
        return rows("select id, tender_id, bid_id, owner_tenant_id, provider_tenant_id, title, description, amount,"
                + " period_start, period_end, status, created_at, ended_on from cb_project order by id").stream()
                .map(r -> new ProjectRow(id(r[0]), optionalId(r[1]), optionalId(r[2]), id(r[3]), id(r[4]),
                        (String) r[5], (String) r[6], money(r[7]), date(r[8]), date(r[9]), (String) r[10],
                        instant(r[11]), date(r[12])))
                .toList();
    }

    public List<FunderRow> coFunders() {
        return rows("select project_id, funder_tenant_id, share from cb_project_funder order by project_id, position")
                .stream().map(r -> new FunderRow(id(r[0]), id(r[1]), money(r[2]))).toList();
    }

    public List<MilestoneRow> milestones() {
        return rows("select id, project_id, position, deliverable, due_on, amount, status, reviewed_at,"
                + " accepted_amount from cb_project_milestone order by project_id, position").stream()
                .map(r -> new MilestoneRow(id(r[0]), id(r[1]), ((Number) r[2]).intValue(), (String) r[3], date(r[4]),
                        money(r[5]), (String) r[6], instant(r[7]), r[8] == null ? null : money(r[8])))
                .toList();
    }

    /** Paid (and not reversed) payments to organisations for project milestones, by any payer. */
    public List<PaymentRow> organisationPayments() {
        return rows("select d.id, d.tenant_id, d.payee_tenant_id, d.amount, d.paid_at, m.project_id"
                + " from cb_disbursement d join cb_project_milestone m on m.id = d.milestone_id"
                + " where d.status = 'PAID' and d.payee_tenant_id is not null order by d.id").stream()
                .map(r -> new PaymentRow(id(r[0]), id(r[1]), id(r[2]), money(r[3]), instant(r[4]), id(r[5])))
                .toList();
    }

    /**
     * Allowances paid to children, aggregated in SQL per district, scheme categories, purpose and period
     * (the run's month for monthly schemes, its year for yearly ones): distinct children and the sum of
     * lines of paid runs that the bank did not return. Grouped by the tenant column, as the city figures are.
     */
    public List<AllowanceRow> allowanceAggregates() {
        String month = "case when s.frequency = 'MONTHLY' then extract(month from r.run_month) else 0 end";
        return rows("select r.tenant_id, s.categories, s.purpose, s.frequency, extract(year from r.run_month), "
                + month + ", count(distinct l.child_id), sum(l.amount)"
                + " from cb_payment_line l"
                + " join cb_payment_run r on r.id = l.run_id and r.tenant_id = l.tenant_id"
                + " join cb_allowance_scheme s on s.id = r.scheme_id and s.tenant_id = r.tenant_id"
                + " where r.status = 'PAID' and l.bank_status <> 'FAILED'"
                + " group by r.tenant_id, s.categories, s.purpose, s.frequency, extract(year from r.run_month), " + month)
                .stream().map(r -> new AllowanceRow(id(r[0]), (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).longValue(),
                        money(r[7])))
                .toList();
    }

    private List<Object[]> rows(String sql) {
        return list(query(sql));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query q) {
        return q.getResultList();
    }

    private Query query(String sql) {
        return data.shared().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static Long optionalId(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static BigDecimal money(Object o) {
        BigDecimal b = o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
        return b.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    /** Instants are stored as the JVM's local time ({@code InstantConverter}); read them back the same way. */
    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime t) {
            return t.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + o.getClass());
    }
}
