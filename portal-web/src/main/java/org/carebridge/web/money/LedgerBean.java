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
import org.carebridge.web.export.ExportColumn;
import org.carebridge.web.export.ExportSpec;
import org.carebridge.web.faces.FilterParams;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.i18n.Texts;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ledger page: the accounts with their balances (a fund's money and a payable's debt read
 * positive), the journal newest first, paged in SQL, optionally only one account's entries, with
 * each entry's postings as debit and credit columns; and the check that rebuilds every balance from
 * the journal.
 */
@Named
@ViewScoped
public class LedgerBean implements Serializable, org.carebridge.web.export.LargeExport {

    private static final long serialVersionUID = 1L;
    private static final Formats FORMATS = new Formats();

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
    private String accountParam;

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
        if (FacesContext.getCurrentInstance().getViewRoot() != null && FacesContext.getCurrentInstance().getViewRoot().findComponent("journalForm:entries") instanceof DataTable t) {
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
        return accountName(locale(), code, name);
    }

    static String accountName(Locale locale, String code, String name) {
        if (code != null && code.startsWith("EXPENSE:")) {
            try {
                Purpose p = Purpose.valueOf(code.substring("EXPENSE:".length()));
                return Texts.text(locale, "money.expenseAccount", Texts.text(locale, "money.purpose." + p.name()));
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
        return name;
    }

    // ---- exports: the three columns as the page shows them, for PrimeFaces' exporter and the background ----

    public String entryText(EntryView e) {
        return entryText(locale(), e);
    }

    public String kindText(EntryView e) {
        return kindText(locale(), e);
    }

    public String postingsText(EntryView e) {
        return postingsText(locale(), e);
    }

    static String entryText(Locale locale, EntryView e) {
        return Texts.text(locale, "money.ledger.entryNo") + " " + e.id() + " " + FORMATS.dateTime(e.createdAt()) + " "
                + (e.createdBy() == null ? "" : e.createdBy());
    }

    static String kindText(Locale locale, EntryView e) {
        StringBuilder b = new StringBuilder(Texts.text(locale, "money.entryKind." + e.kind()));
        if (e.reversesId() != null) {
            b.append(' ').append(Texts.text(locale, "money.ledger.reverses")).append(' ').append(e.reversesId());
        }
        if (e.memo() != null && !e.memo().isBlank()) {
            b.append(' ').append(e.memo());
        }
        return b.toString();
    }

    /** {@code 账户 借方 ¥100.00；账户 贷方 ¥100.00}. */
    static String postingsText(Locale locale, EntryView e) {
        return e.postings().stream().map(l -> accountName(locale, l.accountCode(), l.accountName()) + " "
                + (l.amount().signum() >= 0 ? Texts.text(locale, "money.ledger.debit") + " " + FORMATS.yuan(l.amount())
                : Texts.text(locale, "money.ledger.credit") + " " + FORMATS.yuan(l.amount().negate())))
                .collect(Collectors.joining("; "));
    }

    private static Locale locale() {
        return Messages.locale();
    }

    @Override
    public long exportRowCount() {
        return journal.entries(accountId, 0, 1).total();
    }

    @Override
    public ExportSpec<EntryView> exportSpec(Locale locale) {
        Long account = accountId;
        Journal boundary = journal;
        String entryHeader = Texts.text(locale, "money.ledger.entry");
        return new ExportSpec<>("ledger", account == null ? "" : "account=" + account,
                (offset, limit) -> boundary.entries(account, offset, limit), List.of(
                ExportColumn.of(entryHeader, e -> entryText(locale, e)),
                ExportColumn.of(Texts.text(locale, "money.ledger.entryKind") + " / " + Texts.text(locale, "money.memo"),
                        e -> kindText(locale, e)),
                ExportColumn.of(Texts.text(locale, "money.ledger.postings"), e -> postingsText(locale, e))));
    }

    /** {@code ?account=<id>}: only that account's entries; an id not among this tenant's accounts is ignored. */
    public void applyParams() {
        Long id = FilterParams.id(accountParam, "account");
        if (id == null) {
            return;
        }
        if (getAccounts().stream().noneMatch(a -> a.id() == id)) {
            Messages.warn("filter.invalid", "account", accountParam);
            return;
        }
        show(id);
    }

    public String getAccountParam() {
        return accountParam;
    }

    public void setAccountParam(String accountParam) {
        this.accountParam = accountParam;
    }

    public String filterText() {
        return accountId == null ? "" : "account=" + accountId;
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
