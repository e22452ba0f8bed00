package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Project results as IATI activities ({@code /api/v1/projects/{id}/results}, {@code /projects/results}):
 * the parties get XML (or JSON) with one indicator per KPI, the KPI's baseline and target, a period per
 * submitted or accepted outcome report with its actual, and the whole period with the progress now;
 * another tenant gets 404, nobody without a token gets anything; no child's data is in it; the project
 * page's button downloads the same file. Asserts
 * only about the project it makes (other classes may share the database).
 */
class IndicatorsIT extends ApiIT {

    private static final String IATI = "2.03";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<byte[]> get(String path, String token, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.base().resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Document xml(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        return parse(r.body());
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as(p.pattern()).isTrue();
        return m.group(1);
    }

    private static JsonObject json(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8))).readObject();
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element first(Element parent, String tag) {
        return elements(parent, tag).get(0);
    }

    private static String title(Element indicator) {
        return first(first(indicator, "title"), "narrative").getTextContent();
    }

    private static JsonArray array(Api.Res r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    @Test
    void thePartiesGetTheResultsOfTheirProjectAsIatiAndNobodyElseDoes() throws Exception {
        ProjectFixture f = new ProjectFixture(api, TODAY);
        String projectTitle = "成果指标导出测试 <IATI> & \"捐赠方\" " + System.nanoTime();
        long tender = f.awardedTender(projectTitle.replace("\"", "\\\""));
        long project = f.fromAward(tender, "[{\"funder\":\"f1\",\"share\":\"100000.00\"}]");
        String owner = api.token("d1.admin");
        String provider = api.token("s1.admin", "s1");
        String funder = api.token("f1.officer");
        String path = "api/v1/projects/" + project + "/results";

        // Two sessions under the project; a report giving satisfaction 88, accepted by the purchaser.
        long child = f.supportedChildren(1, 20).get(0);
        JsonObject enrolment = array(api.send("POST", "api/v1/projects/" + project + "/enrolments", owner,
                "{\"childIds\":[" + child + "]}")).getJsonObject(0);
        long enrolmentId = enrolment.getJsonNumber("id").longValue();
        String childName = enrolment.getJsonObject("grant").getString("childName");
        String masked = enrolment.getJsonObject("grant").getString("residentIdMasked");
        String session = "{\"deliveredOn\":\"" + TODAY + "\",\"durationMinutes\":60,\"staff\":\"刘社工\"}";
        for (int i = 0; i < 2; i++) {
            assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments/" + enrolmentId + "/services",
                    provider, session).status()).isEqualTo(201);
        }
        String from = TODAY.minusDays(1).toString();
        String to = TODAY.toString();
        Api.Res submitted = api.send("POST", "api/v1/outcome-reports", provider, "{\"projectId\":" + project
                + ",\"kind\":\"PERIODIC\",\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to
                + "\",\"narrative\":\"本期叙述不应出现在导出中\",\"evidence\":\"服务记录\",\"values\":{\"满意度\":88}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonObject report = submitted.json();
        Api.Res accepted = api.send("POST", "api/v1/outcome-reports/" + report.getJsonNumber("id") + "/review",
                api.token("d1.approver"), "{\"version\":" + report.getJsonNumber("version") + ",\"decision\":\"ACCEPT\"}");
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

        // The KPIs as the project API gives them.
        JsonArray kpis = api.get("api/v1/projects/" + project, owner).json().getJsonArray("kpis");
        Map<String, JsonObject> kpiByName = new HashMap<>();
        kpis.forEach(k -> kpiByName.put(k.asJsonObject().getString("name"), k.asJsonObject()));
        assertThat(kpiByName).hasSize(kpis.size());

        // The owner: XML (the default), reported under its own organisation identifier.
        HttpResponse<byte[]> ownerXml = get(path, owner, "application/xml");
        Document doc = xml(ownerXml);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("iati-activities");
        assertThat(root.getAttribute("version")).isEqualTo(IATI);
        assertThat(root.getAttribute("generated-datetime")).isNotBlank();
        List<Element> activities = elements(root, "iati-activity");
        assertThat(activities).hasSize(1);
        Element activity = activities.get(0);
        assertThat(activity.getAttribute("default-currency")).isEqualTo("CNY");
        assertThat(activity.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("zh");
        assertThat(first(activity, "iati-identifier").getTextContent()).isEqualTo("CN-CB-d1-" + project);
        assertThat(first(activity, "reporting-org").getAttribute("ref")).isEqualTo("CN-CB-d1");
        assertThat(first(activity, "reporting-org").getAttribute("type")).isEqualTo("11");
        assertThat(first(first(activity, "title"), "narrative").getTextContent()).isEqualTo(projectTitle);
        assertThat(first(activity, "activity-status").getAttribute("code")).isEqualTo("2");
        assertThat(elements(activity, "participating-org")).extracting(o -> o.getAttribute("ref") + "/" + o.getAttribute("role"))
                .containsExactly("CN-CB-d1/1", "CN-CB-f1/1", "CN-CB-s1/4");

        List<Element> indicators = elements(activity, "indicator");
        assertThat(indicators).hasSize(kpis.size());
        for (Element indicator : indicators) {
            JsonObject kpi = kpiByName.get(title(indicator));
            assertThat(kpi).as(title(indicator)).isNotNull();
            Element baseline = first(indicator, "baseline");
            assertThat(new BigDecimal(baseline.getAttribute("value"))).as(title(indicator))
                    .isEqualByComparingTo(kpi.getJsonNumber("baseline").bigDecimalValue());
            assertThat(baseline.getAttribute("iso-date")).isEqualTo(TODAY.minusDays(1).toString());
            for (Element target : elements(indicator, "target")) {
                assertThat(new BigDecimal(target.getAttribute("value"))).as(title(indicator))
                        .isEqualByComparingTo(kpi.getJsonNumber("target").bigDecimalValue());
            }
        }

        // The accepted report is a period with its actuals; the whole project is the last period.
        Map<String, Element> byTitle = new HashMap<>();
        indicators.forEach(i -> byTitle.put(title(i), i));
        Element sessions = byTitle.get("个案辅导次数");
        Element satisfaction = byTitle.get("满意度");
        List<Element> periods = elements(sessions, "period");
        assertThat(periods).hasSize(2);
        Element reportPeriod = periods.get(0);
        assertThat(first(reportPeriod, "period-start").getAttribute("iso-date")).isEqualTo(from);
        assertThat(first(reportPeriod, "period-end").getAttribute("iso-date")).isEqualTo(to);
        assertThat(first(reportPeriod, "actual").getAttribute("value")).isEqualTo("2");
        assertThat(first(reportPeriod, "actual").getTextContent()).contains("Outcome report, accepted");
        Element whole = periods.get(1);
        assertThat(first(whole, "period-end").getAttribute("iso-date")).isEqualTo(TODAY.plusMonths(11).toString());
        assertThat(first(whole, "actual").getAttribute("value")).isEqualTo("2");
        Element satisfactionPeriod = first(satisfaction, "period");
        assertThat(first(satisfactionPeriod, "period-end").getAttribute("iso-date")).isEqualTo(to);
        assertThat(first(satisfactionPeriod, "actual").getAttribute("value")).isEqualTo("88");
        assertThat(((Element) satisfaction.getParentNode()).getAttribute("type")).isEqualTo("2");
        assertThat(((Element) sessions.getParentNode()).getAttribute("type")).isEqualTo("1");

        // KPI figures only: nothing about the child, nor the report's narrative.
        String raw = new String(ownerXml.body(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain(childName).doesNotContain(masked).doesNotContain("本期叙述")
                .doesNotContain("breakdown").doesNotContain("SEX");

        // The provider, under its identifier; with no Accept header the answer is XML too.
        Element providers = xml(get(path, provider, null)).getDocumentElement();
        assertThat(first(providers, "iati-identifier").getTextContent()).isEqualTo("CN-CB-s1-" + project);
        assertThat(elements(providers, "indicator")).hasSize(kpis.size());

        // The co-funder as JSON, by Accept and by ?format=json.
        for (HttpResponse<byte[]> r : List.of(get(path, funder, "application/json"),
                get(path + "?format=json", funder, "application/xml"))) {
            JsonObject body = json(r);
            assertThat(body.getString("version")).isEqualTo(IATI);
            JsonObject a = body.getJsonArray("activities").getJsonObject(0);
            assertThat(a.getString("identifier")).isEqualTo("CN-CB-f1-" + project);
            List<JsonObject> inds = new ArrayList<>();
            for (JsonValue result : a.getJsonArray("results")) {
                result.asJsonObject().getJsonArray("indicators").forEach(i -> inds.add(i.asJsonObject()));
            }
            assertThat(inds).hasSize(kpis.size());
            JsonObject sat = inds.stream().filter(i -> i.getString("title").equals("满意度")).findFirst().orElseThrow();
            assertThat(sat.getJsonObject("baseline").getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("80");
            JsonObject p0 = sat.getJsonArray("periods").getJsonObject(0);
            assertThat(p0.getString("periodStart")).isEqualTo(from);
            assertThat(p0.getJsonObject("target").getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("90");
            assertThat(p0.getJsonObject("actual").getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("88");
        }
        assertThat(get(path + "?format=pdf", funder, "application/json").statusCode()).isEqualTo(400);

        // The project page's button downloads the same file for a co-funder's programme officer.
        PageSession web = new PageSession(api.base());
        assertThat(web.login("f1.officer", Api.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> projectPage = web.get("app/project.xhtml?id=" + project);
        assertThat(projectPage.statusCode()).isEqualTo(200);
        assertThat(projectPage.body()).contains("actionsForm:exportIati").contains("导出成果指标 (IATI)");
        String form = "actionsForm=actionsForm&actionsForm%3AexportIati=&jakarta.faces.ViewState="
                + URLEncoder.encode(find(VIEW_STATE, projectPage.body()), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(find(NONCE, projectPage.body()), StandardCharsets.UTF_8);
        HttpResponse<String> download = web.postForm("app/project.xhtml?id=" + project, form);
        assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("iati-project-" + project + ".xml");
        Element downloaded = parse(download.body().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(first(downloaded, "iati-identifier").getTextContent()).isEqualTo("CN-CB-f1-" + project);
        assertThat(elements(downloaded, "indicator")).hasSize(kpis.size());

        // Another district: 404 (in any format), never the data; no token: 401.
        String other = api.token("d2.admin");
        HttpResponse<byte[]> foreign = get(path, other, "application/xml");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).doesNotContain("个案辅导次数");
        assertThat(get(path, other, "application/json").statusCode()).isEqualTo(404);
        assertThat(get(path, null, "application/xml").statusCode()).isEqualTo(401);
        assertThat(get("api/v1/projects/results", null, "application/json").statusCode()).isEqualTo(401);

        // The tenant's page: the provider's includes this project, the other district's does not.
        JsonObject page = json(get("api/v1/projects/results?format=json&limit=50", provider, null));
        assertThat(page.getJsonNumber("total").longValue()).isPositive();
        assertThat(page.getInt("limit")).isEqualTo(50);
        assertThat(page.getJsonArray("activities").stream().map(v -> v.asJsonObject().getString("identifier")))
                .contains("CN-CB-s1-" + project);
        HttpResponse<byte[]> pageXml = get("api/v1/projects/results?limit=500", provider, "application/xml");
        assertThat(pageXml.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(elements(xml(pageXml).getDocumentElement(), "iati-activity")).hasSizeLessThanOrEqualTo(50);
        JsonObject others = json(get("api/v1/projects/results?format=json&limit=50", other, null));
        assertThat(others.getJsonArray("activities").stream()
                .map(v -> v.asJsonObject().getString("title")))
                .doesNotContain(projectTitle);
    }
}
