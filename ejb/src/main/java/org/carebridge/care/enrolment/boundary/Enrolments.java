package org.carebridge.care.enrolment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.enrolment.entity.Enrolment;
import org.carebridge.care.enrolment.entity.EnrolmentStatus;
import org.carebridge.care.referral.control.DistrictWriter;
import org.carebridge.care.service.boundary.NewService;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.care.service.entity.CasePlan;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.value.EnumSetColumn;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.project.boundary.Projects;
import org.carebridge.funding.project.control.ProjectAccess;
import org.carebridge.funding.project.control.ProjectAccess.Part;
import org.carebridge.funding.project.entity.ServiceProject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Children in service projects. The project's district enrols children of its register and ends
 * enrolments; the provider sees the enrolled children's purpose-bound details only while the
 * enrolment is open and the project runs ({@link ProjectAccess#providerSeesChild}), records services
 * under the project into the district's register, and keeps its own records as a read-only archive
 * afterwards. The owner hands the open caseload over to a successor project in one step.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER, Roles.CASEWORKER})
public class Enrolments {

    public static final int MAX_PER_CALL = 200;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    ChildLookup lookup;

    @Inject
    DistrictWriter writer;

    @Inject
    TenantDirectory tenants;

    /** The district enrols children of its register (supported or in assessment) in a running project. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public List<EnrolmentView> enrol(long projectId, List<Long> childIds) {
        ServiceProject p = asDistrict(projectId);
        p.requireActive();
        LocalDate today = LocalDates.today();
        if (today.isAfter(p.getPeriodEnd())) {
            throw new ConflictException("enrolment.projectOver");
        }
        if (childIds == null || childIds.isEmpty() || childIds.size() > MAX_PER_CALL) {
            throw new ValidationException("enrolment.children.count", MAX_PER_CALL);
        }
        Set<Long> ids = new LinkedHashSet<>(childIds);
        if (ids.contains(null)) {
            throw new ValidationException("enrolment.children.count", MAX_PER_CALL);
        }
        Set<Long> already = Set.copyOf(data.shared().createQuery("select e.childId from Enrolment e where"
                        + " e.projectId = :p and e.status = :s and e.childId in :ids", Long.class)
                .setParameter("p", projectId).setParameter("s", EnrolmentStatus.ENROLLED)
                .setParameter("ids", List.copyOf(ids)).getResultList());
        Map<Long, Set<Need>> planNeeds = planNeeds(ids);
        List<Enrolment> created = new java.util.ArrayList<>();
        for (Long id : ids) {
            Child child = lookup.require(id);
            if (child.getStatus() == ChildStatus.EXITED || child.getStatus() == ChildStatus.DISCOVERED) {
                throw new ConflictException("enrolment.child.notInCare", child.getName().value());
            }
            if (already.contains(id)) {
                throw new ConflictException("enrolment.child.already", child.getName().value());
            }
            Set<Need> needs = EnumSet.noneOf(Need.class);
            needs.addAll(planNeeds.getOrDefault(id, Set.of()));
            needs.retainAll(Need.relevantTo(p.getServiceType()));
            Enrolment e = new Enrolment(projectId, p.getDistrictTenantId(), p.getProviderTenantId(), id,
                    Enrolment.Grant.of(child, needs), CallContext.actor(), today);
            data.shared().persist(e);
            created.add(e);
        }
        data.shared().flush();
        String provider = tenants.get(p.getProviderTenantId()).getCode();
        for (Enrolment e : created) {
            audit.record("CHILD_ENROLLED", "Child", e.getChildId(), "project " + projectId + " (" + provider + ")");
        }
        return created.stream().map(e -> EnrolmentView.forDistrict(e, today)).toList();
    }

    /** The project's enrolments: the district sees its children; the provider the purpose-bound view; others 403. */
    public Page<EnrolmentView> page(long projectId, EnrolmentStatus status, int offset, int limit) {
        ServiceProject p = projects.visible(projectId);
        Set<Part> parts = access.parts(p, CallContext.requireTenant());
        boolean district = parts.contains(Part.DISTRICT);
        if (!district && !parts.contains(Part.PROVIDER)) {
            throw new AccessDeniedException("enrolment.notParticipant");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("p", projectId);
        String where = "from Enrolment e where e.projectId = :p";
        if (status != null) {
            where += " and e.status = :s";
            params.put("s", status);
        }
        Page<Enrolment> page = PagedQuery.page(data.shared(), Enrolment.class, "e", where, params,
                "e.status, e.childName, e.id", offset, limit);
        LocalDate today = LocalDates.today();
        if (district) {
            return page.map(e -> EnrolmentView.forDistrict(e, today));
        }
        Page<EnrolmentView> shown = page.map(e -> EnrolmentView.forProvider(e,
                access.providerSeesChild(p, e.isOpen(), today), today));
        if (shown.items().stream().anyMatch(v -> v.grant() != null)) {
            audit.recordFor(p.getDistrictTenantId(), "ENROLLED_CHILDREN_VIEWED_BY_PROVIDER", "Project", projectId,
                    shown.items().stream().filter(v -> v.grant() != null).count() + " children by "
                            + tenants.get(p.getProviderTenantId()).getCode());
        }
        return shown;
    }

    /** The district ends a child's enrolment; the provider's view of the child ends the same day. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public EnrolmentView end(long projectId, long enrolmentId, String reason) {
        asDistrict(projectId);
        Enrolment e = enrolment(projectId, enrolmentId);
        e.end(reason, LocalDates.today());
        audit.record("ENROLMENT_ENDED", "Child", e.getChildId(), "project " + projectId + ": " + e.getEndReason());
        return EnrolmentView.forDistrict(e, LocalDates.today());
    }

    /**
     * The provider records a session for an enrolled child; it goes into the district's register with
     * the project named, and counts towards the project's KPIs.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.CASEWORKER})
    public ServiceView recordService(long projectId, long enrolmentId, NewService n) {
        ServiceProject p = projects.visible(projectId);
        long me = CallContext.requireTenant();
        if (!access.parts(p, me).contains(Part.PROVIDER)) {
            throw new AccessDeniedException("project.providerOnly");
        }
        Enrolment e = enrolment(projectId, enrolmentId);
        if (!access.providerSeesChild(p, e.isOpen(), LocalDates.today())) {
            throw new ConflictException("enrolment.notOpen");
        }
        if (n == null) {
            throw new ValidationException("error.badRequest");
        }
        ServiceRecord record = new ServiceRecord(e.getChildId(), n.type() == null ? p.getServiceType() : n.type(),
                LocalDates.parse(n.deliveredOn(), "service.deliveredOn.range"),
                n.durationMinutes() == null ? 0 : n.durationMinutes(), tenants.name(me), me, n.staff(), n.outcome(),
                n.notes(), CallContext.actor(), LocalDates.today()).underProject(projectId);
        if (record.getDeliveredOn().isBefore(p.getPeriodStart()) || record.getDeliveredOn().isBefore(e.getEnrolledOn())) {
            throw new ValidationException("enrolment.service.beforeEnrolment");
        }
        ServiceRecord saved;
        try (CallContext.Scope ignored = CallContext.open(p.getDistrictTenantId(), CallContext.actor(),
                CallContext.sourceIp())) {
            saved = writer.recordService(record, "project " + projectId);
        }
        audit.record("PROJECT_SERVICE_RECORDED", "Project", projectId, "service " + saved.getId() + " "
                + saved.getType() + " " + saved.getDeliveredOn());
        return ServiceView.ofProvider(saved, e.getGrant().childName());
    }

    /**
     * The services the bound provider recorded under the project — its archive, also after the
     * project ended; the child's name only while the enrolment is open and the project runs.
     */
    public Page<ServiceView> services(long projectId, int offset, int limit) {
        ServiceProject p = projects.visible(projectId);
        long me = CallContext.requireTenant();
        if (!access.parts(p, me).contains(Part.PROVIDER)) {
            throw new AccessDeniedException("project.providerOnly");
        }
        Page<ServiceRecord> page;
        try (CallContext.Scope ignored = CallContext.open(p.getDistrictTenantId(), CallContext.actor(),
                CallContext.sourceIp())) {
            page = writer.servicesUnder(projectId, me, offset, limit);
        }
        LocalDate today = LocalDates.today();
        List<Long> childIds = page.items().stream().map(ServiceRecord::getChildId).distinct().toList();
        Map<Long, String> visible = childIds.isEmpty() ? Map.of() : data.shared().createQuery(
                        "select e from Enrolment e where e.projectId = :p and e.childId in :c", Enrolment.class)
                .setParameter("p", projectId).setParameter("c", childIds).getResultList().stream()
                .filter(e -> access.providerSeesChild(p, e.isOpen(), today))
                .collect(Collectors.toMap(Enrolment::getChildId, e -> e.getGrant().childName(), (a, b) -> a));
        return page.map(r -> ServiceView.ofProvider(r, visible.get(r.getChildId())));
    }

    /**
     * The district hands a project's open caseload over to a successor project in its register: every
     * open enrolment moves (a child already enrolled there keeps that enrolment), a check confirms that
     * no child is dropped (else nothing changes), and — when the district also owns the old project —
     * the old project ends. Its provider keeps a read-only archive of the services it recorded.
     */
    @RolesAllowed(Roles.TENANT_ADMIN)
    public List<EnrolmentView> handOver(long projectId, long version, long successorId, String reason) {
        ServiceProject from = asDistrict(projectId);
        ServiceProject to = asDistrict(successorId);
        long me = CallContext.requireTenant();
        if (projectId == successorId) {
            throw new ValidationException("handover.successor.invalid");
        }
        if (from.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        from.requireActive();
        to.requireActive();
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ValidationException("project.endReason.required");
        }
        LocalDate today = LocalDates.today();
        List<Enrolment> open = data.shared().createQuery("select e from Enrolment e where e.projectId = :p"
                        + " and e.status = :s order by e.id", Enrolment.class).setParameter("p", projectId)
                .setParameter("s", EnrolmentStatus.ENROLLED).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Map<Long, Enrolment> there = data.shared().createQuery("select e from Enrolment e where e.projectId = :p"
                        + " and e.status = :s", Enrolment.class).setParameter("p", successorId)
                .setParameter("s", EnrolmentStatus.ENROLLED).getResultList().stream()
                .collect(Collectors.toMap(Enrolment::getChildId, e -> e, (a, b) -> a));
        String why = reason.strip();
        for (Enrolment e : open) {
            Enrolment target = there.get(e.getChildId());
            if (target == null) {
                Enrolment.Grant g = e.getGrant();
                Set<Need> needs = EnumSetColumn.decode(Need.class, g.needs());
                needs.retainAll(Need.relevantTo(to.getServiceType()));
                target = new Enrolment(successorId, to.getDistrictTenantId(), to.getProviderTenantId(), e.getChildId(),
                        new Enrolment.Grant(g.childName(), g.sex(), g.birthMonth(), g.categories(), g.residentIdMasked(),
                                EnumSetColumn.encode(needs)), CallContext.actor(), today);
                data.shared().persist(target);
                data.shared().flush();
                there.put(e.getChildId(), target);
            }
            e.moveTo(target.getId(), why, today);
        }
        data.shared().flush();
        Set<Long> dropped = open.stream().map(Enrolment::getChildId).filter(c -> !there.containsKey(c))
                .collect(Collectors.toSet());
        long stillOpen = data.shared().createQuery("select count(e) from Enrolment e where e.projectId = :p"
                + " and e.status = :s", Long.class).setParameter("p", projectId)
                .setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult();
        if (!dropped.isEmpty() || stillOpen != 0) {
            throw new ConflictException("handover.childDropped", dropped.size() + stillOpen);
        }
        if (access.parts(from, me).contains(Part.OWNER)) {
            projects.end(projectId, version, why, successorId);
        }
        audit.record("CASELOAD_HANDED_OVER", "Project", projectId, open.size() + " enrolments → project " + successorId
                + ": " + why);
        return open.stream().map(e -> EnrolmentView.forDistrict(there.get(e.getChildId()), today)).toList();
    }

    /** Dashboard for a district: children enrolled in its running projects. */
    public long openCount() {
        return data.shared().createQuery("select count(e) from Enrolment e where e.districtTenantId = :me"
                        + " and e.status = :s", Long.class).setParameter("me", CallContext.requireTenant())
                .setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult();
    }

    private ServiceProject asDistrict(long projectId) {
        ServiceProject p = projects.visible(projectId);
        if (!access.parts(p, CallContext.requireTenant()).contains(Part.DISTRICT)) {
            throw new AccessDeniedException("enrolment.districtOnly");
        }
        return p;
    }

    private Enrolment enrolment(long projectId, long enrolmentId) {
        Enrolment e = data.shared().find(Enrolment.class, enrolmentId);
        if (e == null || e.getProjectId() != projectId) {
            throw new NotFoundException("enrolment.notFound");
        }
        return e;
    }

    private Map<Long, Set<Need>> planNeeds(Set<Long> childIds) {
        return data.tenant().createQuery("select p from CasePlan p where p.current = true and p.childId in :ids",
                        CasePlan.class).setParameter("ids", List.copyOf(childIds)).getResultList().stream()
                .collect(Collectors.toMap(CasePlan::getChildId, CasePlan::getNeeds, (a, b) -> a));
    }
}
