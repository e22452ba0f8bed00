package org.carebridge.funding.disbursement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.disbursement.entity.FundKind;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bound tenant's funds: created by the administrator or finance officer with their ledger
 * accounts, topped up (appropriations, donations) by journal entries under an idempotency key, and
 * listed with their balance, commitments, availability and spending.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER})
public class Funds {

    @Inject
    TenantData data;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public FundView create(String name, FundKind kind, Integer fiscalYear) {
        Fund.validate(name, kind, fiscalYear);
        if (name != null && !data.tenant().createQuery("select f.id from Fund f where f.name = :n", Long.class)
                .setParameter("n", name.strip()).getResultList().isEmpty()) {
            throw new ConflictException("fund.name.taken");
        }
        long next = data.tenant().createQuery("select count(f) from Fund f", Long.class).getSingleResult() + 1;
        String suffix = String.valueOf(next);
        LedgerAccount money = ledger.account("FUND:" + suffix, name == null ? "?" : name.strip(), AccountKind.FUND);
        LedgerAccount source = ledger.account("SOURCE:" + suffix, (name == null ? "?" : name.strip()) + "（来源）",
                AccountKind.SOURCE);
        for (org.carebridge.funding.disbursement.entity.Purpose p : org.carebridge.funding.disbursement.entity.Purpose.values()) {
            ledger.account("EXPENSE:" + p, "支出：" + p, AccountKind.EXPENSE);
        }
        Fund f = new Fund(name, kind, fiscalYear, money.getId(), source.getId(), CallContext.actor(), Instant.now());
        data.tenant().persist(f);
        data.tenant().flush();
        audit.record("FUND_CREATED", "Fund", f.getId(), f.getName());
        return figures(List.of(f)).get(0);
    }

    /** Money into the fund (Dr fund, Cr source) once per key; the same key returns the same entry. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER})
    public FundView topUp(long fundId, String key, String amount, String memo) {
        Fund f = fund(fundId);
        Money m = Money.of(amount == null ? "" : amount.strip());
        if (!m.isPositive()) {
            throw new ValidationException("fund.topUp.positive");
        }
        if (key == null || key.isBlank()) {
            throw new ValidationException("ledger.key.invalid");
        }
        JournalEntry e = ledger.post("TOPUP:" + key.strip(), EntryKind.TOP_UP, memo, "fund:" + fundId, null,
                List.of(new Ledger.Line(f.getAccountId(), m), new Ledger.Line(f.getSourceAccountId(), m.negate())));
        audit.record("FUND_TOPPED_UP", "Fund", fundId, m.amount().toPlainString() + " entry " + e.getId());
        return figures(List.of(f)).get(0);
    }

    public List<FundView> list() {
        return figures(data.tenant().createQuery("select f from Fund f order by f.id", Fund.class).setMaxResults(500)
                .getResultList());
    }

    public FundView find(long id) {
        return figures(List.of(fund(id))).get(0);
    }

    public Fund fund(long id) {
        Fund f = data.tenant().find(Fund.class, id);
        if (f == null) {
            throw new NotFoundException("fund.notFound");
        }
        return f;
    }

    @Inject
    org.carebridge.funding.disbursement.control.Commitments commitments;

    /** The funds' figures: their accounts, commitments and spending read in one query each. */
    private List<FundView> figures(List<Fund> funds) {
        List<Long> ids = funds.stream().map(Fund::getId).toList();
        Map<Long, Money> committed = commitments.committed(ids);
        Map<Long, Money> spent = commitments.spent(ids);
        Map<Long, Money> balances = new HashMap<>();
        if (!funds.isEmpty()) {
            data.tenant().createQuery("select a from LedgerAccount a where a.id in :ids", LedgerAccount.class)
                    .setParameter("ids", funds.stream().map(Fund::getAccountId).toList()).getResultList()
                    .forEach(a -> balances.put(a.getId(), a.getBalance()));
        }
        return funds.stream().map(f -> {
            Money balance = balances.getOrDefault(f.getAccountId(), Money.ZERO);
            Money c = committed.getOrDefault(f.getId(), Money.ZERO);
            return new FundView(f.getId(), f.getName(), f.getKind(), f.getFiscalYear(), balance.amount(), c.amount(),
                    balance.minus(c).amount(), spent.getOrDefault(f.getId(), Money.ZERO).amount());
        }).toList();
    }
}
