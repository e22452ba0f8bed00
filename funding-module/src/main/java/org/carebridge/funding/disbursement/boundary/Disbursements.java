package org.carebridge.funding.disbursement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.control.ChildFunding;
import org.carebridge.funding.disbursement.control.DisbursementWriter;
import org.carebridge.funding.disbursement.control.Split;
import org.carebridge.funding.disbursement.entity.Disbursement;
import org.carebridge.funding.disbursement.entity.DisbursementStatus;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.disbursement.entity.MoneySettings;
import org.carebridge.funding.disbursement.entity.Purpose;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;
import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.ServiceProject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Payment requests of the bound tenant. Submitted under an idempotency key (the same key returns the
 * same request, also when 64 arrive at once; the same key with other content is refused); approved
 * by an approver who is not the requester — by two different approvers above the tenant's threshold
 * —, which posts the expense and the payable, provided the fund's available money covers it; paid
 * once with the bank's reference, which settles the payable from the fund; rejected with a reason;
 * or reversed, which posts the reversals of its entries. An accepted project milestone becomes a
 * request for this tenant's share of the accepted amount.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER})
public class Disbursements {

    @Inject
    TenantData data;

    @Inject
    Ledger ledger;

    @Inject
    Funds funds;

    @Inject
    DisbursementWriter writer;

    @Inject
    org.carebridge.funding.disbursement.control.Commitments commitments;

    @Inject
    org.carebridge.funding.project.control.ProjectAccess projectAccess;

    @Inject
    AuditTrail audit;

    @Inject
    TenantDirectory tenants;

    @Inject
    jakarta.enterprise.inject.Instance<ChildFunding> register;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * Submits a request once per key: a request already made under the key is returned (when its
     * content is the same) or refused (409 {@code disbursement.keyReused}).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.PROGRAMME_OFFICER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submitted submit(String key, DisbursementInput in) {
        if (key == null || key.isBlank() || key.strip().length() > 100) {
            throw new ValidationException("disbursement.key.required");
        }
        if (in == null) {
            throw new ValidationException("error.badRequest");
        }
        String k = key.strip();
        Disbursements self = context.getBusinessObject(Disbursements.class);
        Disbursement d = self.prepare(k, in);
        java.util.Optional<Long> earlier = writer.byKey(k);
        if (earlier.isEmpty()) {
            try {
                return new Submitted(self.find(writer.insert(d)), true);
            } catch (RuntimeException e) {
                // Another call with the key won the insert; it may still be committing: look for it a few times.
                for (int i = 0; i < 20 && earlier.isEmpty(); i++) {
                    earlier = writer.byKey(k);
                    if (earlier.isEmpty()) {
                        pause();
                    }
                }
                if (earlier.isEmpty()) {
                    throw e;
                }
            }
        }
        if (!self.requestHash(earlier.get()).equals(d.getRequestHash())) {
            throw new ConflictException("disbursement.keyReused");
        }
        return new Submitted(self.find(earlier.get()), false);
    }

    /** The request as it would be stored (validated, amount and approvals worked out); not saved. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.PROGRAMME_OFFICER})
    public Disbursement prepare(String key, DisbursementInput in) {
        return build(key, in);
    }

    /** The content hash of a stored request, to tell a retry from a reused key. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.PROGRAMME_OFFICER})
    public String requestHash(long id) {
        Disbursement d = data.tenant().find(Disbursement.class, id);
        if (d == null) {
            throw new NotFoundException("disbursement.notFound");
        }
        return d.getRequestHash();
    }

    /** A request and whether this call created it. */
    public record Submitted(DisbursementView disbursement, boolean created) {
    }

    /** An approval; the last one needed posts the expense and the payable (Dr expense, Cr payable). */
    @RolesAllowed(Roles.APPROVER)
    public DisbursementView approve(long id, long version) {
        return approve(id, version, false);
    }

    /**
     * An approval, after the double-funding check: when other payments cover the same child, need and
     * months, the approver must say so ({@code acknowledgeOverlap}) or the approval is refused (409
     * {@code disbursement.doubleFunding}, naming them); an acknowledged approval records the approver.
     */
    @RolesAllowed(Roles.APPROVER)
    public DisbursementView approve(long id, long version, boolean acknowledgeOverlap) {
        Disbursement d = locked(id, version);
        String overlap = overlapNote(d);
        d.overlaps(overlap);
        if (overlap != null) {
            if (!acknowledgeOverlap) {
                throw new ConflictException("disbursement.doubleFunding", overlap);
            }
            d.overlapAcknowledged(CallContext.actor());
        }
        // The fund's lock orders the approvals on one fund (see Commitments).
        Fund f = commitments.lock(d.getFundId());
        Instant now = Instant.now();
        if (d.approve(CallContext.actor(), now)) {
            commitments.requireAvailable(f, d.getAmount());
            LedgerAccount expense = ledger.account("EXPENSE:" + d.getPurpose(), "支出：" + d.getPurpose(), AccountKind.EXPENSE);
            LedgerAccount payable = ledger.account(payableCode(d), "应付：" + d.getPayeeName(), AccountKind.PAYABLE);
            JournalEntry e = ledger.post("APPROVAL:" + id, EntryKind.APPROVAL, "批准拨付：" + d.getPayeeName(),
                    "disbursement:" + id, null, List.of(new Ledger.Line(expense.getId(), d.getAmount()),
                            new Ledger.Line(payable.getId(), d.getAmount().negate())));
            d.approved(e.getId());
        }
        data.tenant().flush();
        audit.record("DISBURSEMENT_APPROVED", "Disbursement", id, d.getStatus() + " by " + CallContext.actor());
        return find(id);
    }

    @RolesAllowed(Roles.APPROVER)
    public DisbursementView reject(long id, long version, String reason) {
        Disbursement d = locked(id, version);
        d.reject(CallContext.actor(), reason);
        audit.record("DISBURSEMENT_REJECTED", "Disbursement", id, d.getReason());
        return find(id);
    }

    /**
     * Marks an approved request paid with the bank's reference (Dr payable, Cr fund). Paying a
     * request already paid with the same reference returns it unchanged: retries never pay twice.
     */
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.TENANT_ADMIN})
    public DisbursementView pay(long id, String bankReference) {
        String ref = Disbursement.requireReference(bankReference);
        Disbursement d = data.tenant().find(Disbursement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException("disbursement.notFound");
        }
        data.tenant().refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.getStatus() == DisbursementStatus.PAID && ref.equals(d.getBankReference())) {
            return find(id);
        }
        Fund f = funds.fund(d.getFundId());
        LedgerAccount payable = ledger.account(payableCode(d), "应付：" + d.getPayeeName(), AccountKind.PAYABLE);
        if (d.getStatus() != DisbursementStatus.APPROVED) {
            throw new ConflictException("disbursement.notApproved");
        }
        JournalEntry e = ledger.post("PAYMENT:" + id, EntryKind.PAYMENT, "支付：" + d.getPayeeName() + " " + ref,
                "disbursement:" + id, null, List.of(new Ledger.Line(payable.getId(), d.getAmount()),
                        new Ledger.Line(f.getAccountId(), d.getAmount().negate())));
        d.paid(ref, e.getId(), Instant.now());
        data.tenant().flush();
        audit.record("DISBURSEMENT_PAID", "Disbursement", id, ref + " entry " + e.getId());
        return find(id);
    }

    /** Reverses an approved or paid request: its entries are reversed, newest first. */
    @RolesAllowed(Roles.APPROVER)
    public DisbursementView reverse(long id, long version, String reason) {
        Disbursement d = locked(id, version);
        d.reverse(CallContext.actor(), reason);
        if (d.getPaymentEntryId() != null) {
            ledger.reverse(d.getPaymentEntryId(), "冲销支付：" + d.getReason());
        }
        ledger.reverse(d.getApprovalEntryId(), "冲销批准：" + d.getReason());
        data.tenant().flush();
        audit.record("DISBURSEMENT_REVERSED", "Disbursement", id, d.getReason());
        return find(id);
    }

    public DisbursementView find(long id) {
        Disbursement d = data.tenant().find(Disbursement.class, id);
        if (d == null) {
            throw new NotFoundException("disbursement.notFound");
        }
        return DisbursementView.of(d, funds.fund(d.getFundId()).getName());
    }

    /** Requests newest first, by status; {@code awaitingMe} for an approver's inbox (pending, not theirs). */
    public Page<DisbursementView> page(DisbursementStatus status, boolean awaitingMe, int offset, int limit) {
        return page(status, awaitingMe, null, offset, limit);
    }

    /** As {@link #page(DisbursementStatus, boolean, int, int)}, only requests paid from {@code fundId} when given. */
    public Page<DisbursementView> page(DisbursementStatus status, boolean awaitingMe, Long fundId, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("from Disbursement d where 1 = 1");
        if (status != null) {
            where.append(" and d.status = :s");
            params.put("s", status);
        }
        if (awaitingMe) {
            where.append(" and d.status in :pending and d.submittedBy <> :me and (d.firstApprover is null"
                    + " or d.firstApprover <> :me)");
            params.put("pending", List.of(DisbursementStatus.SUBMITTED, DisbursementStatus.PARTLY_APPROVED));
            params.put("me", CallContext.actor());
        }
        if (fundId != null) {
            where.append(" and d.fundId = :fund");
            params.put("fund", fundId);
        }
        Page<Disbursement> page = PagedQuery.page(data.tenant(), Disbursement.class, "d", where.toString(), params,
                "d.id desc", offset, limit);
        Map<Long, String> fundNames = new java.util.HashMap<>();
        page.items().forEach(d -> fundNames.computeIfAbsent(d.getFundId(), f -> funds.fund(f).getName()));
        return page.map(d -> DisbursementView.of(d, fundNames.get(d.getFundId())));
    }

    /**
     * For the dashboard: requests waiting for an approval — for an approver the ones waiting for them
     * (not their own, not already approved by them), for anyone else every undecided one.
     */
    public long waitingCount() {
        boolean approver = context.isCallerInRole(Roles.APPROVER);
        jakarta.persistence.TypedQuery<Long> q = data.tenant().createQuery("select count(d) from Disbursement d"
                + " where d.status in :pending" + (approver ? " and d.submittedBy <> :me"
                + " and (d.firstApprover is null or d.firstApprover <> :me)" : ""), Long.class)
                .setParameter("pending", List.of(DisbursementStatus.SUBMITTED, DisbursementStatus.PARTLY_APPROVED));
        if (approver) {
            q.setParameter("me", CallContext.actor());
        }
        return q.getSingleResult();
    }

    /** An accepted milestone this tenant pays a share of, and whether it has asked for the payment yet. */
    public record PayableMilestone(long milestoneId, long projectId, String project, int number, String deliverable,
                                   java.math.BigDecimal accepted, java.math.BigDecimal myShare, String payee,
                                   Long disbursementId) {
    }

    /** Accepted milestones of projects the tenant owns or co-funds, newest first (at most 200). */
    public List<PayableMilestone> payableMilestones() {
        long me = CallContext.requireTenant();
        List<Object[]> rows = data.shared().createQuery("select m, p from Milestone m, ServiceProject p where"
                        + " m.projectId = p.id and m.status in :payable and (p.ownerTenantId = :me or exists (select q.id"
                        + " from ServiceProject q join q.coFunders f where q.id = p.id and f.funderTenantId = :me))"
                        + " order by m.reviewedAt desc", Object[].class)
                .setParameter("payable", List.of(org.carebridge.funding.project.entity.MilestoneStatus.ACCEPTED,
                        org.carebridge.funding.project.entity.MilestoneStatus.PARTLY))
                .setParameter("me", me).setMaxResults(200).getResultList();
        Map<Long, Long> requested = new java.util.HashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Milestone) r[0]).getId()).toList();
        if (!ids.isEmpty()) {
            data.tenant().createQuery("select d from Disbursement d where d.milestoneId in :m", Disbursement.class)
                    .setParameter("m", ids).getResultList().forEach(d -> requested.put(d.getMilestoneId(), d.getId()));
        }
        return rows.stream().map(r -> {
            Milestone m = (Milestone) r[0];
            ServiceProject p = (ServiceProject) r[1];
            MilestoneShare share = milestoneShare(m, p);
            return new PayableMilestone(m.getId(), p.getId(), p.getTitle(), m.getPosition() + 1, m.getDeliverable(),
                    m.getAcceptedAmount().amount(), share.amount().amount(), share.payeeName(), requested.get(m.getId()));
        }).toList();
    }

    /** The amount above which this tenant needs two approvals. */
    public Money secondApprovalAbove() {
        return data.tenant().createQuery("select s from MoneySettings s", MoneySettings.class).getResultStream()
                .findFirst().map(MoneySettings::getSecondApprovalAbove).orElse(MoneySettings.DEFAULT_SECOND_APPROVAL_ABOVE);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public Money changeSecondApprovalAbove(String amount) {
        Money m = Money.of(amount == null ? "" : amount.strip());
        MoneySettings s = data.tenant().createQuery("select s from MoneySettings s", MoneySettings.class)
                .getResultStream().findFirst().orElse(null);
        if (s == null) {
            data.tenant().persist(new MoneySettings(m));
        } else {
            s.change(m);
        }
        audit.record("MONEY_SETTINGS_CHANGED", "MoneySettings", CallContext.requireTenant(), "second approval above " + m.amount());
        return m;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Disbursement build(String key, DisbursementInput in) {
        if (in.fundId() == null) {
            throw new ValidationException("disbursement.fund.required");
        }
        Fund f = funds.fund(in.fundId());
        String payee = in.payeeName();
        Long payeeTenant = null;
        Money amount;
        Purpose purpose = in.purpose();
        if (in.milestoneId() != null) {
            MilestoneShare share = milestoneShare(in.milestoneId());
            if (!data.tenant().createQuery("select d.id from Disbursement d where d.milestoneId = :m and d.idempotencyKey <> :k",
                    Long.class).setParameter("m", in.milestoneId()).setParameter("k", key).getResultList().isEmpty()) {
                throw new ConflictException("disbursement.milestone.requested");
            }
            payee = share.payeeName();
            payeeTenant = share.payeeTenantId();
            amount = share.amount();
            purpose = Purpose.SERVICE_PURCHASE;
        } else {
            amount = Money.of(in.amount() == null ? "" : in.amount().strip());
        }
        int approvals = amount.compareTo(secondApprovalAbove()) > 0 ? 2 : 1;
        String hash = hash(String.join("|", Objects.toString(payee), Objects.toString(payeeTenant),
                Objects.toString(in.payeeBankAccount()), amount.amount().toPlainString(), Objects.toString(purpose),
                Objects.toString(in.note()), String.valueOf(f.getId()), Objects.toString(in.milestoneId()),
                Objects.toString(in.childId()), Objects.toString(in.periodFrom()), Objects.toString(in.periodTo())));
        Disbursement d = new Disbursement(key, hash, payee, payeeTenant, in.payeeBankAccount(), amount, purpose, in.note(),
                f.getId(), in.milestoneId(), approvals, CallContext.actor(), Instant.now());
        if (in.childId() != null) {
            childFunding().requireChild(in.childId());
            d.forChild(in.childId(), month(in.periodFrom()), month(in.periodTo()));
            d.overlaps(overlapNote(d));
        }
        return d;
    }

    /**
     * The double-funding check: other payments for the request's child, need and months — payment
     * requests not rejected or reversed, and allowance scheme payments — described in one note; null
     * when there are none or the request names no child.
     */
    private String overlapNote(Disbursement d) {
        if (d.getChildId() == null) {
            return null;
        }
        List<String> found = new java.util.ArrayList<>();
        for (Disbursement o : data.tenant().createQuery("select d from Disbursement d where d.childId = :c"
                        + " and d.purpose = :p and d.status not in :gone and d.periodFrom <= :to and d.periodTo >= :from"
                        + " and d.idempotencyKey <> :k order by d.id desc", Disbursement.class)
                .setParameter("c", d.getChildId()).setParameter("p", d.getPurpose())
                .setParameter("gone", List.of(DisbursementStatus.REJECTED, DisbursementStatus.REVERSED))
                .setParameter("from", d.getPeriodFrom().atDay(1)).setParameter("to", d.getPeriodTo().atDay(1))
                .setParameter("k", d.getIdempotencyKey()).setMaxResults(20).getResultList()) {
            found.add("拨付申请#" + o.getId() + " " + o.getPayeeName() + " " + o.getPeriodFrom() + "—" + o.getPeriodTo()
                    + " ¥" + o.getAmount().amount().toPlainString() + "（" + o.getStatus() + "）");
        }
        found.addAll(childFunding().otherFunding(d.getChildId(), d.getPurpose(), d.getPeriodFrom(), d.getPeriodTo()));
        return found.isEmpty() ? null : String.join("；", found);
    }

    private ChildFunding childFunding() {
        if (!register.isResolvable()) {
            throw new ValidationException("disbursement.child.unsupported");
        }
        return register.get();
    }

    private static java.time.YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("disbursement.period.invalid", Disbursement.MAX_PERIOD_MONTHS);
        }
    }

    /** This tenant's share of an accepted milestone of a project it owns or co-funds. */
    record MilestoneShare(String payeeName, long payeeTenantId, Money amount) {
    }

    MilestoneShare milestoneShare(long milestoneId) {
        Milestone m = data.shared().find(Milestone.class, milestoneId);
        ServiceProject p = m == null ? null : data.shared().find(ServiceProject.class, m.getProjectId());
        return milestoneShare(m, p);
    }

    /** This tenant's part of the milestone's accepted amount, split by the project's shares ({@link Split}). */
    private MilestoneShare milestoneShare(Milestone m, ServiceProject p) {
        long me = CallContext.requireTenant();
        if (p == null || !projectAccess.paysFor(p, me)) {
            throw new NotFoundException("milestone.notFound");
        }
        if (!m.getStatus().payable()) {
            throw new ConflictException("disbursement.milestone.notAccepted");
        }
        Money mine = Split.of(m.getAcceptedAmount(), p.shares()).get(me);
        if (mine == null || !mine.isPositive()) {
            throw new ConflictException("disbursement.milestone.noShare");
        }
        return new MilestoneShare(tenants.name(p.getProviderTenantId()), p.getProviderTenantId(), mine);
    }

    private Disbursement locked(long id, long version) {
        Disbursement d = data.tenant().find(Disbursement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException("disbursement.notFound");
        }
        data.tenant().refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        return d;
    }

    private static String payableCode(Disbursement d) {
        return d.getPayeeTenantId() != null ? "PAYABLE:TENANT:" + d.getPayeeTenantId()
                : "PAYABLE:" + hash(d.getPayeeName() + "|" + Objects.toString(d.getPayeeBankAccount())).substring(0, 24);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
