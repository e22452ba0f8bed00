package org.carebridge.funding.project.entity;

import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;

import java.time.LocalDate;
import java.util.List;

/** The terms of a project's contract, as created or amended. */
public record ProjectTerms(String title, ServiceType serviceType, String description, Money amount,
                           LocalDate periodStart, LocalDate periodEnd, List<Kpi> kpis, List<CoFunder> coFunders) {
}
