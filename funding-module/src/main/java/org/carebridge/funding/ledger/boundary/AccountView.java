package org.carebridge.funding.ledger.boundary;

import org.carebridge.funding.ledger.entity.AccountKind;

import java.math.BigDecimal;

/** An account and its balance as people read it (a fund's money and a payable's debt positive). */
public record AccountView(long id, String code, String name, AccountKind kind, BigDecimal balance) {
}
