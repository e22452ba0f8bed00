package org.carebridge.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.referral.boundary.NewReferral;
import org.carebridge.care.referral.boundary.Receiver;
import org.carebridge.care.referral.boundary.ReferralView;
import org.carebridge.care.referral.boundary.Referrals;
import org.carebridge.care.referral.entity.ReferralBasis;
import org.carebridge.care.referral.entity.ReferralStatus;
import org.carebridge.core.value.ServiceType;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/**
 * Referrals: a district's sent ones (withdraw), an organisation's received ones (accept, reject,
 * complete, open the shared details — logged for the district), and the referral form on a child's page.
 */
@Named
@ViewScoped
public class ReferralsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog is doing. */
    public enum Step { ACCEPT, REJECT, DONE, REVOKE, SERVICE }

    @Inject
    Referrals referrals;

    @Inject
    CurrentUser currentUser;

    private ReferralStatus status;
    private final PagedModel<ReferralView> model = new PagedModel<>((offset, limit) ->
            referrals.page(side(), status, null, offset, limit));
    private PagedModel<ReferralView> childModel;

    private Long stepId;
    private Step step;
    private String note;
    private ReferralView opened;

    private String toTenant;
    private ServiceType serviceType;
    private String reason;
    private ReferralBasis basis = ReferralBasis.GUARDIAN_CONSENT;
    private String basisDetail;
    private String consentOn = LocalDates.today().toString();
    private boolean shareContact;

    /** Districts see what they sent; organisations what they received. */
    public Referrals.Side side() {
        return "DISTRICT".equals(currentUser.getTenantKind()) ? Referrals.Side.SENT : Referrals.Side.RECEIVED;
    }

    public boolean isSender() {
        return side() == Referrals.Side.SENT;
    }

    public PagedModel<ReferralView> forChild(long childId) {
        if (childModel == null) {
            childModel = new PagedModel<>((offset, limit) ->
                    referrals.page(Referrals.Side.SENT, null, childId, offset, limit));
        }
        return childModel;
    }

    public void send(long childId) {
        referrals.send(new NewReferral(childId, toTenant, serviceType, reason, basis, basisDetail,
                basis == ReferralBasis.GUARDIAN_CONSENT ? consentOn : null, shareContact));
        Messages.info("referral.sent");
        reason = null;
        basisDetail = null;
    }

    public void open(long id) {
        opened = referrals.find(id);
    }

    public void start(long id, Step s) {
        stepId = id;
        step = s;
        note = null;
    }

    public void apply() {
        switch (step) {
            case ACCEPT -> referrals.answer(stepId, true, note);
            case REJECT -> referrals.answer(stepId, false, note);
            case DONE -> referrals.complete(stepId, note);
            case REVOKE -> referrals.revoke(stepId, note);
            case SERVICE -> {
                getService().setOutcome(note);
                referrals.recordService(stepId, service.toNewService(null));
                service.clear();
            }
        }
        Messages.info("common.saved");
        PrimeFaces.current().executeScript("PF('referralStepDialog').hide()");
    }

    private org.carebridge.web.service.ServiceForm service;

    public org.carebridge.web.service.ServiceForm getService() {
        if (service == null) {
            service = new org.carebridge.web.service.ServiceForm(currentUser.isLoggedIn() ? currentUser.getDisplayName() : null);
        }
        return service;
    }

    public boolean isMayAct() {
        return currentUser.isAdmin() || currentUser.has("CASEWORKER");
    }

    public List<Receiver> getReceivers() {
        return referrals.receivers();
    }

    public ServiceType[] getServiceTypes() {
        return ServiceType.values();
    }

    public ReferralBasis[] getBases() {
        return ReferralBasis.values();
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public PagedModel<ReferralView> getModel() {
        return model;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public Step getStep() {
        return step;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ReferralView getOpened() {
        return opened;
    }

    public String getToTenant() {
        return toTenant;
    }

    public void setToTenant(String toTenant) {
        this.toTenant = toTenant;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ReferralBasis getBasis() {
        return basis;
    }

    public void setBasis(ReferralBasis basis) {
        this.basis = basis;
    }

    public String getBasisDetail() {
        return basisDetail;
    }

    public void setBasisDetail(String basisDetail) {
        this.basisDetail = basisDetail;
    }

    public String getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(String consentOn) {
        this.consentOn = consentOn;
    }

    public boolean isShareContact() {
        return shareContact;
    }

    public void setShareContact(boolean shareContact) {
        this.shareContact = shareContact;
    }
}
