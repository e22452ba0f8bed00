package org.carebridge.web.tender;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.funding.tender.boundary.BidView;
import org.carebridge.funding.tender.boundary.TenderView;
import org.carebridge.funding.tender.boundary.Tenders;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * One tender ({@code /app/tender.xhtml?id=}): its terms and amendments; for the district its bid
 * count, and the bids once the deadline has passed; for an organisation its own bids and the form
 * that submits or replaces one.
 */
@Named
@ViewScoped
public class TenderBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tenders tenders;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private TenderView tender;
    private List<BidView> bids;
    private List<BidView> myBids;

    private String price;
    private String proposal;
    private String team;
    private String plan;
    private String cancelReason;

    public void load() {
        tender = tenders.find(id == null ? -1 : id);
        bids = null;
        myBids = null;
    }

    /** The bids with their weighted totals and ranks, once unsealed (the district only). */
    public List<BidView> getBids() {
        if (bids == null) {
            bids = isUnsealedForMe() ? tenders.ranking(tender.id()) : List.of();
        }
        return bids;
    }

    private boolean isUnsealedForMe() {
        return tender.mine() && !tender.openForBids() && tender.status() != org.carebridge.funding.tender.entity.TenderStatus.DRAFT
                && tender.status() != org.carebridge.funding.tender.entity.TenderStatus.CANCELLED;
    }

    /** Scores typed by a panel member: bid id → criterion position → score. */
    private final java.util.Map<Long, java.util.Map<Integer, Integer>> scores = new java.util.HashMap<>();
    private Long awardBidId;
    private String justification;

    public java.util.Map<Integer, Integer> scoresOf(long bidId) {
        return scores.computeIfAbsent(bidId, k -> new java.util.HashMap<>());
    }

    public void score(long bidId) {
        java.util.Map<Integer, Integer> given = new java.util.HashMap<>(scoresOf(bidId));
        given.values().removeIf(java.util.Objects::isNull);
        bids = tenders.score(tender.id(), bidId, given);
        Messages.info("common.saved");
    }

    public void decide() {
        tender = tenders.decide(tender.id(), tender.version(), awardBidId, justification);
        bids = null;
        Messages.info("common.saved");
    }

    public boolean isMayScore() {
        return isUnsealedForMe() && tender.status() == org.carebridge.funding.tender.entity.TenderStatus.PUBLISHED
                && (currentUser.isAdmin() || currentUser.has("APPROVER"));
    }

    public boolean isMayDecide() {
        return isUnsealedForMe() && tender.status() == org.carebridge.funding.tender.entity.TenderStatus.PUBLISHED
                && currentUser.has("APPROVER");
    }

    public Long getAwardBidId() {
        return awardBidId;
    }

    public void setAwardBidId(Long awardBidId) {
        this.awardBidId = awardBidId;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public List<BidView> getMyBids() {
        if (myBids == null) {
            myBids = tender.mine() ? List.of() : tenders.myBids(tender.id());
        }
        return myBids;
    }

    public void submitBid() {
        tenders.submitBid(tender.id(), price, proposal, team, plan);
        Messages.info("bid.submitted");
        load();
    }

    public void withdraw(long bidId) {
        tenders.withdrawBid(tender.id(), bidId);
        Messages.info("common.saved");
        load();
    }

    public void cancel() {
        tenders.cancel(tender.id(), tender.version(), cancelReason);
        Messages.info("common.saved");
        load();
    }

    public boolean isMayBid() {
        return !tender.mine() && tender.openForBids() && (currentUser.isAdmin() || currentUser.has("PROGRAMME_OFFICER"));
    }

    public boolean isMayManage() {
        return tender.mine() && currentUser.isAdmin();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TenderView getTender() {
        return tender;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    // ---- the service project signed from the award (the district) -------------------------------

    @Inject
    org.carebridge.funding.project.boundary.Projects projects;

    private org.carebridge.web.project.TermsForm projectTerms;
    private Long projectId;
    private boolean projectLookedUp;

    /** The project already signed from this award, if any (looked up among the district's latest projects). */
    public Long getProjectId() {
        if (!projectLookedUp) {
            projectLookedUp = true;
            if (tender.mine() && tender.status() == org.carebridge.funding.tender.entity.TenderStatus.AWARDED) {
                projectId = projects.page(null, 0, org.carebridge.core.persistence.Page.MAX_LIMIT).items().stream()
                        .filter(p -> java.util.Objects.equals(p.tenderId(), tender.id()))
                        .map(org.carebridge.funding.project.boundary.ProjectView::id).findFirst().orElse(null);
            }
        }
        return projectId;
    }

    public boolean isMayCreateProject() {
        return isMayManage() && tender.status() == org.carebridge.funding.tender.entity.TenderStatus.AWARDED
                && getProjectId() == null;
    }

    /** Amount and period default to the awarded price and the tender's period; KPI and milestone rows to fill in. */
    public org.carebridge.web.project.TermsForm getProjectTerms() {
        if (projectTerms == null) {
            projectTerms = org.carebridge.web.project.TermsForm.forAward(tender.periodStart(), tender.periodEnd(),
                    getBids().stream().filter(BidView::awarded).map(BidView::price).findFirst().orElse(null));
        }
        return projectTerms;
    }

    public String createProject() {
        long created = projects.createFromAward(getProjectTerms().toInput(tender.id())).id();
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("projects.created");
        return "/app/project.xhtml?faces-redirect=true&id=" + created;
    }
}
