package org.carebridge.funding.project.boundary;

import org.carebridge.core.value.ServiceType;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's terms as entered. From an award ({@code tenderId} set) the provider is the awarded
 * bidder, the district is the tendering one and title, type and period default to the tender's and
 * the amount to the awarded price; a foundation's own project names its {@code provider} and the
 * {@code district} whose children it serves by tenant code.
 */
public record ProjectInput(Long tenderId, String provider, String district, String title, ServiceType serviceType,
                           String description, String amount, String periodStart, String periodEnd,
                           List<KpiInput> kpis, List<MilestoneInput> milestones, List<FunderInput> coFunders) {

    /** A KPI: name, how it is measured, baseline and target. */
    public record KpiInput(String name, String measure, BigDecimal baseline, BigDecimal target) {
    }

    /** A milestone: deliverable, due date (yyyy-MM-dd), amount released, evidence required. */
    public record MilestoneInput(String deliverable, String dueOn, String amount, String evidenceRequired) {
    }

    /** A co-funding foundation by tenant code, with its share of the amount. */
    public record FunderInput(String funder, String share) {
    }
}
