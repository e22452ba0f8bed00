package org.carebridge.funding.project.boundary;

import org.carebridge.funding.project.control.Indicators;
import org.carebridge.funding.project.entity.OutcomeReport;
import org.carebridge.funding.project.entity.ReportKind;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ReportedValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An outcome report with its computed indicators as submitted, the review and (final) the scores. */
public record OutcomeReportView(long id, long version, long projectId, String projectTitle, String author,
                                ReportKind kind, LocalDate periodFrom, LocalDate periodTo, String narrative,
                                String evidence, Indicators indicators, Map<String, BigDecimal> values,
                                ReportStatus status, String submittedBy, Instant submittedAt, BigDecimal selfScore,
                                BigDecimal districtScore, BigDecimal thirdPartyScore, String thirdPartyName,
                                BigDecimal jointScore, String reviewedBy, Instant reviewedAt, String reviewNote) {

    static OutcomeReportView of(OutcomeReport r, String projectTitle, String author, boolean full) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ReportedValue v : r.getValues()) {
            values.put(v.getKpiName(), v.getValue());
        }
        return new OutcomeReportView(r.getId(), r.getVersion(), r.getProjectId(), projectTitle, author, r.getKind(),
                r.getPeriodFrom(), r.getPeriodTo(), full ? r.getNarrative() : null, full ? r.getEvidence() : null,
                full ? Indicators.fromJson(r.getIndicators()) : null, values, r.getStatus(), r.getSubmittedBy(),
                r.getSubmittedAt(), r.getSelfScore(), r.getDistrictScore(), r.getThirdPartyScore(),
                r.getThirdPartyName(), r.getJointScore(), r.getReviewedBy(), r.getReviewedAt(), r.getReviewNote());
    }
}
