package org.carebridge.funding.project.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project as an IATI activity (IATI Standard 2.03): who reports it, its title, the parties, status
 * and dates, and its results — one indicator per KPI with the baseline and, per period, the target and
 * the actual. Codes are IATI codelist codes (as strings, as the codelists have them). KPI figures only:
 * nothing about a child. {@link IatiXml} writes it as XML; JSON-B writes it as it is.
 */
public record IatiActivity(String identifier, String defaultCurrency, String lang, Org reportingOrg, String title,
                           List<ParticipatingOrg> participatingOrgs, String activityStatus,
                           List<ActivityDate> activityDates, List<Result> results) {

    /** An organisation: its IATI identifier, OrganisationType code and name (Chinese, and English if known). */
    public record Org(String ref, String type, List<Narrative> name) {
    }

    /** A party to the activity in an OrganisationRole (1 funding, 4 implementing). */
    public record ParticipatingOrg(String ref, String role, String type, List<Narrative> name) {
    }

    /** An ActivityDateType (1 planned start, 2 actual start, 3 planned end, 4 actual end) and its day. */
    public record ActivityDate(String type, LocalDate isoDate) {
    }

    /** A text in a language; {@code lang} null means the activity's default language. */
    public record Narrative(String text, String lang) {
    }

    /** A ResultType (1 output, 2 outcome) with its indicators; not aggregatable across activities. */
    public record Result(String type, boolean aggregationStatus, List<Narrative> title, List<Indicator> indicators) {
    }

    /** One KPI: IndicatorMeasure code, ascending (targets lie above baselines), the baseline, the periods. */
    public record Indicator(String measure, boolean ascending, String title, Baseline baseline, List<Period> periods) {
    }

    /** The KPI's baseline, dated at the project's start. */
    public record Baseline(int year, LocalDate isoDate, BigDecimal value) {
    }

    /** A reporting period: the target and (when known) the actual with a comment on where it comes from. */
    public record Period(LocalDate periodStart, LocalDate periodEnd, Value target, Value actual) {
    }

    /** A figure, with an optional comment in one or more languages. */
    public record Value(BigDecimal value, List<Narrative> comment) {
    }
}
