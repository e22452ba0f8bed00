package org.carebridge.care.family.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.BankStatus;
import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.care.allowance.control.NaturalGrowth;
import org.carebridge.care.application.entity.Application;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.HouseholdMember;
import org.carebridge.care.family.boundary.FamilyStatusView;
import org.carebridge.care.family.entity.FamilyChallenge;
import org.carebridge.care.family.entity.FamilyReport;
import org.carebridge.care.family.entity.ReportKind;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.care.visit.entity.Visit;
import org.carebridge.care.visit.entity.VisitStatus;
import org.carebridge.core.account.entity.Account;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.orgunit.entity.OrgUnit;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.MobileNumber;
import org.carebridge.core.value.ResidentId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The family page's work inside one district, each call in a transaction of its own bound to that
 * district by the caller ({@code FamilyAccess}): find a child by application reference or resident
 * ID and name, issue a code, judge a code, read the status, take a change report. Every call that
 * touches a child writes a {@code FAMILY_*} event into the child's trail, which staff see with the
 * child's access log.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FamilyWork {

    /** A code issued: which challenge, the code itself (to send) and the guardian's mobile. */
    public record Issued(long challengeId, String code, MobileNumber mobile) {
    }

    /** A code judged, and the child it opens when accepted. */
    public record Judged(OneTimeCode.Outcome outcome, long childId) {
    }

    private static final ZoneId CHINA = LocalDates.CHINA;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    TenantDirectory tenants;

    /** The child a reference or resident ID names, and whether the name typed is hers. */
    public record Found(long childId, boolean nameMatches) {
    }

    /**
     * The child whose application reference, or resident ID, was typed — with whether the name matches
     * too (only then is a code sent; a wrong name still counts as an attempt on that child); null when
     * nobody here has it.
     */
    public Found match(String reference, ResidentId residentId, String name) {
        EntityManager em = data.tenant();
        List<Long> ids = reference != null
                ? em.createQuery("select a.childId from Application a where a.reference = :r", Long.class)
                .setParameter("r", reference).getResultList()
                : em.createQuery("select c.id from Child c where c.residentId = :id", Long.class)
                .setParameter("id", residentId).getResultList();
        Found found = null;
        for (Long id : ids) {
            Child c = em.find(Child.class, id);
            if (c != null && c.getName().value().equals(name)) {
                return new Found(id, true);
            }
            if (c != null && found == null) {
                found = new Found(id, false);
            }
        }
        return found;
    }

    /** A look-up that named the child but not her name: into her trail (no code is sent). */
    public void wrongName(long childId, String client) {
        audit.record("FAMILY_LOOKUP_WRONG_NAME", "Child", childId, "from " + client);
    }

    /** A new code for the child, if a guardian with a mobile is on file (null otherwise). */
    public Issued issue(long childId, String client, byte[] secret) {
        EntityManager em = data.tenant();
        Child c = em.find(Child.class, childId);
        MobileNumber mobile = c == null ? null : guardianMobile(c);
        if (mobile == null) {
            audit.record("FAMILY_CODE_NOT_SENT", "Child", childId, "no guardian mobile on file; from " + client);
            return null;
        }
        FamilyChallenge ch = new FamilyChallenge(childId, Instant.now(), client);
        em.persist(ch);
        em.flush();
        String code = OneTimeCode.newCode();
        ch.codeHash(OneTimeCode.hash(secret, String.valueOf(ch.getId()), code));
        em.flush();
        audit.record("FAMILY_CODE_SENT", "Child", childId, "to " + mobile.masked() + "; from " + client);
        return new Issued(ch.getId(), code, mobile);
    }

    /** The guardian's mobile, to warn of repeated attempts on the child. */
    public MobileNumber guardianOf(long childId) {
        Child c = data.tenant().find(Child.class, childId);
        return c == null ? null : guardianMobile(c);
    }

    public Judged attempt(long challengeId, String code, byte[] secret, String client) {
        FamilyChallenge ch = data.tenant().find(FamilyChallenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (ch == null) {
            return new Judged(OneTimeCode.Outcome.WRONG, -1);
        }
        data.tenant().refresh(ch, LockModeType.PESSIMISTIC_WRITE);
        OneTimeCode.Outcome o = ch.attempt(Instant.now(), OneTimeCode.hash(secret, String.valueOf(challengeId), code));
        audit.record("FAMILY_CODE_" + o.name(), "Child", ch.getChildId(), "try " + ch.getTries() + "; from " + client);
        return new Judged(o, ch.getChildId());
    }

    public FamilyStatusView status(long childId, Instant expiresAt, String client) {
        EntityManager em = data.tenant();
        Child c = em.find(Child.class, childId);
        LocalDate today = LocalDates.today();
        YearMonth thisMonth = YearMonth.from(today);
        FamilyStatusView.Application application = em.createQuery("select a from Application a where a.childId = :c"
                        + " order by a.submittedAt desc", Application.class).setParameter("c", childId).setMaxResults(1)
                .getResultStream().findFirst().map(a -> new FamilyStatusView.Application(a.getReference(), a.getTrack(),
                        a.getStatus(), LocalDate.ofInstant(a.getSubmittedAt(), CHINA),
                        a.getDecidedAt() == null ? null : LocalDate.ofInstant(a.getDecidedAt(), CHINA),
                        a.getConfirmationDeadline())).orElse(null);

        List<FamilyStatusView.Support> support = new ArrayList<>();
        if (c.getStatus() == ChildStatus.SUPPORTED) {
            for (AllowanceScheme s : em.createQuery("select s from AllowanceScheme s order by s.id", AllowanceScheme.class)
                    .getResultList()) {
                if (!s.covers(c.getCategories())) {
                    continue;
                }
                List<SchemeRate> rates = em.createQuery("select r from SchemeRate r where r.schemeId = :s",
                        SchemeRate.class).setParameter("s", s.getId()).getResultList();
                NaturalGrowth.inForce(rates, thisMonth).ifPresent(r -> support.add(new FamilyStatusView.Support(
                        s.getName(), r.getAmount().amount(), s.getFrequency() == Frequency.YEARLY)));
            }
        }

        List<FamilyStatusView.Payment> payments = new ArrayList<>();
        FamilyStatusView.Payment next = null;
        for (Object[] row : em.createQuery("select l, r, s from PaymentLine l, PaymentRun r, AllowanceScheme s"
                        + " where l.runId = r.id and l.schemeId = s.id and l.childId = :c order by l.forMonth desc,"
                        + " l.id desc", Object[].class).setParameter("c", childId).setMaxResults(12).getResultList()) {
            PaymentLine l = (PaymentLine) row[0];
            PaymentRun r = (PaymentRun) row[1];
            String state = r.getStatus() != RunStatus.PAID ? "PENDING"
                    : l.getBankStatus() == BankStatus.FAILED ? "RETURNED" : "PAID";
            FamilyStatusView.Payment p = new FamilyStatusView.Payment(l.getForMonth(), ((AllowanceScheme) row[2]).getName(),
                    l.getAmount().amount(), state);
            if ("PENDING".equals(state) && next == null) {
                next = p;
            } else if (payments.size() < 6) {
                payments.add(p);
            }
        }

        List<FamilyStatusView.Service> services = new ArrayList<>();
        em.createQuery("select v from Visit v where v.childId = :c and v.status = :s and v.plannedOn >= :today"
                        + " order by v.plannedOn", Visit.class).setParameter("c", childId)
                .setParameter("s", VisitStatus.PLANNED).setParameter("today", today).setMaxResults(5).getResultList()
                .forEach(v -> services.add(new FamilyStatusView.Service("VISIT", v.getPlannedOn(), false)));
        em.createQuery("select r from ServiceRecord r where r.childId = :c and r.voidReason is null and r.deliveredOn >= :from"
                        + " order by r.deliveredOn desc", ServiceRecord.class).setParameter("c", childId)
                .setParameter("from", today.minusMonths(3)).setMaxResults(20).getResultList()
                .forEach(r -> services.add(new FamilyStatusView.Service(r.getType().name(), r.getDeliveredOn(), true)));

        audit.record("FAMILY_STATUS_VIEWED", "Child", childId, "from " + client);
        return new FamilyStatusView(c.getName().value(), application, support, payments, next, services, contact(c),
                expiresAt);
    }

    public void report(long childId, ReportKind what, String detail, String client) {
        FamilyReport r = new FamilyReport(childId, what, detail, Instant.now());
        data.tenant().persist(r);
        data.tenant().flush();
        audit.record("FAMILY_CHANGE_REPORTED", "Child", childId, what + "; from " + client);
    }

    private FamilyStatusView.Contact contact(Child c) {
        EntityManager em = data.tenant();
        String worker = em.createQuery("select v.socialWorker from Visit v where v.childId = :c and v.status <> :x"
                        + " order by v.plannedOn desc", String.class).setParameter("c", c.getId())
                .setParameter("x", VisitStatus.CANCELLED).setMaxResults(1).getResultStream().findFirst()
                .map(u -> data.shared().createQuery("select a.displayName from Account a where a.username = :u",
                        String.class).setParameter("u", u).getResultStream().findFirst().orElse(null))
                .orElse(null);
        String region = c.getResidenceRegion() == null ? "" : c.getResidenceRegion().value();
        List<OrgUnit> matching = em.createQuery("select u from OrgUnit u where u.regionCode is not null", OrgUnit.class)
                .getResultList().stream().filter(u -> !u.getRegionCode().isBlank() && region.startsWith(u.getRegionCode()))
                .toList();
        int best = matching.stream().mapToInt(u -> u.getRegionCode().length()).max().orElse(0);
        List<OrgUnit> closest = matching.stream().filter(u -> u.getRegionCode().length() == best).toList();
        // Only the one unit whose area is the child's: several equally close say nothing about which is hers.
        OrgUnit office = closest.size() == 1 ? closest.get(0) : null;
        return new FamilyStatusView.Contact(worker, office == null ? tenants.name(CallContext.requireTenant())
                : office.getName(), office == null ? null : office.getContact());
    }

    private static MobileNumber guardianMobile(Child c) {
        return c.getHousehold().stream().filter(HouseholdMember::isGuardian).map(HouseholdMember::getMobile)
                .filter(m -> m != null).findFirst().orElse(null);
    }
}
