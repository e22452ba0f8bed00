package org.carebridge.funding.project.boundary;

import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.control.Delivered;
import org.carebridge.funding.project.control.KpiProgress;
import org.carebridge.funding.project.control.ProjectAccess;
import org.carebridge.funding.project.entity.ProjectStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A project as a participant sees it: the contract (with co-funders' shares and the owner's), what
 * the caller's parts are, and — in the full view — KPI progress computed from service records,
 * milestones and the amendment history. Lists leave the detail lists null.
 */
public record ProjectView(long id, long version, String title, ServiceType serviceType, String description,
                          String owner, String district, String provider, Long tenderId, BigDecimal amount,
                          BigDecimal ownerShare, LocalDate periodStart, LocalDate periodEnd, ProjectStatus status,
                          int revision, Set<ProjectAccess.Part> parts, List<FunderView> coFunders,
                          List<KpiProgress.Entry> kpis, Delivered delivered, List<MilestoneView> milestones,
                          List<AmendmentView> amendments, BigDecimal payable, LocalDate endedOn, String endReason,
                          Long successorId) {

    /** A co-funder and its share. */
    public record FunderView(String code, String name, BigDecimal share) {
    }

    /** One numbered contract revision. */
    public record AmendmentView(int revision, Instant at, String by, String reason, String changes) {
    }
}
