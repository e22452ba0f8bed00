package org.carebridge.web.money;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.funding.disbursement.entity.Purpose;
import org.carebridge.funding.ledger.boundary.AccountView;
import org.carebridge.funding.ledger.boundary.EntryView;
import org.carebridge.funding.ledger.boundary.Journal;
import org.carebridge.funding.ledger.boundary.LedgerCheck;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;

/**
 * The ledger page: the accounts with their balances (a fund's money and a payable's debt read
 * positive), the journal newest first, paged in SQL, optionally only one account's entries, with
 * each entry's postings as debit and credit columns; and the check that rebuilds every balance from
 * the journal.
 */
@Named
@ViewScoped
public class LedgerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Journal journal;

    @Inject
    Formats formats;

    private List<AccountView> accounts;
    private Long accountId;
    private String accountLabel;
    private final PagedModel<EntryView> model = new PagedModel<>((offset, limit) ->
            journal.entries(accountId, offset, limit));
    private LedgerCheck check;

    /** The tenant's accounts (at most 1000, as the boundary lists them), by code. */
    public List<AccountView> getAccounts() {
        if (accounts == null) {
            accounts = journal.accounts();
        }
        return accounts;
    }

    /** Only this account's entries. */
    public void show(long id) {
        accountId = id;
        accountLabel = getAccounts().stream().filter(a -> a.id() == id).findFirst()
                .map(a -> accountName(a.code(), a.name())).orElse(null);
        firstPage();
    }

    public void showAll() {
        accountId = null;
        accountLabel = null;
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("journalForm:entries") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    /** Rebuilds the balances from the journal and compares them with the stored ones. */
    public void runCheck() {
        check = journal.check();
        accounts = null;
    }

    // ---- display helpers ------------------------------------------------------------------------

    /** An expense account by its purpose in the reader's language; other accounts by their name. */
    public String accountName(String code, String name) {
        if (code != null && code.startsWith("EXPENSE:")) {
            try {
                Purpose p = Purpose.valueOf(code.substring("EXPENSE:".length()));
                return Messages.text("money.expenseAccount", Messages.text("money.purpose." + p.name()));
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
        return name;
    }

    /** A posting's debit (postings are stored with debits positive), or nothing. */
    public String debit(EntryView.Line l) {
        return l.amount().signum() > 0 ? formats.yuan(l.amount()) : "";
    }

    public String credit(EntryView.Line l) {
        return l.amount().signum() < 0 ? formats.yuan(l.amount().negate()) : "";
    }

    public boolean isSelected(long id) {
        return accountId != null && accountId == id;
    }

    // ---- accessors ------------------------------------------------------------------------------

    public PagedModel<EntryView> getModel() {
        return model;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAccountLabel() {
        return accountLabel;
    }

    public LedgerCheck getCheck() {
        return check;
    }
}
