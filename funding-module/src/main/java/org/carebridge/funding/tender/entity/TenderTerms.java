package org.carebridge.funding.tender.entity;

import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a district states in a tender; checked by {@link Tender}. */
public record TenderTerms(String title, ServiceType serviceType, String description, String targetGroups,
                          int childrenTarget, String area, Money budgetCeiling, LocalDate periodStart,
                          LocalDate periodEnd, String kpis, List<Criterion> criteria, String requiredDocuments,
                          Instant bidDeadline) {
}
