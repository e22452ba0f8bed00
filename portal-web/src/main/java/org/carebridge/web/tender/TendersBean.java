package org.carebridge.web.tender;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.tender.boundary.TenderInput;
import org.carebridge.funding.tender.boundary.TenderView;
import org.carebridge.funding.tender.boundary.Tenders;
import org.carebridge.funding.tender.entity.TenderStatus;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.web.faces.FilterParams;
import java.util.Map;
import java.util.HashMap;

/**
 * The tenders page: a district's own tenders with the form that drafts one and the publish/cancel
 * steps; for service organisations and foundations, the published tenders they may bid for.
 */
@Named
@ViewScoped
public class TendersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tenders tenders;

    @Inject
    CurrentUser currentUser;

    private TenderStatus status;

    /** The filter given in the URL (f:viewParam), applied once by {@link #applyParams}. */
    private final Map<String, String> params = new HashMap<>();
    private final PagedModel<TenderView> model = new PagedModel<>((offset, limit) -> tenders.page(status, offset, limit));

    private String title;
    private ServiceType serviceType = ServiceType.COUNSELLING;
    private String description;
    private String targetGroups;
    private Integer childrenTarget = 40;
    private String budgetCeiling;
    private String periodStart = LocalDates.today().plusMonths(2).withDayOfMonth(1).toString();
    private String periodEnd = LocalDates.today().plusMonths(14).withDayOfMonth(1).minusDays(1).toString();
    private String kpis;
    private String criteria = "服务方案:40\n团队与经验:30\n报价:30";
    private String bidDeadline = LocalDates.today().plusDays(21) + "T17:00";

    public void create() {
        tenders.create(input());
        Messages.info("tender.drafted");
        PrimeFaces.current().executeScript("PF('tenderDialog').hide()");
    }

    public void publish(long id, long version) {
        tenders.publish(id, version);
        Messages.info("tender.published");
    }

    /** Criteria as lines "name:weight". */
    TenderInput input() {
        List<TenderInput.CriterionInput> list = new ArrayList<>();
        for (String line : criteria == null ? new String[0] : criteria.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
            try {
                list.add(new TenderInput.CriterionInput(colon < 0 ? line.strip() : line.substring(0, colon).strip(),
                        colon < 0 ? null : Integer.valueOf(line.substring(colon + 1).strip())));
            } catch (NumberFormatException e) {
                throw new ValidationException("tender.criterion.invalid");
            }
        }
        return new TenderInput(title, serviceType, description, targetGroups, childrenTarget, null, budgetCeiling,
                periodStart, periodEnd, kpis, list, null, bidDeadline);
    }

    public boolean isDistrict() {
        return "DISTRICT".equals(currentUser.getTenantKind());
    }

    public boolean isMayManage() {
        return isDistrict() && currentUser.isAdmin();
    }

    public TenderStatus[] getStatuses() {
        return TenderStatus.values();
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public PagedModel<TenderView> getModel() {
        return model;
    }

    /** {@code ?status=…}. */
    public void applyParams() {
        status = FilterParams.enumOf(TenderStatus.class, params.get("status"), "status");
    }

    public Map<String, String> getParams() {
        return params;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public void setStatus(TenderStatus status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public Integer getChildrenTarget() {
        return childrenTarget;
    }

    public void setChildrenTarget(Integer childrenTarget) {
        this.childrenTarget = childrenTarget;
    }

    public String getBudgetCeiling() {
        return budgetCeiling;
    }

    public void setBudgetCeiling(String budgetCeiling) {
        this.budgetCeiling = budgetCeiling;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getKpis() {
        return kpis;
    }

    public void setKpis(String kpis) {
        this.kpis = kpis;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public String getBidDeadline() {
        return bidDeadline;
    }

    public void setBidDeadline(String bidDeadline) {
        this.bidDeadline = bidDeadline;
    }
}
