package org.carebridge.care.figures.boundary;

import org.carebridge.core.tenant.entity.TenantKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scope (a district, an organisation, or the city's districts) over a period of
 * months. Monthly series are lists aligned with {@link #months}; the rest are totals over the
 * period, or as of today where the name says so. Counts only: no row about a child.
 *
 * @param money             whether the viewer may see money: without it {@code funds} is empty, {@code paidByMonth}
 *                          zeros and {@code perDistrict[].paidInPeriod} null
 * @param supportedNow      children in the register with support, today
 * @param supported         children with an allowance paid for the month (distinct)
 * @param supportedByCategory the same, per category (a child with two categories counts in both)
 * @param admissions        admissions confirmed by the monthly review, by month
 * @param exits             exits confirmed by the monthly review, by month
 * @param visitsDone        home visits done, by the month they were made
 * @param visitsPlanned     home visits planned for the month (not cancelled)
 * @param assessments       guardianship assessments, by month
 * @param overdueConfirmations help-first cases past their confirmation deadline, today
 * @param servicesByType    service records delivered in the period by type (void ones excluded)
 * @param projectsByStatus  service projects by status, today
 * @param funds             each fund's money, today, and what it paid in the period
 * @param paidByMonth       money paid out of the scope's funds, by month
 * @param perDistrict       for the city: the same totals per district
 */
public record FigureSet(TenantKind kind, Long district, String from, String to, List<String> months,
                        boolean money, long supportedNow, List<Long> supported, Map<String, List<Long>> supportedByCategory, List<Long> admissions,
                        List<Long> exits, List<Long> visitsDone, List<Long> visitsPlanned, List<Long> assessments,
                        Map<String, Long> assessmentsByRisk, long overdueConfirmations,
                        Map<String, Long> servicesByType, Map<String, Long> projectsByStatus, List<FundFigure> funds,
                        List<BigDecimal> paidByMonth, List<DistrictTotals> perDistrict) {

    /** A fund: {@code budgeted} (money put in), {@code committed} (approved, unpaid), {@code paid} (all time, net of returns) and paid in the period. */
    public record FundFigure(long id, String name, String district, String kind, BigDecimal budgeted,
                             BigDecimal committed, BigDecimal paid, BigDecimal paidInPeriod) {
    }

    /** One district's totals over the period (the city's table). */
    public record DistrictTotals(long id, String code, String name, long supportedNow, long admissions, long exits,
                                 long visitsDone, long visitsPlanned, long assessments, long services,
                                 long overdueConfirmations, BigDecimal paidInPeriod) {
    }

    public static long sum(List<Long> series) {
        return series.stream().mapToLong(Long::longValue).sum();
    }
}
