package org.carebridge.funding.tender.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.core.account.control.TenantMembers;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.audit.boundary.FieldChanges;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.funding.tender.control.Ranking;
import org.carebridge.funding.tender.control.TenderAccess;
import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.BidScore;
import org.carebridge.funding.tender.entity.BidStatus;
import org.carebridge.funding.tender.entity.Criterion;
import org.carebridge.funding.tender.entity.Tender;
import org.carebridge.funding.tender.entity.TenderAmendment;
import org.carebridge.funding.tender.entity.TenderStatus;
import org.carebridge.funding.tender.entity.TenderTerms;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Tenders and sealed bids. A district's administrator drafts, publishes, amends (recorded) and
 * cancels its tenders; service organisations and foundations see published tenders and bid until
 * the deadline. Every read goes through {@link TenderAccess}.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER,
        Roles.CASEWORKER})
public class Tenders {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    TenderAccess access;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantMembers members;

    @Inject
    org.carebridge.funding.project.control.PerformanceHistory history;

    /** A district's own tenders; for an organisation, every tender that is not a draft. Newest first. */
    public Page<TenderView> page(TenderStatus status, int offset, int limit) {
        long me = CallContext.requireTenant();
        TenantKind kind = kind(me);
        Map<String, Object> params = new HashMap<>();
        String where;
        if (access.mayBid(kind)) {
            where = "from Tender t where t.status <> :draft";
            params.put("draft", TenderStatus.DRAFT);
        } else {
            where = "from Tender t where t.ownerTenantId = :me";
            params.put("me", me);
        }
        if (status != null) {
            where += " and t.status = :status";
            params.put("status", status);
        }
        Page<Tender> page = PagedQuery.page(data.shared(), Tender.class, "t", where, params, "t.id desc", offset, limit);
        Map<Long, String> names = names(page.items().stream().map(Tender::getOwnerTenantId).toList());
        Instant now = Instant.now();
        return page.map(t -> TenderView.of(t, names.get(t.getOwnerTenantId()), t.getOwnerTenantId() == me,
                t.getOwnerTenantId() == me ? bidCount(t.getId()) : 0, null, now));
    }

    public TenderView find(long id) {
        Tender t = visible(id);
        long me = CallContext.requireTenant();
        List<TenderAmendment> amendments = data.shared().createQuery("select a from TenderAmendment a"
                + " where a.tenderId = :t order by a.id", TenderAmendment.class).setParameter("t", id).getResultList();
        String winner = t.getAwardedBidId() == null ? null
                : name(data.shared().find(Bid.class, t.getAwardedBidId()).getBidderTenantId());
        return TenderView.of(t, name(t.getOwnerTenantId()), t.getOwnerTenantId() == me,
                t.getOwnerTenantId() == me ? bidCount(id) : 0, amendments, Instant.now(), winner);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public TenderView create(TenderInput in) {
        long me = CallContext.requireTenant();
        if (kind(me) != TenantKind.DISTRICT) {
            throw new AccessDeniedException("tender.districtOnly");
        }
        Tender t = new Tender(me, terms(in), CallContext.actor(), Instant.now());
        data.shared().persist(t);
        data.shared().flush();
        audit.record("TENDER_DRAFTED", "Tender", t.getId(), t.getTitle());
        return find(t.getId());
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public TenderView edit(long id, long version, TenderInput in) {
        Tender t = owned(id, version);
        t.edit(terms(in), Instant.now());
        audit.record("TENDER_EDITED", "Tender", id, t.getTitle());
        return find(id);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public TenderView publish(long id, long version) {
        Tender t = owned(id, version);
        t.publish(Instant.now());
        audit.record("TENDER_PUBLISHED", "Tender", id, t.getTitle() + ", bids until " + t.getBidDeadline());
        return find(id);
    }

    /** Changes a published tender before its deadline; what changed and why is kept as its history. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public TenderView amend(long id, long version, TenderInput in, String reason) {
        Tender t = owned(id, version);
        TenderView before = find(id);
        String why = TenderAmendment.requireReason(reason);
        t.amend(terms(in), Instant.now());
        data.shared().flush();
        TenderView after = find(id);
        data.shared().persist(new TenderAmendment(id, CallContext.actor(), why, changes(before, after), Instant.now()));
        audit.record("TENDER_AMENDED", "Tender", id, why);
        return find(id);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public TenderView cancel(long id, long version, String reason) {
        Tender t = owned(id, version);
        t.cancel(reason, Instant.now());
        audit.record("TENDER_CANCELLED", "Tender", id, t.getCancelReason());
        return find(id);
    }

    // ---- bids ------------------------------------------------------------------------------------

    /** Submits the organisation's bid; an earlier bid of the same organisation is replaced. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER})
    public BidView submitBid(long tenderId, String price, String proposal, String team, String plan) {
        Tender t = visible(tenderId);
        long me = CallContext.requireTenant();
        if (!access.mayBid(kind(me)) || t.getOwnerTenantId() == me) {
            throw new AccessDeniedException("bid.notBidder");
        }
        Bid bid = new Bid(t, me, money(price), proposal, team, plan, CallContext.actor(), Instant.now());
        data.shared().createQuery("select b from Bid b where b.tenderId = :t and b.bidderTenantId = :me"
                        + " and b.status = :s", Bid.class).setParameter("t", tenderId).setParameter("me", me)
                .setParameter("s", BidStatus.SUBMITTED).getResultList().forEach(Bid::replace);
        data.shared().persist(bid);
        data.shared().flush();
        audit.record("BID_SUBMITTED", "Tender", tenderId, "bid " + bid.getId());
        return BidView.of(bid, name(me));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER})
    public BidView withdrawBid(long tenderId, long bidId) {
        Tender t = visible(tenderId);
        Bid b = data.shared().find(Bid.class, bidId);
        long me = CallContext.requireTenant();
        if (b == null || b.getTenderId() != tenderId || b.getBidderTenantId() != me) {
            throw new NotFoundException("bid.notFound");
        }
        b.withdraw(t, Instant.now());
        audit.record("BID_WITHDRAWN", "Tender", tenderId, "bid " + bidId);
        return BidView.of(b, name(me));
    }

    /** The caller's organisation's bids for the tender (its active one and earlier ones), newest first. */
    public List<BidView> myBids(long tenderId) {
        visible(tenderId);
        long me = CallContext.requireTenant();
        String bidder = name(me);
        Tender t = data.shared().find(Tender.class, tenderId);
        boolean decided = t.getStatus() == TenderStatus.AWARDED || t.getStatus() == TenderStatus.UNSUCCESSFUL;
        Map<Long, Ranking.Entry> results = decided ? ranked(t) : Map.of();
        return data.shared().createQuery("select b from Bid b where b.tenderId = :t and b.bidderTenantId = :me"
                        + " order by b.id desc", Bid.class).setParameter("t", tenderId).setParameter("me", me)
                .getResultList().stream().map(b -> BidView.of(b, bidder, results.get(b.getId()),
                        Objects.equals(t.getAwardedBidId(), b.getId()))).toList();
    }

    /** All active bids, for the tendering district once the deadline has passed; sealed before it. */
    public List<BidView> bids(long tenderId) {
        Tender t = visible(tenderId);
        long me = CallContext.requireTenant();
        Instant now = Instant.now();
        if (t.getOwnerTenantId() != me) {
            throw new AccessDeniedException("bid.ownOnly");
        }
        if (!access.mayReadBids(t, me, now)) {
            throw new ConflictException("bid.sealed", t.getBidDeadline().toString());
        }
        List<Bid> bids = data.shared().createQuery("select b from Bid b where b.tenderId = :t and b.status = :s"
                + " order by b.id", Bid.class).setParameter("t", tenderId).setParameter("s", BidStatus.SUBMITTED)
                .getResultList();
        Map<Long, String> names = names(bids.stream().map(Bid::getBidderTenantId).toList());
        audit.record("BIDS_OPENED", "Tender", tenderId, bids.size() + " bids");
        var performance = history.of(bids.stream().map(Bid::getBidderTenantId).toList());
        return bids.stream().map(b -> BidView.of(b, names.get(b.getBidderTenantId()))
                .withPerformance(performance.get(b.getBidderTenantId()))).toList();
    }

    /** One bid: its bidder's, or the district's after the deadline; sealed (409) or absent (404) otherwise. */
    public BidView bid(long tenderId, long bidId) {
        Tender t = visible(tenderId);
        Bid b = data.shared().find(Bid.class, bidId);
        if (b == null || b.getTenderId() != tenderId) {
            throw new NotFoundException("bid.notFound");
        }
        return switch (access.bid(t, b, CallContext.requireTenant(), Instant.now())) {
            case FULL -> BidView.of(b, name(b.getBidderTenantId()));
            case SEALED -> throw new ConflictException("bid.sealed", t.getBidDeadline().toString());
            case NONE -> throw new NotFoundException("bid.notFound");
        };
    }

    /**
     * For the dashboard: for a district, its published tenders past their deadline and not yet
     * decided; for an organisation, the tenders open for bids now.
     */
    public long dashboardCount() {
        long me = CallContext.requireTenant();
        if (access.mayBid(kind(me))) {
            return data.shared().createQuery("select count(t) from Tender t where t.status = :p and t.bidDeadline > :now",
                    Long.class).setParameter("p", TenderStatus.PUBLISHED).setParameter("now", Instant.now())
                    .getSingleResult();
        }
        return data.shared().createQuery("select count(t) from Tender t where t.ownerTenantId = :me and t.status = :p"
                        + " and t.bidDeadline <= :now", Long.class).setParameter("me", me)
                .setParameter("p", TenderStatus.PUBLISHED).setParameter("now", Instant.now()).getSingleResult();
    }

    // ---- evaluation --------------------------------------------------------------------------------

    /**
     * A panel member of the tendering district scores a bid (0–100 per criterion, by position) once
     * the deadline has passed and until the decision. Someone who is also a member of the bidding
     * organisation may not score its bid.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER})
    public List<BidView> score(long tenderId, long bidId, Map<Integer, Integer> scores) {
        Tender t = visible(tenderId);
        long me = CallContext.requireTenant();
        Instant now = Instant.now();
        if (t.getOwnerTenantId() != me) {
            throw new NotFoundException("tender.notFound");
        }
        if (!access.mayReadBids(t, me, now)) {
            throw new ConflictException("bid.sealed", t.getBidDeadline().toString());
        }
        if (t.getStatus() != TenderStatus.PUBLISHED) {
            throw new ConflictException("tender.notPublished");
        }
        Bid b = data.shared().find(Bid.class, bidId);
        if (b == null || b.getTenderId() != tenderId || b.getStatus() != BidStatus.SUBMITTED) {
            throw new NotFoundException("bid.notFound");
        }
        if (members.isActiveMember(CallContext.actor(), b.getBidderTenantId())) {
            throw new AccessDeniedException("bid.score.conflictOfInterest");
        }
        if (scores == null || scores.isEmpty()) {
            throw new ValidationException("bid.score.range");
        }
        List<BidScore> existing = data.shared().createQuery("select s from BidScore s where s.bidId = :b"
                        + " and s.panelMember = :m", BidScore.class).setParameter("b", bidId)
                .setParameter("m", CallContext.actor()).getResultList();
        for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
            int criterion = e.getKey() == null ? -1 : e.getKey();
            if (criterion < 0 || criterion >= t.getCriteria().size() || e.getValue() == null) {
                throw new ValidationException("bid.score.criterion");
            }
            existing.stream().filter(s -> s.getCriterion() == criterion).findFirst().ifPresentOrElse(
                    s -> s.rescore(e.getValue(), now),
                    () -> data.shared().persist(new BidScore(tenderId, bidId, criterion, CallContext.actor(),
                            e.getValue(), now)));
        }
        data.shared().flush();
        audit.record("BID_SCORED", "Tender", tenderId, "bid " + bidId + " " + scores);
        return ranking(tenderId);
    }

    /** The bids with their weighted totals and ranks, for the tendering district after the deadline. */
    public List<BidView> ranking(long tenderId) {
        Tender t = visible(tenderId);
        long me = CallContext.requireTenant();
        if (t.getOwnerTenantId() != me) {
            throw new AccessDeniedException("bid.ownOnly");
        }
        if (!access.mayReadBids(t, me, Instant.now())) {
            throw new ConflictException("bid.sealed", t.getBidDeadline().toString());
        }
        Map<Long, Ranking.Entry> results = ranked(t);
        List<Bid> bids = activeBids(tenderId);
        Map<Long, String> names = names(bids.stream().map(Bid::getBidderTenantId).toList());
        var performance = history.of(bids.stream().map(Bid::getBidderTenantId).toList());
        return bids.stream().map(b -> BidView.of(b, names.get(b.getBidderTenantId()), results.get(b.getId()),
                        Objects.equals(t.getAwardedBidId(), b.getId())).withPerformance(performance.get(b.getBidderTenantId())))
                .sorted(java.util.Comparator.comparing(BidView::rank)).toList();
    }

    /** Awards the tender to a bid ({@code bidId}) or, with none, declares it unsuccessful; the justification is kept. */
    @RolesAllowed(Roles.APPROVER)
    public TenderView decide(long tenderId, long version, Long bidId, String justification) {
        Tender t = owned(tenderId, version);
        if (bidId != null) {
            Bid b = data.shared().find(Bid.class, bidId);
            if (b == null || b.getTenderId() != tenderId || b.getStatus() != BidStatus.SUBMITTED) {
                throw new NotFoundException("bid.notFound");
            }
        }
        t.decide(bidId, justification, CallContext.actor(), Instant.now());
        audit.record(bidId == null ? "TENDER_UNSUCCESSFUL" : "TENDER_AWARDED", "Tender", tenderId,
                (bidId == null ? "" : "bid " + bidId + ": ") + t.getDecisionNote());
        return find(tenderId);
    }

    private Map<Long, Ranking.Entry> ranked(Tender t) {
        List<Bid> bids = activeBids(t.getId());
        List<BidScore> scores = data.shared().createQuery("select s from BidScore s where s.tenderId = :t",
                BidScore.class).setParameter("t", t.getId()).getResultList();
        return Ranking.rank(bids.stream().map(Bid::getId).toList(), t.getCriteria(), scores).stream()
                .collect(Collectors.toMap(Ranking.Entry::bidId, e -> e));
    }

    private List<Bid> activeBids(long tenderId) {
        return data.shared().createQuery("select b from Bid b where b.tenderId = :t and b.status = :s order by b.id",
                Bid.class).setParameter("t", tenderId).setParameter("s", BidStatus.SUBMITTED).getResultList();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private long bidCount(long tenderId) {
        return data.shared().createQuery("select count(b) from Bid b where b.tenderId = :t and b.status = :s",
                Long.class).setParameter("t", tenderId).setParameter("s", BidStatus.SUBMITTED).getSingleResult();
    }

    private Tender visible(long id) {
        Tender t = data.shared().find(Tender.class, id);
        long me = CallContext.requireTenant();
        if (t == null || !access.maySee(t, me, kind(me))) {
            throw new NotFoundException("tender.notFound");
        }
        return t;
    }

    private Tender owned(long id, long version) {
        Tender t = visible(id);
        if (t.getOwnerTenantId() != CallContext.requireTenant()) {
            throw new NotFoundException("tender.notFound");
        }
        if (t.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        return t;
    }

    private TenantKind kind(long tenant) {
        return tenants.kind(tenant);
    }

    private String name(long tenant) {
        return tenants.name(tenant);
    }

    private Map<Long, String> names(List<Long> ids) {
        return tenants.names(ids);
    }

    static TenderTerms terms(TenderInput in) {
        if (in == null) {
            throw new ValidationException("error.badRequest");
        }
        List<Criterion> criteria = new ArrayList<>();
        if (in.criteria() != null) {
            for (TenderInput.CriterionInput c : in.criteria()) {
                criteria.add(new Criterion(c == null ? null : c.name(), c == null || c.weight() == null ? 0 : c.weight()));
            }
        }
        return new TenderTerms(in.title(), in.serviceType(), in.description(), in.targetGroups(),
                in.childrenTarget() == null ? 0 : in.childrenTarget(), in.area(), money(in.budgetCeiling()),
                LocalDates.parse(in.periodStart(), "tender.period.invalid"),
                LocalDates.parse(in.periodEnd(), "tender.period.invalid"), in.kpis(), criteria,
                in.requiredDocuments(), deadline(in.bidDeadline()));
    }

    /** An ISO instant, or a Beijing local date-time {@code yyyy-MM-ddTHH:mm}. */
    static Instant deadline(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("tender.deadline.future");
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(LocalDates.CHINA).toInstant();
            } catch (DateTimeParseException e2) {
                throw new ValidationException("tender.deadline.invalid");
            }
        }
    }

    private static Money money(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("tender.budget.positive");
        }
        return Money.of(text.strip());
    }

    private static String changes(TenderView a, TenderView b) {
        FieldChanges c = new FieldChanges();
        c.field("title", a.title(), b.title());
        c.field("description", a.description(), b.description());
        c.field("budgetCeiling", a.budgetCeiling(), b.budgetCeiling());
        c.field("bidDeadline", a.bidDeadline(), b.bidDeadline());
        c.field("period", a.periodStart() + "–" + a.periodEnd(), b.periodStart() + "–" + b.periodEnd());
        c.field("childrenTarget", a.childrenTarget(), b.childrenTarget());
        c.field("kpis", a.kpis(), b.kpis());
        c.field("criteria", a.criteria(), b.criteria());
        c.field("requiredDocuments", a.requiredDocuments(), b.requiredDocuments());
        c.field("targetGroups", a.targetGroups(), b.targetGroups());
        c.field("area", a.area(), b.area());
        c.field("serviceType", a.serviceType(), b.serviceType());
        return c.toString();
    }
}
