package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures and the work report against counts computed directly in SQL (through the test-only
 * {@link SqlProbeResource}) on the demo data: a district's figures are its own rows, the city's are the
 * sum of its districts and no case record, the work report's DOCX and PDF carry the live numbers, and its
 * template refuses typed digits. The database may be shared with other classes (MariaDB), so each
 * figure is compared with a count taken in the same test, never with a constant.
 */
class ReportingIT extends ApiIT {

    private final YearMonth to = YearMonth.from(TODAY);
    private final YearMonth from = to.minusMonths(11);
    private final String period = "from=" + from + "&to=" + to;
    private final String first = "DATE '" + from.atDay(1) + "'";
    private final String last = "DATE '" + to.atEndOfMonth() + "'";

    private String sql(String token, String query) {
        Api.Res r = api.get("api/v1/test/sql?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getString("value");
    }

    private long count(String token, String query) {
        String v = sql(token, query);
        return v.isEmpty() ? 0 : new BigDecimal(v).longValueExact();
    }

    private static long sum(JsonArray series) {
        return series.getValuesAs(JsonNumber.class).stream().mapToLong(JsonNumber::longValue).sum();
    }

    private JsonObject figures(String token, String query) {
        Api.Res r = api.get("api/v1/figures?" + query, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void districtFiguresAreItsOwnRowsCountedInSql() {
        String d1 = api.token("d1.admin");
        long id = count(d1, "select id from cb_tenant where code = 'd1'");
        long d2 = count(d1, "select id from cb_tenant where code = 'd2'");
        JsonObject f = figures(d1, period);
        assertThat(f.getString("kind")).isEqualTo("DISTRICT");
        assertThat(f.getJsonArray("months")).hasSize(12);

        assertThat(sum(f.getJsonArray("visitsDone"))).isEqualTo(count(d1, "select count(*) from cb_visit where tenant_id = "
                + id + " and status = 'DONE' and visited_on >= " + first + " and visited_on <= " + last)).isPositive();
        assertThat(sum(f.getJsonArray("visitsPlanned"))).isEqualTo(count(d1, "select count(*) from cb_visit where tenant_id = "
                + id + " and status <> 'CANCELLED' and planned_on >= " + first + " and planned_on <= " + last));
        assertThat(sum(f.getJsonArray("assessments"))).isEqualTo(count(d1, "select count(*) from cb_assessment where tenant_id = "
                + id + " and assessed_at >= TIMESTAMP '" + from.atDay(1) + " 00:00:00' and assessed_at < TIMESTAMP '"
                + to.plusMonths(1).atDay(1) + " 00:00:00'")).isPositive();
        assertThat(f.getJsonNumber("supportedNow").longValue()).isEqualTo(count(d1, "select count(*) from cb_child where tenant_id = "
                + id + " and status = 'SUPPORTED'")).isPositive();
        assertThat(f.getJsonNumber("overdueConfirmations").longValue()).isEqualTo(count(d1, "select count(*) from cb_application"
                + " where tenant_id = " + id + " and status = 'SUPPORTING' and confirmation_deadline < DATE '" + TODAY + "'"));
        String review = "select count(*) from cb_review_entry e join cb_review_board b on b.id = e.board_id where e.tenant_id = "
                + id + " and b.status = 'CONFIRMED' and e.dismissed_reason is null and b.month_start >= " + first
                + " and b.month_start <= " + last + " and e.direction = ";
        assertThat(sum(f.getJsonArray("admissions"))).isEqualTo(count(d1, review + "'ADMISSION'")).isPositive();
        assertThat(sum(f.getJsonArray("exits"))).isEqualTo(count(d1, review + "'EXIT'")).isPositive();
        // Children paid for last month, by category and in all.
        YearMonth lastMonth = to.minusMonths(1);
        String paid = " from cb_payment_line l join cb_payment_run r on r.id = l.run_id join cb_child c on c.id = l.child_id"
                + " where l.tenant_id = " + id + " and r.status = 'PAID' and l.for_month = DATE '" + lastMonth.atDay(1) + "'";
        assertThat(f.getJsonArray("supported").getJsonNumber(10).longValue())
                .isEqualTo(count(d1, "select count(distinct l.child_id)" + paid)).isPositive();
        assertThat(f.getJsonObject("supportedByCategory").getJsonArray("ORPHAN").getJsonNumber(10).longValue())
                .isEqualTo(count(d1, "select count(distinct l.child_id)" + paid + " and c.categories like '%,ORPHAN,%'"));
        JsonObject services = f.getJsonObject("servicesByType");
        assertThat(services).isNotEmpty();
        for (String type : services.keySet()) {
            assertThat(services.getJsonNumber(type).longValue()).as(type).isEqualTo(count(d1, "select count(*) from"
                    + " cb_service_record where tenant_id = " + id + " and void_reason is null and service_type = '" + type
                    + "' and delivered_on >= " + first + " and delivered_on <= " + last));
        }
        // Money: the same committed and paid as the funds page, top-ups as budgeted, and the months add up.
        JsonArray funds = Json.createReader(new java.io.StringReader(api.get("api/v1/funds", d1).body())).readArray();
        JsonArray figureFunds = f.getJsonArray("funds");
        assertThat(figureFunds).hasSameSizeAs(funds);
        BigDecimal inPeriod = BigDecimal.ZERO;
        for (JsonValue v : figureFunds) {
            JsonObject ff = v.asJsonObject();
            JsonObject fund = funds.getValuesAs(JsonObject.class).stream()
                    .filter(x -> x.getJsonNumber("id").longValue() == ff.getJsonNumber("id").longValue()).findFirst().orElseThrow();
            assertThat(ff.getJsonNumber("paid").bigDecimalValue()).isEqualByComparingTo(fund.getJsonNumber("spent").bigDecimalValue());
            assertThat(ff.getJsonNumber("committed").bigDecimalValue())
                    .isEqualByComparingTo(fund.getJsonNumber("committed").bigDecimalValue());
            // (A fund another suite made without a top-up, on a shared database, has budgeted 0.)
            assertThat(ff.getJsonNumber("budgeted").bigDecimalValue()).isEqualByComparingTo(new BigDecimal(sql(d1,
                    "select coalesce(sum(p.amount), 0) from cb_posting p join cb_journal_entry e on e.id = p.entry_id"
                            + " join cb_fund f on f.account_id = p.account_id where e.kind = 'TOP_UP' and f.id = "
                            + ff.getJsonNumber("id"))));
            inPeriod = inPeriod.add(ff.getJsonNumber("paidInPeriod").bigDecimalValue());
        }
        BigDecimal months = f.getJsonArray("paidByMonth").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::bigDecimalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(months).isEqualByComparingTo(inPeriod).isPositive();
        // A caseworker sees the care figures but no money.
        String caseworker = api.token("d1.caseworker");
        JsonObject care = figures(caseworker, period);
        assertThat(care.getBoolean("money")).isFalse();
        assertThat(care.getJsonArray("funds")).isEmpty();
        assertThat(sum(care.getJsonArray("visitsDone"))).isEqualTo(sum(f.getJsonArray("visitsDone")));
        assertThat(care.getJsonArray("paidByMonth").getValuesAs(JsonNumber.class))
                .allSatisfy(x -> assertThat(x.bigDecimalValue()).isZero());
        assertThat(api.get("api/v1/figures/project-costs", caseworker).status()).isEqualTo(403);
        assertThat(api.get("api/v1/figures/work-report/values", caseworker).status()).isEqualTo(403);
        assertThat(f.getBoolean("money")).isTrue();
        // Another district's figures are "not found"; a bad period is a 400 with its message.
        assertThat(api.get("api/v1/figures?district=" + d2, d1).status()).isEqualTo(404);
        Api.Res bad = api.get("api/v1/figures?from=2026-13", d1);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("messageKey")).isEqualTo("figures.period.invalid");
        assertThat(api.get("api/v1/figures?from=2020-01&to=2026-01", d1).json().getString("messageKey"))
                .isEqualTo("figures.period.length");
    }

    @Test
    void theCitySeesEveryDistrictAddedUpAndNoCaseRecord() {
        String city = api.token("city.viewer");
        String d1 = api.token("d1.admin");
        long d1Id = count(d1, "select id from cb_tenant where code = 'd1'");
        long f1Id = count(d1, "select id from cb_tenant where code = 'f1'");
        JsonObject all = figures(city, period);
        assertThat(all.getString("kind")).isEqualTo("CITY_BUREAU");
        long cityDone = sum(all.getJsonArray("visitsDone"));
        assertThat(cityDone).isEqualTo(count(d1, "select count(*) from cb_visit v join cb_tenant t on t.id = v.tenant_id"
                + " where t.kind = 'DISTRICT' and v.status = 'DONE' and v.visited_on >= " + first + " and v.visited_on <= " + last));
        JsonArray rows = all.getJsonArray("perDistrict");
        assertThat(rows.getValuesAs(JsonObject.class).stream().mapToLong(r -> r.getJsonNumber("visitsDone").longValue()).sum())
                .isEqualTo(cityDone);
        JsonObject own = figures(d1, period);
        JsonObject d1Row = rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("code").equals("d1"))
                .findFirst().orElseThrow();
        assertThat(d1Row.getJsonNumber("visitsDone").longValue()).isEqualTo(sum(own.getJsonArray("visitsDone")));
        assertThat(d1Row.getJsonNumber("assessments").longValue()).isEqualTo(sum(own.getJsonArray("assessments")));
        assertThat(d1Row.getJsonNumber("supportedNow").longValue()).isEqualTo(own.getJsonNumber("supportedNow").longValue());
        assertThat(d1Row.getJsonNumber("paidInPeriod").bigDecimalValue()).isEqualByComparingTo(own.getJsonArray("paidByMonth")
                .getValuesAs(JsonNumber.class).stream().map(JsonNumber::bigDecimalValue).reduce(BigDecimal.ZERO, BigDecimal::add));
        // One district picked: exactly that district's figures.
        JsonObject picked = figures(city, period + "&district=" + d1Id);
        assertThat(sum(picked.getJsonArray("visitsDone"))).isEqualTo(sum(own.getJsonArray("visitsDone")));
        assertThat(picked.getJsonObject("servicesByType")).isEqualTo(own.getJsonObject("servicesByType"));
        assertThat(api.get("api/v1/figures?district=" + f1Id, city).status()).isEqualTo(404);
        // Counts only: the city cannot list children, and no child's name is in its figures.
        assertThat(api.get("api/v1/children", city).status()).isEqualTo(403);
        String body = api.get("api/v1/figures?" + period, city).body();
        for (JsonObject child : api.get("api/v1/children?limit=20", d1).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            assertThat(body).doesNotContain(child.getString("name"));
        }
        // A foundation's figures are its own projects, services and funds: no register.
        JsonObject f1 = figures(api.token("f1.admin"), period);
        assertThat(f1.getString("kind")).isEqualTo("FOUNDATION");
        assertThat(sum(f1.getJsonArray("visitsDone"))).isZero();
        assertThat(f1.getJsonArray("perDistrict")).isEmpty();
        assertThat(f1.getJsonObject("projectsByStatus")).isNotEmpty();
    }

    @Test
    void theWorkReportCarriesTheLiveNumbersInWordAndPdf() throws Exception {
        String city = api.token("city.viewer");
        String d1 = api.token("d1.admin");
        JsonObject values = api.get("api/v1/figures/work-report/values?" + period, city).json();
        String inDistricts = " join cb_tenant t on t.id = x.tenant_id where t.kind = 'DISTRICT'";
        assertThat(values.getString("visitsDone")).isEqualTo(n(count(d1, "select count(*) from cb_visit x" + inDistricts
                + " and x.status = 'DONE' and x.visited_on >= " + first + " and x.visited_on <= " + last)));
        long adultOrphans = count(d1, "select count(*) from cb_review_entry x join cb_review_board b on b.id = x.board_id"
                + " join cb_child c on c.id = x.child_id" + inDistricts + " and b.status = 'CONFIRMED' and x.reason = 'TURNED_18'"
                + " and x.dismissed_reason is null and c.categories like '%,ORPHAN,%' and b.month_start >= " + first
                + " and b.month_start <= " + last);
        assertThat(values.getString("adultOrphans")).isEqualTo(n(adultOrphans));
        assertThat(adultOrphans).isPositive();
        long educated = count(d1, "select count(distinct x.child_id) from cb_payment_line x join cb_payment_run r on r.id = x.run_id"
                + " join cb_allowance_scheme s on s.id = x.scheme_id" + inDistricts + " and r.status = 'PAID'"
                + " and x.bank_status <> 'FAILED' and s.purpose = 'EDUCATION_AID' and x.for_month >= " + first
                + " and x.for_month <= " + last);
        assertThat(values.getString("educationAidChildren")).isEqualTo(n(educated));
        assertThat(values.getString("supportedNow")).isEqualTo(n(count(d1, "select count(*) from cb_child x" + inDistricts
                + " and x.status = 'SUPPORTED'")));
        assertThat(values.getString("rates")).contains("孤儿基本生活费");

        HttpResponse<byte[]> docx = api.getBytes("api/v1/figures/work-report?format=docx&" + period, city);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains("work-report-city-").contains(".docx");
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            word = extractor.getText();
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(4);
            // The monthly appendix: a row per month, visits done as the figures count them.
            assertThat(doc.getTables().get(1).getRows()).hasSize(13);
        }
        assertThat(word).contains("全市困境儿童保障工作情况汇报").contains("期内共完成家庭走访" + values.getString("visitsDone") + "次")
                .contains("期内有" + values.getString("adultOrphans") + "名孤儿年满十八周岁")
                .contains("为" + values.getString("educationAidChildren") + "名事实无人抚养儿童发放助学补贴");
        for (Map.Entry<String, JsonValue> e : values.entrySet()) {
            assertThat(word).as(e.getKey()).contains(((jakarta.json.JsonString) e.getValue()).getString());
        }

        HttpResponse<byte[]> pdf = api.getBytes("api/v1/figures/work-report?format=pdf&" + period, city);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text;
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("全市困境儿童保障工作情况汇报").contains("期内共完成家庭走访" + values.getString("visitsDone") + "次")
                .contains("附表一").contains(values.getString("allowancePaid"));

        assertThat(api.get("api/v1/figures/work-report?format=xls", city).json().getString("messageKey"))
                .isEqualTo("report.format.unknown");
        assertThat(api.get("api/v1/figures/work-report/values", api.token("f1.admin")).status()).isEqualTo(404);
    }

    @Test
    void theTemplateNamesFiguresAndTypesNoNumber() throws Exception {
        String admin = api.token("d2.admin");
        String typed = Json.createObjectBuilder().add("title", "{{scope}}汇报").add("body", "期内走访了 12 次。").build().toString();
        Api.Res r = api.send("PUT", "api/v1/figures/work-report/template", admin, typed);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getString("messageKey")).isEqualTo("report.template.digits");
        r = api.send("PUT", "api/v1/figures/work-report/template", admin, Json.createObjectBuilder()
                .add("title", "{{scope}}汇报").add("body", "期内走访{{visitsMade}}次。").build().toString());
        assertThat(r.json().getString("messageKey")).isEqualTo("report.template.unknown");
        assertThat(api.send("PUT", "api/v1/figures/work-report/template", api.token("d2.caseworker"), Json.createObjectBuilder()
                .add("title", "{{scope}}汇报").add("body", "走访{{visitsDone}}次。").build().toString()).status()).isEqualTo(403);

        r = api.send("PUT", "api/v1/figures/work-report/template", admin, Json.createObjectBuilder()
                .add("title", "{{scope}}年度汇报（修订稿）").add("body", "期内走访{{visitsDone}}次。\n\n评估{{assessments}}次，高风险{{assessmentsHigh}}次。")
                .build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().getBoolean("custom")).isTrue();
        JsonObject values = api.get("api/v1/figures/work-report/values?" + period, admin).json();
        HttpResponse<byte[]> docx = api.getBytes("api/v1/figures/work-report?" + period, admin);
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            word = extractor.getText();
        }
        assertThat(word).contains("延庆区年度汇报（修订稿）").contains("期内走访" + values.getString("visitsDone") + "次。")
                .contains("评估" + values.getString("assessments") + "次，高风险" + values.getString("assessmentsHigh") + "次。")
                .doesNotContain("一是着力协调");
        // Another district keeps the portal's text.
        assertThat(api.get("api/v1/figures/work-report/template", api.token("d1.admin")).json().getBoolean("custom")).isFalse();
        r = api.send("DELETE", "api/v1/figures/work-report/template", admin, null);
        assertThat(r.json().getBoolean("custom")).isFalse();
        assertThat(r.json().getString("body")).startsWith("现将{{period}}{{scope}}");
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
