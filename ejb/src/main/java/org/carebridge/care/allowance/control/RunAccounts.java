package org.carebridge.care.allowance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.LedgerAccount;

/** The run's payable account ({@code PAYABLE:RUN:<id>}): what the run's lines owe, from approval to payment. */
@ApplicationScoped
public class RunAccounts {

    @Inject
    Ledger ledger;

    public LedgerAccount payable(PaymentRun run, String schemeName) {
        return ledger.account("PAYABLE:RUN:" + run.getId(), "应付：" + schemeName + " " + run.getMonth(),
                AccountKind.PAYABLE);
    }
}
