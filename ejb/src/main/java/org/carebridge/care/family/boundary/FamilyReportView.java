package org.carebridge.care.family.boundary;

import org.carebridge.care.family.entity.FamilyReport;
import org.carebridge.care.family.entity.ReportKind;

import java.time.Instant;

/** A change a family reported, for the district's staff: what, when, and whether someone handled it. */
public record FamilyReportView(long id, long childId, ReportKind what, String detail, Instant reportedAt, String status,
                               String handledBy, Instant handledAt) {

    static FamilyReportView of(FamilyReport r) {
        return new FamilyReportView(r.getId(), r.getChildId(), r.getWhat(), r.getDetail(), r.getReportedAt(),
                r.getStatus(), r.getHandledBy(), r.getHandledAt());
    }
}
