package org.carebridge.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.visit.boundary.VisitView;
import org.carebridge.care.visit.boundary.Visits;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;

/** The visits section of a child's page: the child's visits and the form that plans the next one. */
@Named
@ViewScoped
public class ChildVisitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    @Inject
    CurrentUser currentUser;

    private PagedModel<VisitView> model;
    private String plannedOn = LocalDates.today().plusDays(7).toString();
    private String socialWorker;
    private String childDirector;
    private String volunteer;

    public PagedModel<VisitView> model(long childId) {
        if (model == null) {
            model = new PagedModel<>((offset, limit) ->
                    visits.page(new Visits.Filter(null, childId, false, false), offset, limit));
        }
        return model;
    }

    public void plan(long childId) {
        visits.plan(childId, plannedOn, socialWorker, childDirector, volunteer);
        Messages.info("visit.planned");
        volunteer = null;
    }

    public boolean isMayPlan() {
        return currentUser.isAdmin() || currentUser.has("CASEWORKER");
    }

    public String getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(String plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getSocialWorker() {
        if (socialWorker == null && currentUser.isLoggedIn()) {
            socialWorker = currentUser.getGrant().username();
        }
        return socialWorker;
    }

    public void setSocialWorker(String socialWorker) {
        this.socialWorker = socialWorker;
    }

    public String getChildDirector() {
        return childDirector;
    }

    public void setChildDirector(String childDirector) {
        this.childDirector = childDirector;
    }

    public String getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(String volunteer) {
        this.volunteer = volunteer;
    }
}
