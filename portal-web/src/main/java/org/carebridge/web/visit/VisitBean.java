package org.carebridge.web.visit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.visit.boundary.VisitView;
import org.carebridge.care.visit.boundary.Visits;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;

import java.io.Serializable;

/** One visit ({@code /app/visit.xhtml?id=…}): its record, its follow-up actions, adding and closing actions. */
@Named
@ViewScoped
public class VisitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private VisitView visit;

    private Need need;
    private String description;
    private String owner;
    private String dueOn;
    private String doneNote;

    public void load() {
        if (visit == null) {
            visit = visits.find(id == null ? -1 : id);
            owner = currentUser.getGrant().username();
            dueOn = LocalDates.today().plusDays(14).toString();
        }
    }

    public void addAction() {
        visits.addAction(visit.id(), need, description, owner, dueOn);
        visit = visits.find(visit.id());
        need = null;
        description = null;
        Messages.info("common.saved");
    }

    public void complete(long actionId) {
        visits.completeAction(actionId, doneNote);
        visit = visits.find(visit.id());
        doneNote = null;
        Messages.info("common.saved");
    }

    /** Team members, caseworkers and administrators add actions to a recorded visit. */
    public boolean isMayAddAction() {
        String me = currentUser.getGrant().username();
        return visit.status() == org.carebridge.care.visit.entity.VisitStatus.DONE
                && (currentUser.isAdmin() || currentUser.has("CASEWORKER") || me.equals(visit.socialWorker())
                || me.equals(visit.childDirector()) || me.equals(visit.volunteer()));
    }

    public boolean mayComplete(String actionOwner) {
        return currentUser.isAdmin() || currentUser.has("CASEWORKER")
                || currentUser.getGrant().username().equals(actionOwner);
    }

    public Need[] getAllNeeds() {
        return Need.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VisitView getVisit() {
        return visit;
    }

    public Need getNeed() {
        return need;
    }

    public void setNeed(Need need) {
        this.need = need;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public void setDoneNote(String doneNote) {
        this.doneNote = doneNote;
    }
}
