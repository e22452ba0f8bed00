package org.carebridge.web.service;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.service.boundary.CasePlanView;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.care.service.boundary.Services;
import org.carebridge.core.value.ServiceType;
import org.carebridge.care.timeline.boundary.Timeline;
import org.carebridge.care.timeline.boundary.TimelineEntry;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The case plan, services and timeline of the child whose page is open. */
@Named
@ViewScoped
public class ChildCareBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Services services;

    @Inject
    Timeline timeline;

    @Inject
    CurrentUser currentUser;

    private Optional<CasePlanView> plan;
    private PagedModel<ServiceView> serviceModel;
    private PagedModel<TimelineEntry> timelineModel;

    private List<Need> planNeeds = new ArrayList<>();
    private List<ServiceType> planServices = new ArrayList<>();
    private String goals;
    private String reviewOn = LocalDates.today().plusMonths(6).toString();

    private ServiceForm service;

    public CasePlanView plan(long childId) {
        if (plan == null) {
            plan = services.currentPlan(childId);
            plan.ifPresent(p -> {
                planNeeds = new ArrayList<>(p.needs());
                planServices = new ArrayList<>(p.plannedServices());
                goals = p.goals();
            });
        }
        return plan.orElse(null);
    }

    public void writePlan(long childId) {
        services.writePlan(childId, planNeeds.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(planNeeds),
                goals, planServices.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(planServices),
                reviewOn);
        plan = null;
        Messages.info("common.saved");
    }

    public PagedModel<ServiceView> services(long childId) {
        if (serviceModel == null) {
            serviceModel = new PagedModel<>((offset, limit) ->
                    services.page(new Services.Filter(childId, null, true), offset, limit));
        }
        return serviceModel;
    }

    public PagedModel<TimelineEntry> timeline(long childId) {
        if (timelineModel == null) {
            timelineModel = new PagedModel<>((offset, limit) -> timeline.of(childId, offset, limit));
        }
        return timelineModel;
    }

    public void recordService(long childId) {
        services.record(getService().toNewService(childId));
        Messages.info("service.recorded");
        service.clear();
    }

    public boolean isMayPlan() {
        return currentUser.isAdmin() || currentUser.has("CASEWORKER");
    }

    public boolean isMayRecord() {
        return isMayPlan() || currentUser.has("VOLUNTEER");
    }

    /** The timeline shows every record, so only those who read the whole case see it. */
    public boolean isMaySeeTimeline() {
        return isMayPlan() || currentUser.has("APPROVER") || currentUser.has("AUDITOR");
    }

    public Need[] getAllNeeds() {
        return Need.values();
    }

    public ServiceType[] getAllTypes() {
        return ServiceType.values();
    }

    public List<Need> getPlanNeeds() {
        return planNeeds;
    }

    public void setPlanNeeds(List<Need> planNeeds) {
        this.planNeeds = planNeeds;
    }

    public List<ServiceType> getPlanServices() {
        return planServices;
    }

    public void setPlanServices(List<ServiceType> planServices) {
        this.planServices = planServices;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(String reviewOn) {
        this.reviewOn = reviewOn;
    }

    public ServiceForm getService() {
        if (service == null) {
            service = new ServiceForm(currentUser.isLoggedIn() ? currentUser.getDisplayName() : null);
        }
        return service;
    }
}
