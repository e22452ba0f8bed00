package org.carebridge.funding.project.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One accepted project of a provider: its final acceptance's scores (the provider's performance history). */
public record PerformanceView(long projectId, String projectTitle, String purchaser, LocalDate acceptedOn,
                              BigDecimal jointScore, BigDecimal districtScore, BigDecimal selfScore,
                              BigDecimal thirdPartyScore) {
}
