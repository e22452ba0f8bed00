package org.carebridge.funding.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

/**
 * One account of a tenant's ledger, identified by its code (e.g. {@code FUND:3}, {@code EXPENSE:ALLOWANCE},
 * {@code PAYABLE:TENANT:5}). Its balance is the sum of its postings, maintained by {@code Ledger}
 * under a row lock in the same transaction as the entry.
 */
@Entity
@Table(name = "cb_ledger_account")
public class LedgerAccount extends TenantOwned {

    @Column(nullable = false, length = 80, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private AccountKind kind;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money balance;

    protected LedgerAccount() {
    }

    public LedgerAccount(String code, String name, AccountKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.balance = Money.ZERO;
    }

    /** Only {@code Ledger} calls this, holding the row lock, in the transaction that posts the entry. */
    public void apply(Money amount) {
        this.balance = balance.plus(amount);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AccountKind getKind() {
        return kind;
    }

    /** As stored: the sum of postings, debits positive. */
    public Money getBalance() {
        return balance;
    }

    /** As people read it: positive for a fund holding money or a payable owing money. */
    public Money shownBalance() {
        return kind.debitNormal() ? balance : balance.negate();
    }
}
