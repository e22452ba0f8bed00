package org.carebridge.web.money;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.allowance.boundary.RateView;
import org.carebridge.care.allowance.boundary.SchemeView;
import org.carebridge.care.allowance.boundary.Schemes;
import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.PayeeKind;
import org.carebridge.care.allowance.entity.RateStatus;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.disbursement.boundary.FundView;
import org.carebridge.funding.disbursement.boundary.Funds;
import org.carebridge.funding.disbursement.entity.Purpose;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Formats;
import org.carebridge.web.faces.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The allowance schemes page (救助标准): the tenant's schemes with the rate in force, one scheme's
 * dated rates at a time, a new scheme, a rate proposed typed or by the natural-growth rule, and an
 * approver's adoption or decline. The boundary enforces who may do what, and that the proposer does
 * not decide; the buttons only follow the roles.
 */
@Named
@ViewScoped
public class SchemesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a rate is proposed: an amount typed from the policy document, or the natural-growth rule. */
    public enum RateMode {
        TYPED, GROWTH
    }

    @Inject
    Schemes schemes;

    @Inject
    Funds funds;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private List<SchemeView> list;
    private Long selectedId;

    // new scheme dialog
    private String name;
    private List<String> categories = new ArrayList<>();
    private Frequency frequency;
    private PayeeKind payeeKind;
    private Long fundId;
    private Purpose purpose;
    private List<FundView> fundList;
    private SchemeView created;

    // rate dialog
    private Long rateSchemeId;
    private String rateSchemeName;
    private RateMode mode;
    private String from;
    private String amount;
    private String basis;
    private String growthYear1;
    private String growthYear2;
    private RateView proposed;

    /** The tenant's schemes with their rates (the boundary returns at most 200), read once per view and after changes. */
    public List<SchemeView> getSchemes() {
        if (list == null) {
            list = schemes.list();
        }
        return list;
    }

    /** The scheme whose rates are shown, from the list already read (none when the id is not the tenant's). */
    public SchemeView getSelected() {
        if (selectedId == null) {
            return null;
        }
        return getSchemes().stream().filter(s -> s.id() == selectedId).findFirst().orElse(null);
    }

    public void show(long schemeId) {
        selectedId = schemeId;
    }

    // ---- permissions (as the boundary's @RolesAllowed) ------------------------------------------

    public boolean isMayManage() {
        return currentUser.has("TENANT_ADMIN") || currentUser.has("FINANCE_OFFICER");
    }

    public boolean isMayDecide() {
        return currentUser.has("APPROVER");
    }

    // ---- new scheme -----------------------------------------------------------------------------

    public void startCreate() {
        name = null;
        categories = new ArrayList<>();
        frequency = Frequency.MONTHLY;
        payeeKind = PayeeKind.GUARDIAN;
        fundId = null;
        purpose = Purpose.ALLOWANCE;
        fundList = null;
        created = null;
    }

    /** Creates the scheme once per opened dialog (a second click creates no other). */
    public void create() {
        if (created == null) {
            Set<ChildCategory> covered = EnumSet.noneOf(ChildCategory.class);
            categories.forEach(c -> covered.add(ChildCategory.valueOf(c)));
            created = schemes.create(name, covered, frequency, payeeKind, fundId, purpose);
            list = null;
            selectedId = created.id();
        }
        Messages.info("money.scheme.created", created.name());
        PrimeFaces.current().executeScript("PF('schemeDialog').hide()");
    }

    /** The tenant's funds for the new scheme dialog, read when it is opened. */
    public List<FundView> getFunds() {
        if (fundList == null) {
            fundList = funds.list();
        }
        return fundList;
    }

    // ---- propose a rate -------------------------------------------------------------------------

    /** Opens the rate dialog for a scheme, from next month by default. */
    public void startRate(long schemeId, String schemeName) {
        rateSchemeId = schemeId;
        rateSchemeName = schemeName;
        selectedId = schemeId;
        mode = RateMode.TYPED;
        from = YearMonth.from(LocalDates.today()).plusMonths(1).toString();
        amount = null;
        basis = null;
        growthYear1 = null;
        growthYear2 = null;
        proposed = null;
    }

    /**
     * Proposes the rate once per opened dialog. A typed rate closes the dialog; a natural-growth
     * proposal stays open to show the rate the rule gave.
     */
    public void propose() {
        if (rateSchemeId == null) {
            throw new ValidationException("scheme.notFound");
        }
        if (proposed == null) {
            proposed = mode == RateMode.GROWTH
                    ? schemes.proposeIndexation(rateSchemeId, from, percent(growthYear1), percent(growthYear2))
                    : schemes.proposeRate(rateSchemeId, from, amount, basis);
            list = null;
        }
        Messages.info("money.rate.proposed", proposed.effectiveFrom().toString(), formats.yuan(proposed.amount()));
        if (mode != RateMode.GROWTH) {
            PrimeFaces.current().executeScript("PF('rateDialog').hide()");
        }
    }

    /** A growth figure as typed ("4.1" or "4.1%"); the boundary checks its range. */
    private static BigDecimal percent(String text) {
        String t = text == null ? "" : text.strip().replace("%", "").replace("％", "");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new ValidationException("rate.growth.invalid");
        }
    }

    // ---- decide ---------------------------------------------------------------------------------

    /** An approver adopts or declines a proposed rate; the list is read again whatever the outcome. */
    public void decide(long schemeId, long rateId, long version, boolean adopt) {
        selectedId = schemeId;
        try {
            RateView r = schemes.decide(schemeId, rateId, version, adopt);
            Messages.info(adopt ? "money.rate.adopted" : "money.rate.declined", r.effectiveFrom().toString(),
                    formats.yuan(r.amount()));
        } finally {
            list = null;
        }
    }

    public boolean canDecide(RateView r) {
        return isMayDecide() && r.status() == RateStatus.PROPOSED;
    }

    public ChildCategory[] getAllCategories() {
        return ChildCategory.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public PayeeKind[] getPayeeKinds() {
        return PayeeKind.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public RateMode[] getModes() {
        return RateMode.values();
    }

    // ---- accessors ------------------------------------------------------------------------------

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public PayeeKind getPayeeKind() {
        return payeeKind;
    }

    public void setPayeeKind(PayeeKind payeeKind) {
        this.payeeKind = payeeKind;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getRateSchemeName() {
        return rateSchemeName;
    }

    public RateMode getMode() {
        return mode;
    }

    public void setMode(RateMode mode) {
        this.mode = mode;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getGrowthYear1() {
        return growthYear1;
    }

    public void setGrowthYear1(String growthYear1) {
        this.growthYear1 = growthYear1;
    }

    public String getGrowthYear2() {
        return growthYear2;
    }

    public void setGrowthYear2(String growthYear2) {
        this.growthYear2 = growthYear2;
    }

    public RateView getProposed() {
        return proposed;
    }
}
