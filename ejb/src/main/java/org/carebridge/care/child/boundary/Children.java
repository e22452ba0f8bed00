package org.carebridge.care.child.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.audit.entity.AuditEvent;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.MobileNumber;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.ResidentId;
import org.carebridge.core.value.Sex;

import java.time.LocalDate;

/**
 * The district's register of children. Lists and records show the resident ID masked; opening a
 * record and revealing an ID are audited with their purpose, and the record's access log is open to
 * the district's administrator and auditor. Another district's child does not exist here.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR, Roles.VOLUNTEER,
        Roles.FINANCE_OFFICER, Roles.PROGRAMME_OFFICER})
public class Children {

    public static final String RECORD = "Child";

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    /** One page of the register, filtered by name or resident ID ({@code q}) and category, in SQL. */
    public Page<ChildSummary> search(String q, ChildCategory category, int offset, int limit) {
        return search(q, category, null, offset, limit);
    }

    /** One page of the register, filtered by name or resident ID ({@code q}), category and status, in SQL. */
    public Page<ChildSummary> search(String q, ChildCategory category, ChildStatus status, int offset, int limit) {
        EntityManager em = data.tenant();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String text = q == null ? "" : q.strip();
        ResidentId id = ResidentId.isValid(text) ? ResidentId.of(text) : null;
        if (id != null) {
            where.append(" and c.residentId = :rid");
        } else if (!text.isEmpty()) {
            where.append(" and c.name like :name");
        }
        if (category != null) {
            where.append(" and c.categories like :category");
        }
        if (status != null) {
            where.append(" and c.status = :status");
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Child c" + where, Long.class);
        TypedQuery<Child> rows = em.createQuery("select c from Child c" + where + " order by c.name, c.id",
                Child.class);
        for (TypedQuery<?> query : new TypedQuery<?>[]{count, rows}) {
            if (id != null) {
                query.setParameter("rid", id);
            } else if (!text.isEmpty()) {
                query.setParameter("name", "%" + text.replace("%", "").replace("_", "") + "%");
            }
            if (category != null) {
                query.setParameter("category", category.pattern());
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        LocalDate today = LocalDates.today();
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(),
                offset, limit).map(c -> ChildSummary.of(c, today));
    }

    /** Opens a child's record; the view is logged with its purpose. */
    public ChildRecord open(long id, String purpose) {
        Child c = load(id);
        audit.record("CHILD_VIEWED", RECORD, id, purpose == null || purpose.isBlank() ? null : purpose.strip());
        return ChildRecord.of(c, LocalDates.today());
    }

    /** The full resident ID, for those whose work needs it, with a reason that is logged. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER})
    public String revealResidentId(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("child.reveal.reasonRequired");
        }
        Child c = load(id);
        if (c.getResidentId() == null) {
            throw new NotFoundException("child.residentId.none");
        }
        audit.record("CHILD_ID_REVEALED", RECORD, id, reason.strip());
        return c.getResidentId().value();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ChildRecord register(NewChild n) {
        if (n == null) {
            throw new ValidationException("error.badRequest");
        }
        requireDistrict();
        Identity who = identity(n);
        EntityManager em = data.tenant();
        requireUnique(who.id(), null);
        Child c = new Child(PersonName.of(n.name()), who.sex(), who.birth(), who.id(), RegionCode.of(n.residenceRegion()),
                n.categories(), n.careSetting());
        c.relocate(region(n.hukouRegion()), c.getResidenceRegion(), n.address());
        addMembers(c, n);
        em.persist(c);
        em.flush();
        audit.record("CHILD_REGISTERED", RECORD, c.getId(), c.getCategories().toString());
        return ChildRecord.of(c, LocalDates.today());
    }

    /**
     * Corrects or updates a child's record (identity, places, categories, care setting) and adds the
     * household members given; a blank resident ID keeps the one on record. {@code version} is the one the editor read: a record changed meanwhile
     * is a 409, not overwritten. The audit entry names the fields that changed.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ChildRecord update(long id, long version, NewChild n) {
        if (n == null) {
            throw new ValidationException("error.badRequest");
        }
        Child c = load(id);
        if (c.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        // A blank resident ID keeps the one on record (editors never see it in full).
        Identity who = identity(n.residentId() == null || n.residentId().isBlank() ? new NewChild(n.name(), n.sex(),
                n.birthDate(), c.getResidentId() == null ? null : c.getResidentId().value(), n.hukouRegion(),
                n.residenceRegion(), n.address(), n.categories(), n.careSetting(), n.household()) : n);
        requireUnique(who.id(), c.getId());
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!c.getName().value().equals(PersonName.of(n.name()).value()) || c.getSex() != who.sex()
                || !c.getBirthDate().equals(who.birth()) || !java.util.Objects.equals(c.getResidentId(), who.id())) {
            changed.add("identity");
        }
        if (!c.getCategories().equals(n.categories() == null ? java.util.Set.of() : n.categories())) {
            changed.add("categories " + c.getCategories() + " → " + n.categories());
        }
        c.describe(PersonName.of(n.name()), who.sex(), who.birth(), who.id());
        c.relocate(region(n.hukouRegion()), RegionCode.of(n.residenceRegion()), n.address());
        c.categorise(n.categories(), n.careSetting());
        addMembers(c, n);
        data.tenant().flush();
        audit.record("CHILD_UPDATED", RECORD, id, changed.isEmpty() ? "details" : String.join("; ", changed));
        return ChildRecord.of(c, LocalDates.today());
    }

    /** Resident ID, birth date and sex as entered; the ID supplies the other two when they are left out. */
    private record Identity(ResidentId id, LocalDate birth, Sex sex) {
    }

    private static Identity identity(NewChild n) {
        ResidentId id = n.residentId() == null || n.residentId().isBlank() ? null : ResidentId.of(n.residentId());
        LocalDate birth = n.birthDate() == null || n.birthDate().isBlank()
                ? (id == null ? null : id.birthDate()) : date(n.birthDate());
        Sex sex = n.sex() == null || n.sex().isBlank() ? (id == null ? null : id.sex()) : sex(n.sex());
        if (birth == null) {
            throw new ValidationException("child.birthDate.invalid");
        }
        return new Identity(id, birth, sex);
    }

    /** A resident ID is registered once per district (another district's register is not searched). */
    private void requireUnique(ResidentId id, Long self) {
        if (id != null && data.tenant().createQuery("select c.id from Child c where c.residentId = :rid", Long.class)
                .setParameter("rid", id).getResultList().stream().anyMatch(other -> !other.equals(self))) {
            throw new ConflictException("child.residentId.duplicate");
        }
    }

    private static RegionCode region(String code) {
        return code == null || code.isBlank() ? null : RegionCode.of(code);
    }

    private static void addMembers(Child c, NewChild n) {
        if (n.household() != null) {
            for (NewChild.NewMember m : n.household()) {
                c.addHouseholdMember(PersonName.of(m.name()), m.relation(), m.guardian(),
                        m.mobile() == null || m.mobile().isBlank() ? null : MobileNumber.of(m.mobile()));
            }
        }
    }

    /** Who opened this child's record, revealed its ID or changed it, newest first. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.AUDITOR})
    public Page<AuditEvent> accessLog(long id, int offset, int limit) {
        load(id);
        return audit.forRecord(RECORD, String.valueOf(id), offset, limit);
    }

    public long count() {
        return data.tenant().createQuery("select count(c) from Child c", Long.class).getSingleResult();
    }

    private Child load(long id) {
        Child c = data.tenant().find(Child.class, id);
        if (c == null) {
            throw new NotFoundException("child.notFound");
        }
        return c;
    }

    private void requireDistrict() {
        Tenant t = data.shared().find(Tenant.class, CallContext.requireTenant());
        if (t.getKind() != TenantKind.DISTRICT) {
            throw new AccessDeniedException("child.districtOnly");
        }
    }

    private static LocalDate date(String text) {
        LocalDate d = LocalDates.parse(text, "child.birthDate.invalid");
        if (d.isAfter(LocalDates.today()) || d.isBefore(LocalDate.of(1990, 1, 1))) {
            throw new ValidationException("child.birthDate.invalid");
        }
        return d;
    }

    private static Sex sex(String text) {
        try {
            return Sex.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("child.sex.required");
        }
    }
}
