package org.carebridge.web.it;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * List exports as a person gets them from the pages (no browser: form posts with the view state): the
 * file holds every row of the filter the table shows, as the table shows it (resident IDs masked),
 * in the tenant only; formula-like text is neutralised in CSV and a plain quote-prefixed string in
 * XLSX; each export is audited; the URL's filter parameters set the list and its export; a long list
 * goes to the background and its file reaches the person who asked, nobody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+)");
    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern DOWNLOAD = Pattern.compile("app/export-file\\?id=([0-9a-f]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal().addClasses(TestExportLimits.class, ExportThresholdResource.class);
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private PageSession login(String user) {
        PageSession s = new PageSession(api.base());
        assertThat(s.login(user, Api.PASSWORD).statusCode()).isEqualTo(302);
        return s;
    }

    /** Opens the page and clicks an export button on it; returns the page's HTML and the answer. */
    private record Click(String page, HttpResponse<byte[]> answer) {
        String text() {
            return new String(answer.body(), StandardCharsets.UTF_8);
        }
    }

    private static Click export(PageSession s, String path, String form, String button) {
        HttpResponse<String> page = s.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        HttpResponse<byte[]> answer = s.postFormBytes(action, PageSession.formBody(page.body(), form,
                Map.of(form + ":" + button, "")));
        return new Click(page.body(), answer);
    }

    private static long pageTotal(String html) {
        Matcher m = TOTAL.matcher(html);
        assertThat(m.find()).as("the page shows its total").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> csvLines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff");
        List<String> lines = new ArrayList<>(List.of(text.substring(1).split("\r?\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    private static XSSFWorkbook xlsx(byte[] body) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(XSSFWorkbook wb) {
        List<List<String>> rows = new ArrayList<>();
        Sheet sheet = wb.getSheetAt(0);
        for (Row r : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r) {
                assertThat(c.getCellType()).as("no formula anywhere").isNotEqualTo(CellType.FORMULA);
                cells.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                        : c.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String han(long n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append((char) (0x4E00 + (int) (n % 2000)));
            n /= 2000;
        }
        return b.toString();
    }

    @Test
    void theRegisterExportsEveryRowOfItsFilterMaskedAndOnlyInItsTenant() {
        String cw = api.token("d1.caseworker");
        String name = "导出" + han(System.nanoTime());
        Api.Res created = api.send("POST", "api/v1/children", cw, "{\"name\":\"" + name + "\",\"residentId\":\""
                + TestIds.residentId("110112", LocalDate.of(2015, 3, 9), false) + "\",\"residenceRegion\":\"110112003\","
                + "\"categories\":[\"LEFT_BEHIND\"],\"careSetting\":\"FAMILY\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long apiTotal = api.get("api/v1/children?size=1", cw).json().getJsonNumber("total").longValue();

        PageSession d1 = login("d1.caseworker");
        Click csv = export(d1, "app/children.xhtml", "childrenForm", "childrenCsv");
        assertThat(csv.answer().statusCode()).isEqualTo(200);
        assertThat(csv.answer().headers().firstValue("Content-Disposition").orElse(""))
                .contains("children-" + TODAY + ".csv");
        assertThat(pageTotal(csv.page())).isEqualTo(apiTotal);
        List<String> lines = csvLines(csv.answer().body());
        assertThat(lines.get(0)).contains("\"姓名\"").contains("\"身份证号码\"").doesNotContain("操作");
        assertThat(lines).hasSize((int) apiTotal + 1);
        assertThat(csv.text()).contains(name).doesNotContain("<span").doesNotContain("<a ");
        assertThat(FULL_ID.matcher(csv.text()).find()).as("no resident ID in full").isFalse();
        assertThat(csv.text()).contains("**********");

        Click x = export(d1, "app/children.xhtml", "childrenForm", "childrenXlsx");
        assertThat(x.answer().statusCode()).isEqualTo(200);
        assertThat(x.answer().headers().firstValue("Content-Disposition").orElse(""))
                .contains("children-" + TODAY + ".xlsx");
        try (XSSFWorkbook wb = xlsx(x.answer().body())) {
            List<List<String>> rows = rows(wb);
            assertThat(rows).hasSize((int) apiTotal + 1);
            assertThat(rows.get(0)).contains("姓名", "身份证号码");
            assertThat(rows.stream().map(r -> String.join("|", r)).filter(r -> r.contains(name))).hasSize(1);
            assertThat(rows.stream().skip(1).map(r -> r.get(3)).filter(id -> !id.isEmpty()))
                    .allMatch(id -> id.contains("**********"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        PageSession d2 = login("d2.caseworker");
        Click other = export(d2, "app/children.xhtml", "childrenForm", "childrenCsv");
        assertThat(other.answer().statusCode()).isEqualTo(200);
        long d2Total = api.get("api/v1/children?size=1", api.token("d2.caseworker")).json().getJsonNumber("total").longValue();
        assertThat(csvLines(other.answer().body())).hasSize((int) d2Total + 1);
        assertThat(other.text()).doesNotContain(name);

        String trail = api.get("api/v1/audit?limit=50", api.token("d1.admin")).body();
        assertThat(trail).contains("CHILDREN_EXPORTED").contains("children csv rows=" + apiTotal)
                .contains("children xlsx rows=" + apiTotal).contains("d1.caseworker");
        assertThat(api.get("api/v1/audit?limit=50", api.token("d2.admin")).body()).contains("children csv rows=" + d2Total)
                .doesNotContain(name);
    }

    @Test
    void formulaLikeTextIsNeutralisedInBothFormats() {
        String cw = api.token("d1.caseworker");
        String tag = han(System.nanoTime());
        for (String foundAt : List.of("=1+2*3" + tag, "@SUM(A1:A9)" + tag, "-2+3" + tag, "+7" + tag)) {
            Api.Res lead = api.send("POST", "api/v1/leads", cw, "{\"childName\":\"线索" + tag + "\",\"foundAt\":\""
                    + foundAt + "\",\"regionCode\":\"110112003\",\"categories\":[\"LEFT_BEHIND\"]}");
            assertThat(lead.status()).as(lead.body()).isEqualTo(201);
        }
        PageSession d1 = login("d1.caseworker");
        Click csv = export(d1, "app/leads.xhtml", "leadsForm", "leadsCsv");
        assertThat(csv.answer().statusCode()).isEqualTo(200);
        assertThat(csv.text()).contains("\"'=1+2*3" + tag + "\"").contains("\"'@SUM(A1:A9)" + tag + "\"")
                .contains("\"'-2+3" + tag + "\"").contains("\"'+7" + tag + "\"")
                .doesNotContain("\"=1+2*3").contains("\"发现地点\"");
        assertThat(csvLines(csv.answer().body())).hasSize((int) pageTotal(csv.page()) + 1);

        Click x = export(d1, "app/leads.xhtml", "leadsForm", "leadsXlsx");
        try (XSSFWorkbook wb = xlsx(x.answer().body())) {
            rows(wb);
            int found = 0;
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().endsWith(tag)
                            && c.getStringCellValue().matches("[=@+-].*")) {
                        assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
                        found++;
                    }
                }
            }
            assertThat(found).isEqualTo(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(api.get("api/v1/audit?limit=50", api.token("d1.admin")).body()).contains("LIST_EXPORTED")
                .contains("leads csv rows=").contains("leads xlsx rows=");
    }

    @Test
    void urlFiltersSetTheListAndItsExport() {
        String cw = api.token("d1.caseworker");
        JsonObject api1 = api.get("api/v1/children?category=ORPHAN&status=SUPPORTED&size=200", cw).json();
        long expected = api1.getJsonNumber("total").longValue();
        PageSession d1 = login("d1.caseworker");
        Click csv = export(d1, "app/children.xhtml?status=SUPPORTED&category=ORPHAN", "childrenForm", "childrenCsv");
        assertThat(pageTotal(csv.page())).isEqualTo(expected);
        assertThat(csv.page()).containsPattern("<option value=\"SUPPORTED\" selected=\"selected\"")
                .containsPattern("<option value=\"ORPHAN\" selected=\"selected\"");
        List<String> lines = csvLines(csv.answer().body());
        assertThat(lines).hasSize((int) expected + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("孤儿") && l.endsWith("\"保障中\""));
        assertThat(api.get("api/v1/audit?limit=20", api.token("d1.admin")).body())
                .contains("filter=category=ORPHAN status=SUPPORTED");

        HttpResponse<String> bad = d1.get("app/children.xhtml?status=ALIEN&category=ORPHAN");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("status=“ALIEN”").doesNotContain("Exception");
        long orphans = api.get("api/v1/children?category=ORPHAN&size=1", cw).json().getJsonNumber("total").longValue();
        assertThat(pageTotal(bad.body())).isEqualTo(orphans);

        HttpResponse<String> visits = d1.get("app/visits.xhtml?status=DONE&from=2026-01-01&to=2099-12-31");
        assertThat(visits.statusCode()).isEqualTo(200);
        long done = api.get("api/v1/visits?status=DONE&limit=1", cw).json().getJsonNumber("total").longValue();
        assertThat(pageTotal(visits.body())).isEqualTo(done);
        assertThat(d1.get("app/visits.xhtml?from=2026-13-01").body()).contains("from=“2026-13-01”");
        assertThat(pageTotal(d1.get("app/visits.xhtml?from=2099-01-01").body())).isZero();
        HttpResponse<String> services = d1.get("app/services.xhtml?type=NOT_A_TYPE&from=2026-01-01");
        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(services.body()).contains("type=“NOT_A_TYPE”");
        for (String page : List.of("app/applications.xhtml?status=SUPPORTING&overdue=true", "app/projects.xhtml?status=ACTIVE",
                "app/tenders.xhtml?status=PUBLISHED", "app/disbursements.xhtml?status=PAID&fund=999999")) {
            assertThat(login("d1.admin").get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aLongListIsExportedInTheBackgroundForItsOwnerOnly() {
        String admin = api.token("d1.admin");
        assertThat(api.send("PUT", "api/v1/test/export-threshold?rows=50", admin, "{}").status()).isEqualTo(204);
        try {
            long total = api.get("api/v1/children?size=1", api.token("d1.caseworker")).json().getJsonNumber("total").longValue();
            assertThat(total).isGreaterThan(50);
            PageSession owner = login("d1.caseworker");
            Click click = export(owner, "app/children.xhtml", "childrenForm", "childrenXlsx");
            assertThat(click.answer().statusCode()).isEqualTo(200);
            String html = click.text();
            assertThat(html).contains("childrenForm:exportBar").contains("正在后台导出");
            String id = null;
            for (int i = 0; i < 60 && id == null; i++) {
                Matcher m = DOWNLOAD.matcher(html);
                if (m.find()) {
                    id = m.group(1);
                    break;
                }
                sleep();
                html = owner.postForm("app/children.xhtml", PageSession.formBody(html, "childrenForm", Map.of(
                        "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "childrenForm:exportPoll",
                        "jakarta.faces.partial.execute", "childrenForm:exportPoll",
                        "jakarta.faces.partial.render", "childrenForm:exportProgress",
                        "childrenForm:exportPoll", "childrenForm:exportPoll"))).body() + html;
            }
            assertThat(id).as("a download link appears").isNotNull();
            String link = "app/export-file?id=" + id;

            HttpResponse<byte[]> file = owner.getBytes(link);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("children-" + TODAY + ".xlsx");
            try (XSSFWorkbook wb = xlsx(file.body())) {
                assertThat(rows(wb)).hasSize((int) total + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(login("d1.admin").getBytes(link).statusCode()).isEqualTo(404);
            assertThat(login("d2.caseworker").getBytes(link).statusCode()).isEqualTo(404);
            assertThat(owner.getBytes("app/export-file?id=" + URLEncoder.encode(id + "0", StandardCharsets.UTF_8))
                    .statusCode()).isEqualTo(404);
            assertThat(api.get("api/v1/audit?limit=20", admin).body()).contains("children xlsx rows=" + total);

            Click small = export(owner, "app/children.xhtml?category=ORPHAN&status=SUPPORTED", "childrenForm", "childrenCsv");
            long expected = pageTotal(small.page());
            if (expected <= 50) {
                assertThat(csvLines(small.answer().body())).as("below the threshold: at once").hasSize((int) expected + 1);
            }
        } finally {
            api.send("PUT", "api/v1/test/export-threshold?rows=-1", admin, "{}");
        }
    }

    @Test
    void everyListPageExportsItsTableWithoutItsActions() {
        PageSession admin = login("d1.admin");
        String[][] pages = {
                {"app/leads.xhtml", "leadsForm", "leads"}, {"app/applications.xhtml", "appsForm", "apps"},
                {"app/visits.xhtml", "visitsForm", "visits"}, {"app/visits.xhtml", "visitsForm", "actions"},
                {"app/services.xhtml", "servicesForm", "services"}, {"app/referrals.xhtml", "referralsForm", "referrals"},
                {"app/tenders.xhtml", "tendersForm", "tenders"}, {"app/projects.xhtml", "projectsForm", "projects"},
                {"app/disbursements.xhtml", "disbursementsForm", "disbursements"}, {"app/funds.xhtml", "fundsForm", "funds"},
                {"app/ledger.xhtml", "journalForm", "entries"}, {"app/runs.xhtml", "runsForm", "runs"},
                {"app/schemes.xhtml", "schemesForm", "schemes"}, {"app/org-units.xhtml", "unitsForm", "units"},
                {"app/members.xhtml", "membersForm", "members"}, {"app/audit.xhtml", "auditForm", "events"}};
        for (String[] p : pages) {
            for (String format : List.of("Csv", "Xlsx")) {
                Click c = export(admin, p[0], p[1], p[2] + format);
                assertThat(c.page()).as(p[0]).contains(p[1] + ":" + p[2] + format);
                assertThat(c.answer().statusCode()).as(p[0] + " " + format).isEqualTo(200);
                String type = c.answer().headers().firstValue("Content-Type").orElse("");
                if (format.equals("Csv")) {
                    assertThat(type).as(p[0]).startsWith("text/csv");
                    List<String> lines = csvLines(c.answer().body());
                    if (!p[0].contains("audit")) { // the audit trail has a column "操作" (the action recorded)
                        assertThat(lines.get(0)).as(p[0]).doesNotContain("\"操作\"");
                    }
                    assertThat(c.text()).as(p[0]).doesNotContain("<span").doesNotContain("<div").doesNotContain("<a ");
                } else {
                    assertThat(type).as(p[0]).contains("spreadsheetml");
                    try (XSSFWorkbook wb = xlsx(c.answer().body())) {
                        assertThat(rows(wb)).as(p[0]).isNotEmpty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        Click ledger = export(admin, "app/ledger.xhtml", "journalForm", "entriesCsv");
        List<String> lines = csvLines(ledger.answer().body());
        assertThat(lines).hasSize((int) pageTotal(ledger.page()) + 1);
        if (lines.size() > 1) {
            assertThat(lines.get(1)).contains("¥").doesNotContain("借方\",\"贷方");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
