package org.carebridge.funding.project.boundary;

import org.carebridge.funding.project.entity.ReportKind;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An outcome report as submitted: the project, PERIODIC or FINAL, the period (yyyy-MM-dd), narrative,
 * evidence, values of the project's reported KPIs by name, and (final reports) the self-assessment score.
 */
public record ReportInput(Long projectId, ReportKind kind, String periodFrom, String periodTo, String narrative,
                          String evidence, Map<String, BigDecimal> values, BigDecimal selfScore) {
}
