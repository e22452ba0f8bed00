package org.carebridge.care.allowance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.control.NaturalGrowth;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.PayeeKind;
import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.Purpose;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The bound tenant's allowance schemes and their dated rates: the administrator or finance officer
 * creates a scheme and proposes rates — typed, or by the natural-growth rule from the two published
 * growth figures —, an approver who did not propose a rate adopts or declines it.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER})
public class Schemes {

    @Inject
    TenantData data;

    @Inject
    Funds funds;

    @Inject
    AuditTrail audit;

    public List<SchemeView> list() {
        return data.tenant().createQuery("select s from AllowanceScheme s order by s.id", AllowanceScheme.class)
                .setMaxResults(200).getResultList().stream().map(this::view).toList();
    }

    public SchemeView find(long id) {
        return view(scheme(id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public SchemeView create(String name, Set<ChildCategory> categories, Frequency frequency, PayeeKind payee,
                             Long fundId, Purpose purpose) {
        if (fundId == null) {
            throw new ValidationException("disbursement.fund.required");
        }
        funds.fund(fundId);
        if (name != null && !data.tenant().createQuery("select s.id from AllowanceScheme s where s.name = :n", Long.class)
                .setParameter("n", name.strip()).getResultList().isEmpty()) {
            throw new ConflictException("scheme.name.taken");
        }
        AllowanceScheme s = new AllowanceScheme(name, categories, frequency, payee, fundId, purpose, CallContext.actor(),
                Instant.now());
        data.tenant().persist(s);
        data.tenant().flush();
        audit.record("SCHEME_CREATED", "AllowanceScheme", s.getId(), s.getName());
        return view(s);
    }

    /** A typed rate from a month (yyyy-MM) on, with its basis (the policy document), to be adopted. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public RateView proposeRate(long schemeId, String from, String amount, String basis) {
        scheme(schemeId);
        SchemeRate r = new SchemeRate(schemeId, month(from), Money.of(amount == null ? "" : amount.strip()), basis,
                CallContext.actor(), Instant.now());
        return persist(r);
    }

    /**
     * The natural-growth proposal: the rate in force before {@code from}, raised by the mean of the two
     * years' published growth of urban per-capita consumption expenditure (percent).
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public RateView proposeIndexation(long schemeId, String from, BigDecimal growthYear1, BigDecimal growthYear2) {
        scheme(schemeId);
        YearMonth start = month(from);
        SchemeRate current = NaturalGrowth.inForce(rates(schemeId), start.minusMonths(1))
                .orElseThrow(() -> new ConflictException("rate.noCurrent"));
        Money proposed = NaturalGrowth.propose(current.getAmount(), growthYear1, growthYear2);
        String basis = "自然增长：城镇居民人均消费支出增长 " + growthYear1.stripTrailingZeros().toPlainString() + "%、"
                + growthYear2.stripTrailingZeros().toPlainString() + "%，在 " + current.getAmount().amount().toPlainString()
                + " 元基础上按两年平均增幅调整";
        return persist(new SchemeRate(schemeId, start, proposed, basis, CallContext.actor(), Instant.now()));
    }

    /** An approver who did not propose the rate adopts or declines it. */
    @RolesAllowed(Roles.APPROVER)
    public RateView decide(long schemeId, long rateId, long version, boolean adopt) {
        SchemeRate r = data.tenant().find(SchemeRate.class, rateId);
        if (r == null || r.getSchemeId() != schemeId) {
            throw new NotFoundException("rate.notFound");
        }
        if (r.getVersion() != version) {
            throw new ConflictException("error.staleRecord");
        }
        r.decide(adopt, CallContext.actor(), Instant.now());
        data.tenant().flush();
        audit.record(adopt ? "RATE_ADOPTED" : "RATE_DECLINED", "AllowanceScheme", schemeId,
                r.getAmount().amount().toPlainString() + " from " + r.getEffectiveFrom());
        return RateView.of(r);
    }

    /** The adopted rates of a scheme (for payment runs). */
    public List<SchemeRate> rates(long schemeId) {
        return data.tenant().createQuery("select r from SchemeRate r where r.schemeId = :s order by r.effectiveFrom desc,"
                + " r.id desc", SchemeRate.class).setParameter("s", schemeId).getResultList();
    }

    private RateView persist(SchemeRate r) {
        data.tenant().persist(r);
        data.tenant().flush();
        audit.record("RATE_PROPOSED", "AllowanceScheme", r.getSchemeId(), r.getAmount().amount().toPlainString()
                + " from " + r.getEffectiveFrom() + ": " + r.getBasis());
        return RateView.of(r);
    }

    private AllowanceScheme scheme(long id) {
        AllowanceScheme s = data.tenant().find(AllowanceScheme.class, id);
        if (s == null) {
            throw new NotFoundException("scheme.notFound");
        }
        return s;
    }

    private SchemeView view(AllowanceScheme s) {
        List<SchemeRate> rates = rates(s.getId());
        BigDecimal now = NaturalGrowth.inForce(rates, YearMonth.from(LocalDates.today()))
                .map(r -> r.getAmount().amount()).orElse(null);
        return new SchemeView(s.getId(), s.getName(), s.getCategories(), s.getFrequency(), s.getPayeeKind(),
                s.getFundId(), funds.fund(s.getFundId()).getName(), s.getPurpose(), now,
                rates.stream().map(RateView::of).toList());
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("rate.effectiveFrom.required");
        }
    }
}
