package org.carebridge.web.money;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.disbursement.boundary.FundView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.FundKind;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.faces.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The funds page: the tenant's funds with balance, committed, available and spent money; the
 * administrator and the finance officer create funds and top them up. Each opened top-up dialog has
 * one idempotency key, so a double click or a retry posts the money once.
 */
@Named
@ViewScoped
public class FundsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Funds funds;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private List<FundView> list;

    // new fund dialog
    private String name;
    private FundKind kind;
    private Integer fiscalYear;
    private FundView created;

    // top-up dialog
    private Long fundId;
    private String fundLabel;
    private String topUpKey;
    private String amount;
    private String memo;

    /** The tenant's funds (at most 500, as the boundary lists them), read once per view and after changes. */
    public List<FundView> getFunds() {
        if (list == null) {
            list = funds.list();
        }
        return list;
    }

    public boolean isMayManage() {
        return currentUser.has("TENANT_ADMIN") || currentUser.has("FINANCE_OFFICER");
    }

    // ---- new fund -------------------------------------------------------------------------------

    public void startCreate() {
        name = null;
        kind = FundKind.BUDGET_LINE;
        fiscalYear = LocalDates.today().getYear();
        created = null;
    }

    /** Creates the fund once per opened dialog (a second click returns without creating another). */
    public void create() {
        if (created == null) {
            created = funds.create(name, kind, kind == FundKind.BUDGET_LINE ? fiscalYear : null);
            list = null;
        }
        Messages.info("money.fund.created", created.name());
        PrimeFaces.current().executeScript("PF('fundDialog').hide()");
    }

    // ---- top-up ---------------------------------------------------------------------------------

    /** Opens the top-up dialog with a fresh idempotency key: everything sent from this dialog posts once. */
    public void startTopUp(long id, String label) {
        fundId = id;
        fundLabel = label;
        topUpKey = "web-" + UUID.randomUUID();
        amount = null;
        memo = null;
    }

    public void topUp() {
        if (fundId == null || topUpKey == null) {
            throw new ValidationException("fund.notFound");
        }
        FundView f = funds.topUp(fundId, topUpKey, amount,
                memo == null || memo.isBlank() ? Messages.text("money.topUp.defaultMemo") : memo.strip());
        list = null;
        Messages.info("money.topUp.done", f.name(), formats.yuan(f.balance()));
        PrimeFaces.current().executeScript("PF('topUpDialog').hide()");
    }

    public FundKind[] getKinds() {
        return FundKind.values();
    }

    // ---- accessors ------------------------------------------------------------------------------

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public FundKind getKind() {
        return kind;
    }

    public void setKind(FundKind kind) {
        this.kind = kind;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getFundLabel() {
        return fundLabel;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }
}
