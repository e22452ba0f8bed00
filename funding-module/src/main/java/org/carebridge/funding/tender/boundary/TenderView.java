package org.carebridge.funding.tender.boundary;

import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.tender.entity.Criterion;
import org.carebridge.funding.tender.entity.Tender;
import org.carebridge.funding.tender.entity.TenderAmendment;
import org.carebridge.funding.tender.entity.TenderStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A tender with its purchaser, the number of active bids (never their content) and its amendment history. */
public record TenderView(long id, long version, String purchaser, boolean mine, String title, ServiceType serviceType,
                         String description, String targetGroups, int childrenTarget, String area,
                         BigDecimal budgetCeiling, LocalDate periodStart, LocalDate periodEnd, String kpis,
                         List<CriterionView> criteria, String requiredDocuments, Instant bidDeadline,
                         TenderStatus status, boolean openForBids, String cancelReason, long bids,
                         List<AmendmentView> amendments, String awardedBidder, String decisionNote) {

    /** A criterion and its weight. */
    public record CriterionView(String name, int weight) {
    }

    /** One amendment. */
    public record AmendmentView(Instant at, String by, String reason, String changes) {
    }

    static TenderView of(Tender t, String purchaser, boolean mine, long bids, List<TenderAmendment> amendments,
                         Instant now) {
        return of(t, purchaser, mine, bids, amendments, now, null);
    }

    static TenderView of(Tender t, String purchaser, boolean mine, long bids, List<TenderAmendment> amendments,
                         Instant now, String awardedBidder) {
        Money b = t.getBudgetCeiling();
        return new TenderView(t.getId(), t.getVersion(), purchaser, mine, t.getTitle(), t.getServiceType(),
                t.getDescription(), t.getTargetGroups(), t.getChildrenTarget(), t.getArea(), b.amount(),
                t.getPeriodStart(), t.getPeriodEnd(), t.getKpis(),
                t.getCriteria().stream().map((Criterion c) -> new CriterionView(c.getName(), c.getWeight())).toList(),
                t.getRequiredDocuments(), t.getBidDeadline(), t.getStatus(), t.isOpenForBids(now),
                t.getCancelReason(), bids,
                amendments == null ? null : amendments.stream().map(a -> new AmendmentView(a.getAmendedAt(),
                        a.getAmendedBy(), a.getReason(), a.getChanges())).toList(), awardedBidder, t.getDecisionNote());
    }
}
