package org.carebridge.funding.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.LedgerAccount;

/**
 * Creates a missing ledger account in a transaction of its own, so that two transactions needing the
 * same new account (a payee's payable, say) do not fail each other: the loser's insert hits the
 * unique code and is ignored, and both then read the one account. Only {@link Ledger} calls it.
 */
@Stateless
public class AccountMaker {

    @Inject
    TenantData data;

    /** The id of the account with this code, created now (and committed) when missing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(String code, String name, AccountKind kind) {
        java.util.Optional<Long> id = idOf(code);
        if (id.isPresent()) {
            return id.get();
        }
        LedgerAccount a = new LedgerAccount(code, name, kind);
        data.tenant().persist(a);
        data.tenant().flush();
        return a.getId();
    }

    /** The id of the account with this code, read in a fresh transaction (sees what others committed). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public java.util.Optional<Long> idOf(String code) {
        return data.tenant().createQuery("select a.id from LedgerAccount a where a.code = :c", Long.class)
                .setParameter("c", code).getResultStream().findFirst();
    }
}
