package org.carebridge.funding.tender.boundary;

import org.carebridge.core.value.ServiceType;

import java.util.List;

/**
 * A tender's terms as a form or request gives them: amounts and dates as text so that a bad value
 * gets a clear message ({@code budgetCeiling} "350000.00", dates {@code yyyy-MM-dd}, the deadline
 * {@code yyyy-MM-ddTHH:mm} Beijing time or an ISO instant).
 */
public record TenderInput(String title, ServiceType serviceType, String description, String targetGroups,
                          Integer childrenTarget, String area, String budgetCeiling, String periodStart,
                          String periodEnd, String kpis, List<CriterionInput> criteria, String requiredDocuments,
                          String bidDeadline) {

    /** A criterion. */
    public record CriterionInput(String name, Integer weight) {
    }
}
