package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outcome reports over REST: indicators computed from service records and enrolments (by category,
 * sex and age band), reported KPI values only for reported KPIs, participants only, the purchaser's
 * review, and the final acceptance whose joint score closes the project and shows on the provider's
 * next bids.
 */
class OutcomeReportsIT extends ApiIT {

    private static String key(Api.Res r) {
        return r.json().getString("messageKey");
    }

    private static JsonArray array(Api.Res r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    private static String report(long project, String kind, String from, String to, String values, String self) {
        return "{\"projectId\":" + project + ",\"kind\":\"" + kind + "\",\"periodFrom\":\"" + from + "\",\"periodTo\":\""
                + to + "\",\"narrative\":\"本期开展个案辅导，儿童情绪改善\",\"evidence\":\"服务记录\",\"values\":" + values
                + (self == null ? "" : ",\"selfScore\":" + self) + "}";
    }

    @Test
    void aFinalReportAcceptedWithAJointScoreClosesTheProjectAndShowsOnTheProvidersNextBids() throws InterruptedException {
        ProjectFixture f = new ProjectFixture(api, TODAY);
        long[] next = f.openTender("绩效历史测试招标", 20);
        long project = f.fromAward(f.awardedTender("成效报告测试项目"), "[]");
        String provider = api.token("s1.admin", "s1");
        String approver = api.token("d1.approver");
        long child = f.supportedChildren(1, 20).get(0);
        long enrolment = array(api.send("POST", "api/v1/projects/" + project + "/enrolments", api.token("d1.admin"),
                "{\"childIds\":[" + child + "]}")).getJsonObject(0).getJsonNumber("id").longValue();
        String session = "{\"deliveredOn\":\"" + TODAY + "\",\"durationMinutes\":60,\"staff\":\"刘社工\"}";
        api.send("POST", "api/v1/projects/" + project + "/enrolments/" + enrolment + "/services", provider, session);
        api.send("POST", "api/v1/projects/" + project + "/enrolments/" + enrolment + "/services", provider, session);
        String from = TODAY.minusDays(1).toString();
        String to = TODAY.toString();

        // Only reported KPIs are typed; computed ones, unknown ones and a period in the future are refused.
        assertThat(key(api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "PERIODIC", from, to, "{\"个案辅导次数\":500}", null)))).isEqualTo("report.value.computed");
        assertThat(key(api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "PERIODIC", from, to, "{\"幸福感\":5}", null)))).isEqualTo("report.value.unknown");
        assertThat(key(api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "PERIODIC", from, TODAY.plusDays(1).toString(), "{}", null)))).isEqualTo("report.period.invalid");
        assertThat(key(api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "FINAL", from, to, "{}", "101")))).isEqualTo("report.score.self");
        assertThat(api.send("POST", "api/v1/outcome-reports", api.token("d2.admin"),
                report(project, "PERIODIC", from, to, "{}", null)).status()).isEqualTo(404);

        Api.Res submitted = api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "PERIODIC", from, to, "{\"满意度\":88}", null));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonObject periodic = submitted.json();
        JsonObject indicators = periodic.getJsonObject("indicators");
        assertThat(indicators.getJsonArray("kpis").getJsonObject(0).getJsonNumber("actual").bigDecimalValue())
                .isEqualByComparingTo("2");
        assertThat(indicators.getJsonArray("kpis").getJsonObject(2).getJsonNumber("actual").bigDecimalValue())
                .isEqualByComparingTo("88");
        List<JsonObject> breakdown = indicators.getJsonArray("breakdown").stream().map(JsonValue::asJsonObject).toList();
        assertThat(breakdown).filteredOn(b -> b.getString("dimension").equals("SEX")).singleElement()
                .satisfies(b -> {
                    assertThat(b.getInt("children")).isEqualTo(1);
                    assertThat(b.getInt("sessions")).isEqualTo(2);
                });
        assertThat(breakdown).filteredOn(b -> b.getString("dimension").equals("AGE_BAND")).hasSize(1);
        assertThat(breakdown).filteredOn(b -> b.getString("dimension").equals("CATEGORY")).isNotEmpty();
        long reportId = periodic.getJsonNumber("id").longValue();
        assertThat(api.get("api/v1/outcome-reports/" + reportId, api.token("d2.admin")).status()).isEqualTo(404);
        assertThat(api.get("api/v1/outcome-reports/" + reportId, api.token("f1.admin")).status()).isEqualTo(404);
        assertThat(api.get("api/v1/outcome-reports?project=" + project, api.token("d1.auditor")).json().getInt("total"))
                .isEqualTo(1);

        // The purchaser accepts; the reported KPI's progress now comes from the accepted report.
        long v = periodic.getJsonNumber("version").longValue();
        assertThat(api.send("POST", "api/v1/outcome-reports/" + reportId + "/review", api.token("d1.caseworker"),
                "{\"version\":" + v + ",\"decision\":\"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(api.send("POST", "api/v1/outcome-reports/" + reportId + "/review", provider,
                "{\"version\":" + v + ",\"decision\":\"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(api.send("POST", "api/v1/outcome-reports/" + reportId + "/review", approver,
                "{\"version\":" + v + ",\"decision\":\"ACCEPT\"}").json().getString("status")).isEqualTo("ACCEPTED");
        JsonArray progress = array(api.get("api/v1/projects/" + project + "/progress", provider));
        assertThat(progress.getJsonObject(2).getJsonNumber("actual").bigDecimalValue()).isEqualByComparingTo("88");
        assertThat(progress.getJsonObject(2).getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("80.0");

        // The final report: no acceptance while a milestone waits for review; then the joint score.
        JsonObject m = array(api.get("api/v1/projects/" + project + "/milestones", provider)).getJsonObject(0);
        long mv = api.send("POST", "api/v1/projects/" + project + "/milestones/" + m.getJsonNumber("id") + "/submit", provider,
                "{\"note\":\"建档完成\"}").json().getJsonNumber("version").longValue();
        JsonObject fin = api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "FINAL", from, to, "{\"满意度\":91}", "90")).json();
        long finId = fin.getJsonNumber("id").longValue();
        String accept = "{\"version\":" + fin.getJsonNumber("version") + ",\"decision\":\"ACCEPT\",\"districtScore\":85,"
                + "\"thirdPartyScore\":80,\"thirdPartyName\":\"北京社会工作评估中心\"}";
        Api.Res pending = api.send("POST", "api/v1/outcome-reports/" + finId + "/review", approver, accept);
        assertThat(pending.status()).isEqualTo(409);
        assertThat(key(pending)).isEqualTo("report.final.milestonesPending");
        api.send("POST", "api/v1/projects/" + project + "/milestones/" + m.getJsonNumber("id") + "/review", approver,
                "{\"version\":" + mv + ",\"decision\":\"ACCEPT\"}");
        assertThat(key(api.send("POST", "api/v1/outcome-reports/" + finId + "/review", approver,
                accept.replace(",\"thirdPartyName\":\"北京社会工作评估中心\"", "")))).isEqualTo("report.thirdParty.name");
        JsonObject accepted = api.send("POST", "api/v1/outcome-reports/" + finId + "/review", approver, accept).json();
        // 85 × 50 % + 80 × 30 % + 90 × 20 % = 84.50
        assertThat(accepted.getJsonNumber("jointScore").bigDecimalValue()).isEqualByComparingTo("84.50");
        assertThat(api.get("api/v1/projects/" + project, provider).json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(key(api.send("POST", "api/v1/outcome-reports", provider,
                report(project, "PERIODIC", from, to, "{}", null)))).isEqualTo("project.notActive");

        // The provider's next bid carries the history for the district's panel.
        f.award(next);
        JsonArray bids = array(api.get("api/v1/tenders/" + next[0] + "/bids", api.token("d1.admin")));
        List<JsonObject> history = bids.getJsonObject(0).getJsonArray("performance").stream().map(JsonValue::asJsonObject)
                .toList();
        assertThat(history).anySatisfy(h -> {
            assertThat(h.getString("projectTitle")).isEqualTo("成效报告测试项目");
            assertThat(h.getJsonNumber("jointScore").bigDecimalValue()).isEqualByComparingTo("84.50");
        });
    }

    @Test
    void aCoFunderReportsPeriodicallyButOnlyTheProviderReportsFinallyAndReturnsNeedReasons() throws InterruptedException {
        ProjectFixture f = new ProjectFixture(api, TODAY);
        long project = f.fromAward(f.awardedTender("联合资助报告测试"), "[{\"funder\":\"f1\",\"share\":\"100000.00\"}]");
        String funder = api.token("f1.officer");
        String from = TODAY.minusDays(1).toString();
        assertThat(key(api.send("POST", "api/v1/outcome-reports", funder,
                report(project, "FINAL", from, TODAY.toString(), "{}", "80")))).isEqualTo("report.finalByProvider");
        JsonObject r = api.send("POST", "api/v1/outcome-reports", funder,
                report(project, "PERIODIC", from, TODAY.toString(), "{}", null)).json();
        assertThat(r.getString("author")).isEqualTo("春晖博爱慈善基金会");
        String approver = api.token("d1.approver");
        String path = "api/v1/outcome-reports/" + r.getJsonNumber("id") + "/review";
        assertThat(key(api.send("POST", path, approver, "{\"version\":" + r.getJsonNumber("version")
                + ",\"decision\":\"RETURN\"}"))).isEqualTo("report.reason.required");
        JsonObject returned = api.send("POST", path, approver, "{\"version\":" + r.getJsonNumber("version")
                + ",\"decision\":\"RETURN\",\"note\":\"请补充资金拨付凭证\"}").json();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(api.send("POST", path, approver, "{\"version\":" + returned.getJsonNumber("version")
                + ",\"decision\":\"ACCEPT\"}").status()).isEqualTo(409);
        assertThat(api.get("api/v1/audit?limit=50", api.token("f1.admin")).body()).contains("OUTCOME_REPORT_REVIEWED");
    }
}
