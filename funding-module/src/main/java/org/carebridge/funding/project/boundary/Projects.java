package org.carebridge.funding.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.control.Delivered;
import org.carebridge.funding.project.control.DeliveryMeasure;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.control.ProjectAccess;
import org.carebridge.funding.project.control.ProjectAccess.Part;
import org.carebridge.funding.project.entity.CoFunder;
import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.OutcomeReport;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ProjectAmendment;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.funding.project.entity.ProjectTerms;
import org.carebridge.funding.project.entity.ServiceProject;
import org.carebridge.funding.tender.entity.Bid;
import org.carebridge.funding.tender.entity.Tender;
import org.carebridge.funding.tender.entity.TenderStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Service projects: created by the tendering district from an award, or by a foundation as its own
 * project; amended by numbered revisions; milestones submitted by the provider and reviewed by the
 * purchaser. Every read goes through {@link ProjectAccess}; a non-participant gets 404.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER,
        Roles.CASEWORKER})
public class Projects {

    public static final int MAX_MILESTONES = 24;

    /**
     * JPQL: tenant {@code :me} takes part in project {@code p} in any part — {@link ProjectAccess#maySee}
     * as a predicate, for the lists paged in SQL.
     */
    static final String TAKES_PART = "(p.ownerTenantId = :me or p.districtTenantId = :me"
            + " or p.providerTenantId = :me or exists (select q.id from ServiceProject q join q.coFunders f"
            + " where q.id = p.id and f.funderTenantId = :me))";

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    ProjectAccess access;

    @Inject
    TenantDirectory tenants;

    @Inject
    Instance<DeliveryMeasure> measure;

    /** The projects the bound tenant takes part in (any part), newest first. */
    public Page<ProjectView> page(ProjectStatus status, int offset, int limit) {
        long me = CallContext.requireTenant();
        Map<String, Object> params = new HashMap<>();
        params.put("me", me);
        String where = "from ServiceProject p where " + TAKES_PART;
        if (status != null) {
            where += " and p.status = :status";
            params.put("status", status);
        }
        Page<ServiceProject> page = PagedQuery.page(data.shared(), ServiceProject.class, "p", where, params,
                "p.id desc", offset, limit);
        Map<Long, Tenant> named = tenants.byIds(page.items().stream().flatMap(Projects::tenantsOf).toList());
        return page.map(p -> view(p, me, named, false));
    }

    public ProjectView find(long id) {
        return view(visible(id), CallContext.requireTenant(), null, true);
    }

    /** The project's KPIs with progress computed from the service records now. */
    public List<KpiProgress.Entry> progress(long id) {
        ServiceProject p = visible(id);
        return KpiProgress.of(p.getKpis(), delivered(p), reported(p));
    }

    /** The tendering district turns its award into the contract with the awarded bidder. */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public ProjectView createFromAward(ProjectInput in) {
        long me = CallContext.requireTenant();
        if (in == null || in.tenderId() == null) {
            throw new ValidationException("project.tender.required");
        }
        Tender t = data.shared().find(Tender.class, in.tenderId());
        if (t == null || t.getOwnerTenantId() != me) {
            throw new NotFoundException("tender.notFound");
        }
        if (t.getStatus() != TenderStatus.AWARDED || t.getAwardedBidId() == null) {
            throw new ConflictException("project.tender.notAwarded");
        }
        if (!data.shared().createQuery("select p.id from ServiceProject p where p.tenderId = :t", Long.class)
                .setParameter("t", t.getId()).getResultList().isEmpty()) {
            throw new ConflictException("project.tender.hasProject");
        }
        Bid bid = data.shared().find(Bid.class, t.getAwardedBidId());
        ProjectTerms terms = terms(in, me, bid.getBidderTenantId(), t.getTitle(), t.getServiceType(), t.getDescription(),
                bid.getPrice(), t.getPeriodStart(), t.getPeriodEnd());
        ServiceProject p = new ServiceProject(me, me, bid.getBidderTenantId(), t.getId(), bid.getId(), terms,
                CallContext.actor(), Instant.now());
        return persist(p, in);
    }

    /** A foundation's own project (no tender): it names the provider (itself or a service organisation) and the district. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER})
    public ProjectView createOwn(ProjectInput in) {
        long me = CallContext.requireTenant();
        if (tenants.kind(me) != TenantKind.FOUNDATION) {
            throw new AccessDeniedException("project.foundationOnly");
        }
        if (in == null) {
            throw new ValidationException("error.badRequest");
        }
        Tenant provider = tenants.activeByCode(in.provider(), Set.of(TenantKind.SERVICE_ORG, TenantKind.FOUNDATION))
                .filter(t -> t.getKind() == TenantKind.SERVICE_ORG || t.getId() == me)
                .orElseThrow(() -> new ValidationException("project.provider.invalid"));
        Tenant district = tenants.activeByCode(in.district(), Set.of(TenantKind.DISTRICT))
                .orElseThrow(() -> new ValidationException("project.district.invalid"));
        ProjectTerms terms = terms(in, me, provider.getId(), null, null, null, null, null, null);
        ServiceProject p = new ServiceProject(me, district.getId(), provider.getId(), null, null, terms,
                CallContext.actor(), Instant.now());
        return persist(p, in);
    }

    /** A numbered amendment of a running contract, with a reason; planned milestones may change, submitted ones not. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER})
    public ProjectView amend(long id, long version, ProjectInput in, String reason) {
        ServiceProject p = owned(id, version);
        String why = ProjectAmendment.requireReason(reason);
        if (in == null) {
            throw new ValidationException("error.badRequest");
        }
        long me = CallContext.requireTenant();
        ProjectView before = find(id);
        ProjectTerms terms = terms(in, me, p.getProviderTenantId(), p.getTitle(), p.getServiceType(),
                p.getDescription(), p.getAmount(), p.getPeriodStart(), p.getPeriodEnd());
        int revision = p.amend(terms);
        if (in.milestones() != null) {
            replanMilestones(p, in.milestones());
        }
        checkMilestones(p, milestones(id));
        data.shared().flush();
        ProjectView after = find(id);
        data.shared().persist(new ProjectAmendment(id, revision, CallContext.actor(), why, changes(before, after),
                Instant.now()));
        audit.record("PROJECT_AMENDED", "Project", id, "revision " + revision + ": " + why);
        return find(id);
    }

    /** Ends a running project early, with a reason (hand-over to a successor goes through the enrolments). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER})
    public ProjectView end(long id, long version, String reason, Long successor) {
        ServiceProject p = owned(id, version);
        p.end(reason, LocalDates.today(), successor);
        audit.record("PROJECT_ENDED", "Project", id, p.getEndReason() + (successor == null ? "" : " → " + successor));
        return find(id);
    }

    // ---- milestones ------------------------------------------------------------------------------

    /** The provider submits a milestone with a note on its evidence; the KPI progress at this moment is kept with it. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.CASEWORKER})
    public MilestoneView submitMilestone(long projectId, long milestoneId, String note) {
        ServiceProject p = visible(projectId);
        if (!access.parts(p, CallContext.requireTenant()).contains(Part.PROVIDER)) {
            throw new AccessDeniedException("project.providerOnly");
        }
        p.requireActive();
        Milestone m = milestone(p, milestoneId);
        String progress = KpiProgress.summary(KpiProgress.of(p.getKpis(), delivered(p), reported(p)));
        m.submit(note, progress, CallContext.actor(), Instant.now());
        data.shared().flush();
        audit.record("MILESTONE_SUBMITTED", "Project", projectId, "milestone " + (m.getPosition() + 1) + ": " + progress);
        audit.recordFor(p.getOwnerTenantId(), "MILESTONE_SUBMITTED", "Project", projectId,
                "milestone " + (m.getPosition() + 1) + " by " + tenants.get(p.getProviderTenantId()).getCode());
        return MilestoneView.of(m, LocalDates.today());
    }

    /** The purchaser accepts, partly accepts (an amount and reasons) or returns (reasons) a submitted milestone. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.PROGRAMME_OFFICER})
    public MilestoneView reviewMilestone(long projectId, long milestoneId, long version, Milestone.Decision decision,
                                         String partAmount, String note) {
        ServiceProject p = visible(projectId);
        if (!access.parts(p, CallContext.requireTenant()).contains(Part.OWNER)) {
            throw new AccessDeniedException("project.ownerOnly");
        }
        Milestone m = milestone(p, milestoneId);
        if (m.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        m.review(decision, partAmount == null || partAmount.isBlank() ? null : Money.of(partAmount.strip()), note,
                CallContext.actor(), Instant.now());
        data.shared().flush();
        String detail = "milestone " + (m.getPosition() + 1) + " " + m.getStatus()
                + (m.getAcceptedAmount() == null ? "" : " " + m.getAcceptedAmount().amount().toPlainString())
                + (m.getReviewNote() == null ? "" : ": " + m.getReviewNote());
        audit.record("MILESTONE_REVIEWED", "Project", projectId, detail);
        audit.recordFor(p.getProviderTenantId(), "MILESTONE_REVIEWED", "Project", projectId, detail);
        return MilestoneView.of(m, LocalDates.today());
    }

    /** Dashboard: for a purchaser, milestones waiting for its review; for a provider, open milestones due within 14 days or overdue. */
    public long milestonesToAct() {
        long me = CallContext.requireTenant();
        long review = data.shared().createQuery("select count(m) from Milestone m, ServiceProject p"
                        + " where m.projectId = p.id and p.ownerTenantId = :me and m.status = :s", Long.class)
                .setParameter("me", me).setParameter("s", MilestoneStatus.SUBMITTED).getSingleResult();
        long due = data.shared().createQuery("select count(m) from Milestone m, ServiceProject p"
                        + " where m.projectId = p.id and p.providerTenantId = :me and p.status = :active"
                        + " and m.status in :open and m.dueOn <= :soon", Long.class)
                .setParameter("me", me).setParameter("active", ProjectStatus.ACTIVE)
                .setParameter("open", List.of(MilestoneStatus.PLANNED, MilestoneStatus.RETURNED))
                .setParameter("soon", LocalDates.today().plusDays(14)).getSingleResult();
        return review + due;
    }

    /** For the care module: the project if the bound tenant takes part, else 404. */
    public ServiceProject visible(long id) {
        ServiceProject p = data.shared().find(ServiceProject.class, id);
        if (p == null || !access.maySee(p, CallContext.requireTenant())) {
            throw new NotFoundException("project.notFound");
        }
        return p;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private ProjectView persist(ServiceProject p, ProjectInput in) {
        EntityManager em = data.shared();
        em.persist(p);
        em.flush();
        List<ProjectInput.MilestoneInput> planned = in.milestones() == null ? List.of() : in.milestones();
        if (planned.isEmpty()) {
            throw new ValidationException("milestone.count", MAX_MILESTONES);
        }
        replanMilestones(p, planned);
        checkMilestones(p, milestones(p.getId()));
        em.flush();
        audit.record("PROJECT_CREATED", "Project", p.getId(), p.getTitle() + " " + p.getAmount().amount().toPlainString()
                + (p.getTenderId() == null ? "" : " (tender " + p.getTenderId() + ")"));
        return find(p.getId());
    }

    /** Planned milestones follow the input by position; submitted or decided ones must stay as they are. */
    private void replanMilestones(ServiceProject p, List<ProjectInput.MilestoneInput> input) {
        if (input.isEmpty() || input.size() > MAX_MILESTONES) {
            throw new ValidationException("milestone.count", MAX_MILESTONES);
        }
        List<Milestone> existing = milestones(p.getId());
        for (int i = 0; i < input.size(); i++) {
            ProjectInput.MilestoneInput mi = input.get(i);
            if (mi == null) {
                throw new ValidationException("milestone.deliverable.required");
            }
            LocalDate due = LocalDates.parse(mi.dueOn(), "milestone.dueOn.required");
            Money amount = mi.amount() == null || mi.amount().isBlank() ? null : Money.of(mi.amount().strip());
            if (i < existing.size()) {
                Milestone m = existing.get(i);
                if (m.getStatus() == MilestoneStatus.PLANNED) {
                    m.change(mi.deliverable(), due, amount, mi.evidenceRequired());
                } else if (!Objects.equals(m.getDeliverable(), mi.deliverable() == null ? null : mi.deliverable().strip())
                        || !m.getDueOn().equals(due) || amount == null || m.getAmount().compareTo(amount) != 0) {
                    throw new ConflictException("milestone.locked", i + 1);
                }
            } else {
                data.shared().persist(new Milestone(p.getId(), i, mi.deliverable(), due, amount, mi.evidenceRequired()));
            }
        }
        for (int i = input.size(); i < existing.size(); i++) {
            Milestone m = existing.get(i);
            if (m.getStatus() != MilestoneStatus.PLANNED) {
                throw new ConflictException("milestone.locked", i + 1);
            }
            data.shared().remove(m);
        }
        data.shared().flush();
    }

    /** Milestones fall within the period and together release no more than the amount. */
    private static void checkMilestones(ServiceProject p, List<Milestone> list) {
        Money total = Money.ZERO;
        for (Milestone m : list) {
            if (m.getDueOn().isBefore(p.getPeriodStart()) || m.getDueOn().isAfter(p.getPeriodEnd())) {
                throw new ValidationException("milestone.dueOn.period", m.getPosition() + 1);
            }
            total = total.plus(m.getAmount());
        }
        if (total.compareTo(p.getAmount()) > 0) {
            throw new ValidationException("milestone.amount.exceeds", p.getAmount().amount().toPlainString());
        }
    }

    private List<Milestone> milestones(long projectId) {
        return data.shared().createQuery("select m from Milestone m where m.projectId = :p order by m.position",
                Milestone.class).setParameter("p", projectId).getResultList();
    }

    private Milestone milestone(ServiceProject p, long milestoneId) {
        Milestone m = data.shared().find(Milestone.class, milestoneId);
        if (m == null || m.getProjectId() != p.getId()) {
            throw new NotFoundException("milestone.notFound");
        }
        return m;
    }

    private ServiceProject owned(long id, long version) {
        ServiceProject p = visible(id);
        if (!access.parts(p, CallContext.requireTenant()).contains(Part.OWNER)) {
            throw new AccessDeniedException("project.ownerOnly");
        }
        if (p.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        return p;
    }

    private Delivered delivered(ServiceProject p) {
        return measure.isResolvable() ? measure.get().measure(p) : Delivered.NONE;
    }

    /** Values of reported KPIs from the latest accepted outcome report that gives them (none: empty). */
    private Map<String, BigDecimal> reported(ServiceProject p) {
        Map<String, BigDecimal> out = new HashMap<>();
        data.shared().createQuery("select r from OutcomeReport r where r.projectId = :p and r.status = :s"
                        + " order by r.periodTo desc, r.id desc", OutcomeReport.class).setParameter("p", p.getId())
                .setParameter("s", ReportStatus.ACCEPTED).setMaxResults(20).getResultList()
                .forEach(r -> r.getValues().forEach(v -> out.putIfAbsent(v.getKpiName(), v.getValue())));
        return out;
    }

    /** Every tenant a project names: owner, district, provider, co-funders. */
    private static Stream<Long> tenantsOf(ServiceProject p) {
        return Stream.concat(Stream.of(p.getOwnerTenantId(), p.getDistrictTenantId(), p.getProviderTenantId()),
                p.getCoFunders().stream().map(CoFunder::getFunderTenantId));
    }

    private ProjectView view(ServiceProject p, long me, Map<Long, Tenant> named, boolean full) {
        Map<Long, Tenant> t = named != null ? named : tenants.byIds(tenantsOf(p).toList());
        List<ProjectView.FunderView> funders = p.getCoFunders().stream().map(f -> {
            Tenant funder = t.get(f.getFunderTenantId());
            return new ProjectView.FunderView(funder.getCode(), funder.getNameZh(), f.getShare().amount());
        }).toList();
        List<KpiProgress.Entry> kpis = null;
        Delivered delivered = null;
        List<MilestoneView> milestones = null;
        List<ProjectView.AmendmentView> amendments = null;
        BigDecimal payable = null;
        if (full) {
            delivered = delivered(p);
            kpis = KpiProgress.of(p.getKpis(), delivered, reported(p));
            LocalDate today = LocalDates.today();
            List<Milestone> ms = milestones(p.getId());
            milestones = ms.stream().map(m -> MilestoneView.of(m, today)).toList();
            payable = ms.stream().filter(m -> m.getStatus().payable()).map(Milestone::getAcceptedAmount)
                    .reduce(Money.ZERO, Money::plus).amount();
            amendments = data.shared().createQuery("select a from ProjectAmendment a where a.projectId = :p"
                            + " order by a.revision", ProjectAmendment.class).setParameter("p", p.getId()).getResultList()
                    .stream().map(a -> new ProjectView.AmendmentView(a.getRevision(), a.getAmendedAt(), a.getAmendedBy(),
                            a.getReason(), a.getChanges())).toList();
        }
        return new ProjectView(p.getId(), p.getVersion(), p.getTitle(), p.getServiceType(), p.getDescription(),
                t.get(p.getOwnerTenantId()).getNameZh(), t.get(p.getDistrictTenantId()).getNameZh(),
                t.get(p.getProviderTenantId()).getNameZh(),
                p.getTenderId(), p.getAmount().amount(), p.ownerShare().amount(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getStatus(), p.getRevision(), access.parts(p, me), funders, kpis, delivered, milestones, amendments,
                payable, p.getEndedOn(), p.getEndReason(), p.getSuccessorId());
    }

    /** Terms from the input, falling back to the given defaults (the tender's, or the current contract's). */
    private ProjectTerms terms(ProjectInput in, long owner, long provider, String title, ServiceType type,
                               String description, Money amount, LocalDate start, LocalDate end) {
        List<Kpi> kpis = new ArrayList<>();
        if (in.kpis() != null) {
            for (ProjectInput.KpiInput k : in.kpis()) {
                if (k == null) {
                    throw new ValidationException("project.kpi.invalid");
                }
                Measure m;
                try {
                    m = Measure.valueOf(k.measure() == null ? "" : k.measure().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("project.kpi.measure", k.measure());
                }
                kpis.add(new Kpi(k.name(), m, k.baseline(), k.target()));
            }
        }
        List<CoFunder> funders = new ArrayList<>();
        if (in.coFunders() != null) {
            for (ProjectInput.FunderInput f : in.coFunders()) {
                Tenant t = tenants.activeByCode(f == null ? null : f.funder(), Set.of(TenantKind.FOUNDATION))
                        .orElseThrow(() -> new ValidationException("project.funder.unknown",
                                f == null ? "" : String.valueOf(f.funder())));
                funders.add(new CoFunder(t.getId(), f.share() == null || f.share().isBlank() ? null
                        : Money.of(f.share().strip())));
            }
        }
        return new ProjectTerms(blank(in.title()) ? title : in.title(),
                in.serviceType() == null ? type : in.serviceType(),
                blank(in.description()) ? description : in.description(),
                blank(in.amount()) ? amount : Money.of(in.amount().strip()),
                blank(in.periodStart()) ? start : LocalDates.parse(in.periodStart(), "project.period.invalid"),
                blank(in.periodEnd()) ? end : LocalDates.parse(in.periodEnd(), "project.period.invalid"),
                kpis, funders);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String changes(ProjectView a, ProjectView b) {
        FieldChanges c = new FieldChanges();
        c.field("title", a.title(), b.title());
        c.field("description", a.description(), b.description());
        c.field("amount", a.amount(), b.amount());
        c.field("period", a.periodStart() + "–" + a.periodEnd(), b.periodStart() + "–" + b.periodEnd());
        c.field("coFunders", a.coFunders(), b.coFunders());
        c.field("kpis", a.kpis().stream().map(k -> k.name() + " " + k.measure() + " " + k.baseline() + "→" + k.target()).toList(),
                b.kpis().stream().map(k -> k.name() + " " + k.measure() + " " + k.baseline() + "→" + k.target()).toList());
        c.field("milestones", a.milestones().stream().map(m -> m.number() + " " + m.deliverable() + " " + m.dueOn() + " " + m.amount()).toList(),
                b.milestones().stream().map(m -> m.number() + " " + m.deliverable() + " " + m.dueOn() + " " + m.amount()).toList());
        return c.toString();
    }
}
