package org.carebridge.care.allowance.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.care.allowance.entity.RunStatus;
import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.care.application.entity.Track;
import org.carebridge.care.child.entity.CareSetting;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.HouseholdMember;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes and writes one scheme's run for one month in the caller's transaction — all lines or none:
 * if anything fails half-way (the database, or an observer of {@link RunStep}), the transaction rolls
 * back and nothing of the run is kept, so running it again starts clean. Reports progress as
 * {@link RunStep} events every {@value #STEP} lines. Callers check the scheme and the roles.
 */
@Stateless
public class RunMaker {

    static final int STEP = 25;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RunStep> steps;

    /** The scheme's run for the month, if it was made (null otherwise). */
    public PaymentRun existing(long schemeId, YearMonth month) {
        return data.tenant().createQuery("select r from PaymentRun r where r.schemeId = :s and r.month = :m",
                PaymentRun.class).setParameter("s", schemeId).setParameter("m", month.atDay(1)).getResultStream()
                .findFirst().orElse(null);
    }

    /** For background work: {@link #make} in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentRun makeInNewTransaction(long schemeId, YearMonth month) {
        AllowanceScheme scheme = data.tenant().find(AllowanceScheme.class, schemeId);
        if (scheme == null) {
            throw new NotFoundException("scheme.notFound");
        }
        return make(scheme, month);
    }

    /** The scheme's run for the month: the existing one, or a new one computed now. */
    public PaymentRun make(AllowanceScheme scheme, YearMonth month) {
        EntityManager em = data.tenant();
        long tenantId = CallContext.requireTenant();
        PaymentRun existing = existing(scheme.getId(), month);
        if (existing != null) {
            return existing;
        }
        Map<Long, Map<YearMonth, Money>> paid = new HashMap<>();
        for (PaymentLine l : em.createQuery("select l from PaymentLine l, PaymentRun r where l.runId = r.id"
                        + " and l.schemeId = :s and r.status in :done", PaymentLine.class).setParameter("s", scheme.getId())
                .setParameter("done", List.of(RunStatus.APPROVED, RunStatus.PAID)).getResultList()) {
            paid.computeIfAbsent(l.getChildId(), k -> new HashMap<>()).merge(l.getForMonth(), l.getAmount(), Money::plus);
        }
        Map<Long, YearMonth> helpSince = new HashMap<>();
        for (Object[] row : em.createQuery("select a.childId, a.submittedAt from Application a where a.track = :t"
                        + " and a.status = :s", Object[].class).setParameter("t", Track.HELP_FIRST)
                .setParameter("s", ApplicationStatus.CONFIRMED).getResultList()) {
            YearMonth since = YearMonth.from(((Instant) row[1]).atZone(LocalDates.CHINA));
            helpSince.merge((Long) row[0], since, (x, y) -> x.isBefore(y) ? x : y);
        }
        List<RunCalculator.ChildFacts> children = em.createQuery("select distinct c from Child c left join fetch"
                        + " c.household where c.status = :s", Child.class)
                .setParameter("s", ChildStatus.SUPPORTED).getResultList().stream()
                .map(c -> facts(c, helpSince.get(c.getId()))).toList();
        List<SchemeRate> rates = em.createQuery("select r from SchemeRate r where r.schemeId = :s order by"
                + " r.effectiveFrom desc, r.id desc", SchemeRate.class).setParameter("s", scheme.getId()).getResultList();
        RunCalculator.Result result = RunCalculator.compute(scheme.getCategories(), scheme.getFrequency(), month, rates,
                children, paid);
        int total = result.lines().size();
        steps.fire(new RunStep(tenantId, scheme.getId(), scheme.getName(), month, 0, total));
        PaymentRun run = new PaymentRun(scheme.getId(), month, CallContext.actor(), Instant.now());
        em.persist(run);
        em.flush();
        Money sum = Money.ZERO;
        int done = 0;
        for (RunCalculator.Line l : result.lines()) {
            em.persist(new PaymentLine(run.getId(), scheme.getId(), l.childId(), l.forMonth(), l.kind(), l.payee(),
                    l.amount(), l.snapshot()));
            sum = sum.plus(l.amount());
            if (++done % STEP == 0) {
                em.flush();
                steps.fire(new RunStep(tenantId, scheme.getId(), scheme.getName(), month, done, total));
            }
        }
        run.computed(total, sum, result.held());
        em.flush();
        steps.fire(new RunStep(tenantId, scheme.getId(), scheme.getName(), month, total, total));
        audit.record("PAYMENT_RUN_CREATED", "PaymentRun", run.getId(), scheme.getName() + " " + month + ": "
                + total + " lines, " + sum.amount().toPlainString() + ", held " + result.held());
        return run;
    }

    private static RunCalculator.ChildFacts facts(Child c, YearMonth arrearsFrom) {
        String guardian = c.getHousehold().stream().filter(HouseholdMember::isGuardian).findFirst()
                .map(h -> h.getName().value()).orElse(null);
        return new RunCalculator.ChildFacts(c.getId(), c.getCategories(), c.getStatus() == ChildStatus.SUPPORTED, guardian,
                c.getCareSetting() == CareSetting.INSTITUTION, arrearsFrom);
    }
}
