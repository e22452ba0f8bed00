package org.carebridge.funding.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

/** One line of a journal entry: an account and a signed amount (debit positive, credit negative). */
@Embeddable
public class Posting {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private Money amount;

    protected Posting() {
    }

    public Posting(long accountId, Money amount) {
        this.accountId = accountId;
        this.amount = amount;
    }

    public long getAccountId() {
        return accountId;
    }

    public Money getAmount() {
        return amount;
    }
}
