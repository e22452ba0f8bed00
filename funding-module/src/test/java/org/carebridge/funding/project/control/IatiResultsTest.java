package org.carebridge.funding.project.control;

import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.control.IatiActivity.Indicator;
import org.carebridge.funding.project.control.IatiActivity.Narrative;
import org.carebridge.funding.project.control.IatiActivity.Org;
import org.carebridge.funding.project.control.IatiActivity.Period;
import org.carebridge.funding.project.entity.CoFunder;
import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;
import org.carebridge.funding.project.entity.ProjectTerms;
import org.carebridge.funding.project.entity.ReportStatus;
import org.carebridge.funding.project.entity.ServiceProject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IatiResultsTest {

    private static final long OWNER = 4;
    private static final long DISTRICT = 2;
    private static final long PROVIDER = 5;
    private static final long FUNDER = 6;
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 2, 28);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    private static final Map<Long, Org> ORGS = Map.of(
            OWNER, new Org("CN-CB-f1", "60", List.of(new Narrative("春晖基金会", null), new Narrative("Chunhui", "en"))),
            PROVIDER, new Org("CN-CB-s1", "22", List.of(new Narrative("阳光社工", null))),
            FUNDER, new Org("CN-CB-f2", "60", List.of(new Narrative("另一基金会", null))));

    private static ServiceProject project(String title, List<Kpi> kpis) {
        ServiceProject p = new ServiceProject(OWNER, DISTRICT, PROVIDER, null, null, new ProjectTerms(title,
                ServiceType.COUNSELLING, "心理辅导", Money.of("200000.00"), START, END, kpis,
                List.of(new CoFunder(FUNDER, Money.of("50000.00")))), "f1.admin", Instant.parse("2026-02-20T00:00:00Z"));
        try {
            Field id = ServiceProject.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(p, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private static final Kpi SESSIONS = new Kpi("个案辅导次数", Measure.SESSIONS, BigDecimal.ZERO, new BigDecimal("120"));
    private static final Kpi SATISFACTION = new Kpi("满意度", Measure.REPORTED, new BigDecimal("80"), new BigDecimal("90"));

    private static KpiProgress.Entry entry(Kpi k, String actual) {
        return KpiProgress.entry(k, actual == null ? null : new BigDecimal(actual));
    }

    private static IatiActivity twoKpisTwoReports(ServiceProject p) {
        List<IatiResults.Report> reports = List.of(
                new IatiResults.Report(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), ReportStatus.SUBMITTED,
                        List.of(entry(SESSIONS, "70"), entry(SATISFACTION, null))),
                new IatiResults.Report(START, LocalDate.of(2026, 5, 31), ReportStatus.ACCEPTED,
                        List.of(entry(SESSIONS, "31"), entry(SATISFACTION, "86.5"))),
                new IatiResults.Report(START, LocalDate.of(2026, 4, 30), ReportStatus.RETURNED,
                        List.of(entry(SESSIONS, "999"), entry(SATISFACTION, "1"))));
        List<KpiProgress.Entry> now = List.of(entry(SESSIONS, "75"), entry(SATISFACTION, "86.5"));
        return IatiResults.activity(p, PROVIDER, ORGS, reports, now, TODAY);
    }

    @Test
    void aProjectWithTwoKpisAndTwoReportsBecomesOneIndicatorPerKpiWithAPeriodPerReportAndTheWholePeriod() {
        IatiActivity a = twoKpisTwoReports(project("家庭支持", List.of(SESSIONS, SATISFACTION)));

        assertThat(a.identifier()).isEqualTo("CN-CB-s1-42");
        assertThat(a.reportingOrg().ref()).isEqualTo("CN-CB-s1");
        assertThat(a.defaultCurrency()).isEqualTo("CNY");
        assertThat(a.lang()).isEqualTo("zh");
        assertThat(a.participatingOrgs()).extracting(o -> o.ref() + "/" + o.role())
                .containsExactly("CN-CB-f1/1", "CN-CB-f2/1", "CN-CB-s1/4");
        assertThat(a.activityDates()).extracting(d -> d.type() + "@" + d.isoDate())
                .containsExactly("1@2026-03-01", "2@2026-03-01", "3@2027-02-28");

        // The computed KPI is an output, the reported one an outcome.
        assertThat(a.results()).extracting(IatiActivity.Result::type).containsExactly("1", "2");
        assertThat(a.results()).allSatisfy(r -> assertThat(r.aggregationStatus()).isFalse());
        Indicator sessions = a.results().get(0).indicators().get(0);
        Indicator satisfaction = a.results().get(1).indicators().get(0);
        assertThat(a.results()).flatExtracting(IatiActivity.Result::indicators).hasSize(2);

        assertThat(sessions.title()).isEqualTo("个案辅导次数");
        assertThat(sessions.measure()).isEqualTo("1");
        assertThat(sessions.ascending()).isTrue();
        assertThat(sessions.baseline().year()).isEqualTo(2026);
        assertThat(sessions.baseline().isoDate()).isEqualTo(START);
        assertThat(sessions.baseline().value()).isEqualByComparingTo("0");
        // the accepted report, the submitted one (in period order; the returned one left out), then the project
        List<Period> ps = sessions.periods();
        assertThat(ps).extracting(p -> p.periodStart() + ".." + p.periodEnd()).containsExactly(
                "2026-03-01..2026-05-31", "2026-06-01..2026-08-31", "2026-03-01..2027-02-28");
        assertThat(ps).allSatisfy(p -> assertThat(p.target().value()).isEqualByComparingTo("120"));
        assertThat(ps).extracting(p -> p.actual().value().stripTrailingZeros().toPlainString())
                .containsExactly("31", "70", "75");
        assertThat(ps.get(0).actual().comment()).extracting(Narrative::text).contains("Outcome report, accepted");
        assertThat(ps.get(1).actual().comment()).extracting(Narrative::text).contains("Outcome report, waiting for review");
        assertThat(ps.get(2).actual().comment()).extracting(Narrative::text).contains("Progress as of 2026-09-15");

        assertThat(satisfaction.title()).isEqualTo("满意度");
        assertThat(satisfaction.baseline().value()).isEqualByComparingTo("80");
        // the submitted report did not give satisfaction: its period has a target and no actual
        assertThat(satisfaction.periods()).hasSize(3);
        assertThat(satisfaction.periods().get(0).actual().value()).isEqualByComparingTo("86.5");
        assertThat(satisfaction.periods().get(1).actual()).isNull();
        assertThat(satisfaction.periods().get(1).target().value()).isEqualByComparingTo("90");
        assertThat(satisfaction.periods().get(2).actual().value()).isEqualByComparingTo("86.5");
    }

    @Test
    void theXmlHasTheIatiShapeWithPlainFiguresAndIsoDates() throws Exception {
        IatiActivity a = twoKpisTwoReports(project("家庭支持", List.of(SESSIONS, SATISFACTION)));
        byte[] bytes = IatiXml.bytes(new IatiActivities("2.03", Instant.parse("2026-09-15T02:03:04Z"), null, null, null,
                List.of(a)));
        Document doc = parse(bytes);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("iati-activities");
        assertThat(root.getAttribute("version")).isEqualTo("2.03");
        assertThat(root.getAttribute("generated-datetime")).isEqualTo("2026-09-15T02:03:04Z");
        Element activity = (Element) root.getElementsByTagName("iati-activity").item(0);
        assertThat(activity.getAttribute("default-currency")).isEqualTo("CNY");
        assertThat(activity.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("zh");
        assertThat(text(activity, "iati-identifier")).isEqualTo("CN-CB-s1-42");
        Element reporting = (Element) activity.getElementsByTagName("reporting-org").item(0);
        assertThat(reporting.getAttribute("ref")).isEqualTo("CN-CB-s1");
        assertThat(reporting.getAttribute("type")).isEqualTo("22");
        assertThat(((Element) activity.getElementsByTagName("activity-status").item(0)).getAttribute("code"))
                .isEqualTo("2");
        NodeList indicators = activity.getElementsByTagName("indicator");
        assertThat(indicators.getLength()).isEqualTo(2);
        Element first = (Element) indicators.item(0);
        assertThat(((Element) first.getElementsByTagName("baseline").item(0)).getAttribute("value")).isEqualTo("0");
        Element period = (Element) first.getElementsByTagName("period").item(0);
        assertThat(((Element) period.getElementsByTagName("period-start").item(0)).getAttribute("iso-date"))
                .isEqualTo("2026-03-01");
        assertThat(((Element) period.getElementsByTagName("target").item(0)).getAttribute("value")).isEqualTo("120");
        assertThat(((Element) period.getElementsByTagName("actual").item(0)).getAttribute("value")).isEqualTo("31");
        Element satisfaction = (Element) indicators.item(1);
        assertThat(((Element) satisfaction.getElementsByTagName("actual").item(0)).getAttribute("value"))
                .isEqualTo("86.5");
        // the element order IATI's schema asks for
        List<String> order = children(activity);
        assertThat(order).containsSubsequence("iati-identifier", "reporting-org", "title", "participating-org",
                "activity-status", "activity-date", "result");
    }

    @Test
    void titlesAndNamesAreEscapedAndWhatXmlCannotCarryIsDropped() throws Exception {
        Kpi odd = new Kpi("<b>率 & \"比\"", Measure.REPORTED, BigDecimal.ONE, BigDecimal.TEN);
        Map<Long, Org> orgs = new java.util.HashMap<>(ORGS);
        orgs.put(PROVIDER, new Org("CN-\"&<s1", "22", List.of(new Narrative("阳光 <社工> & \"伙伴\"", null))));
        IatiActivity a = IatiResults.activity(project("A<B & \"C\" \u0001项目", List.of(odd)), PROVIDER, orgs, List.of(),
                List.of(KpiProgress.entry(odd, null)), TODAY);
        byte[] bytes = IatiXml.bytes(new IatiActivities("2.03", Instant.EPOCH, null, null, null, List.of(a)));
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<b>").doesNotContain("A<B").doesNotContain("<社工>").contains("A&lt;B &amp;")
                .contains("&lt;b");
        Document doc = parse(bytes);
        Element activity = (Element) doc.getElementsByTagName("iati-activity").item(0);
        assertThat(text(activity, "iati-identifier")).isEqualTo("CN-\"&<s1-42");
        Element reporting = (Element) activity.getElementsByTagName("reporting-org").item(0);
        assertThat(reporting.getAttribute("ref")).isEqualTo("CN-\"&<s1");
        assertThat(reporting.getTextContent().strip()).isEqualTo("阳光 <社工> & \"伙伴\"");
        Element title = (Element) activity.getElementsByTagName("title").item(0);
        assertThat(title.getTextContent().strip()).isEqualTo("A<B & \"C\" 项目");
        Element indicator = (Element) activity.getElementsByTagName("indicator").item(0);
        assertThat(((Element) indicator.getElementsByTagName("title").item(0)).getTextContent().strip())
                .isEqualTo("<b>率 & \"比\"");
        // no report and no reported value yet: only the whole period, with its target
        assertThat(indicator.getElementsByTagName("period").getLength()).isEqualTo(1);
        assertThat(indicator.getElementsByTagName("actual").getLength()).isZero();
    }

    @Test
    void statusCodesFollowTheProjectsStateAndPeriod() {
        ServiceProject p = project("家庭支持", List.of(SESSIONS));
        assertThat(IatiResults.activityStatus(p, START.minusDays(1))).isEqualTo("1");
        assertThat(IatiResults.activityStatus(p, START)).isEqualTo("2");
        assertThat(IatiResults.activityStatus(p, END)).isEqualTo("2");
        assertThat(IatiResults.activityStatus(p, END.plusDays(1))).isEqualTo("3");
        p.accept(END.plusDays(3));
        assertThat(IatiResults.activityStatus(p, END.plusDays(5))).isEqualTo("4");
        assertThat(IatiResults.activityDates(p, END.plusDays(5))).extracting(d -> d.type() + "@" + d.isoDate())
                .containsExactly("1@2026-03-01", "2@2026-03-01", "3@2027-02-28", "4@2027-03-03");

        ServiceProject early = project("家庭支持", List.of(SESSIONS));
        early.end("资金中止", TODAY, null);
        assertThat(IatiResults.activityStatus(early, TODAY)).isEqualTo("5");
        ServiceProject handedOver = project("家庭支持", List.of(SESSIONS));
        handedOver.end("移交", TODAY, 77L);
        assertThat(IatiResults.activityStatus(handedOver, TODAY)).isEqualTo("4");

        ServiceProject notStarted = project("家庭支持", List.of(SESSIONS));
        assertThat(IatiResults.activityDates(notStarted, START.minusDays(1))).extracting(IatiActivity.ActivityDate::type)
                .containsExactly("1", "3");

        assertThat(IatiResults.organisationType(TenantKind.DISTRICT)).isEqualTo("11");
        assertThat(IatiResults.organisationType(TenantKind.CITY_BUREAU)).isEqualTo("11");
        assertThat(IatiResults.organisationType(TenantKind.FOUNDATION)).isEqualTo("60");
        assertThat(IatiResults.organisationType(TenantKind.SERVICE_ORG)).isEqualTo("22");
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static List<String> children(Element e) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < e.getChildNodes().getLength(); i++) {
            if (e.getChildNodes().item(i) instanceof Element c) {
                names.add(c.getTagName());
            }
        }
        return names;
    }
}
