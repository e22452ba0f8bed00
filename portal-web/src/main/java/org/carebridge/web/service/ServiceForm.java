package org.carebridge.web.service;

import org.carebridge.care.service.boundary.NewService;
import org.carebridge.core.value.ServiceType;
import org.carebridge.core.value.LocalDates;

import java.io.Serializable;

/** The fields of a "record a service" form, on a child's page and in a received referral's dialog. */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ServiceType type;
    private String deliveredOn = LocalDates.today().toString();
    private Integer durationMinutes = 60;
    private String staff;
    private String outcome;
    private String notes;

    public ServiceForm(String staff) {
        this.staff = staff;
    }

    /** The service to record; the type stays null when the referral's is meant. */
    public NewService toNewService(Long childId) {
        return new NewService(childId, type, deliveredOn, durationMinutes, null, staff, outcome, notes);
    }

    /** Ready for the next service by the same person on the same day. */
    public void clear() {
        type = null;
        outcome = null;
        notes = null;
    }

    public ServiceType getType() {
        return type;
    }

    public void setType(ServiceType type) {
        this.type = type;
    }

    public String getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(String deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getStaff() {
        return staff;
    }

    public void setStaff(String staff) {
        this.staff = staff;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
