package org.carebridge.funding.ledger.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;
import org.carebridge.funding.ledger.entity.Posting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading the bound tenant's ledger: accounts with balances, the journal (paged), and the rebuild check. */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER})
public class Journal {

    @Inject
    TenantData data;

    @Inject
    Ledger ledger;

    public List<AccountView> accounts() {
        return data.tenant().createQuery("select a from LedgerAccount a order by a.code", LedgerAccount.class)
                .setMaxResults(1000).getResultList().stream().map(Journal::view).toList();
    }

    /** Entries newest first; with an account id, only the entries that post to it. */
    public Page<EntryView> entries(Long accountId, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = "from JournalEntry e";
        if (accountId != null) {
            if (data.tenant().find(LedgerAccount.class, accountId) == null) {
                throw new ValidationException("ledger.account.notFound");
            }
            where += " where exists (select p.accountId from JournalEntry x join x.postings p where x.id = e.id"
                    + " and p.accountId = :a)";
            params.put("a", accountId);
        }
        Page<JournalEntry> page = PagedQuery.page(data.tenant(), JournalEntry.class, "e", where, params, "e.id desc",
                offset, limit);
        Map<Long, LedgerAccount> accounts = byId(page.items().stream().flatMap(e -> e.getPostings().stream())
                .map(Posting::getAccountId).distinct().toList());
        return page.map(e -> new EntryView(e.getId(), e.getIdempotencyKey(), e.getKind(), e.getMemo(), e.getSource(),
                e.getReversesId(), e.getCreatedBy(), e.getCreatedAt(), e.getPostings().stream().map(p -> {
                    LedgerAccount a = accounts.get(p.getAccountId());
                    return new EntryView.Line(p.getAccountId(), a.getCode(), a.getName(), p.getAmount().amount());
                }).toList()));
    }

    /**
     * Rebuilds every account's balance from the journal and compares it with the stored balance;
     * re-checks that every entry balances. Reads the whole journal of the tenant.
     */
    public LedgerCheck check() {
        Map<Long, Money> rebuilt = ledger.balancesFromJournal();
        List<LedgerAccount> all = data.tenant().createQuery("select a from LedgerAccount a", LedgerAccount.class)
                .getResultList();
        List<String> mismatches = new ArrayList<>();
        for (LedgerAccount a : all) {
            Money journal = rebuilt.getOrDefault(a.getId(), Money.ZERO);
            if (journal.compareTo(a.getBalance()) != 0) {
                mismatches.add(a.getCode() + ": stored " + a.getBalance().amount() + ", journal " + journal.amount());
            }
        }
        long entries = data.tenant().createQuery("select count(e) from JournalEntry e", Long.class).getSingleResult();
        long unbalanced = data.tenant().createQuery("select count(e) from JournalEntry e where"
                + " (select sum(p.amount) from JournalEntry x join x.postings p where x.id = e.id) <> 0", Long.class)
                .getSingleResult();
        return new LedgerCheck(all.size(), entries, unbalanced, mismatches);
    }

    private Map<Long, LedgerAccount> byId(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return data.tenant().createQuery("select a from LedgerAccount a where a.id in :ids", LedgerAccount.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(LedgerAccount::getId, Function.identity()));
    }

    static AccountView view(LedgerAccount a) {
        return new AccountView(a.getId(), a.getCode(), a.getName(), a.getKind(), a.shownBalance().amount());
    }
}
