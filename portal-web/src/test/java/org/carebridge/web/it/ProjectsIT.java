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
 * Service projects over REST: the contract from an award (and a foundation's own project), who may
 * see it (participants only; others 404), numbered amendments, the provider's purpose-bound view of
 * enrolled children that ends with the enrolment, services under the project counting towards KPIs,
 * milestones submitted with computed progress and reviewed, and the hand-over of a caseload.
 */
class ProjectsIT extends ApiIT {

    private static final String KPIS = ProjectFixture.KPIS;

    private ProjectFixture fixture() {
        return new ProjectFixture(api, TODAY);
    }

    private String milestones(String first, String second) {
        return fixture().milestones(first, second);
    }

    private long awardedTender(String title) throws InterruptedException {
        return fixture().awardedTender(title);
    }

    private long fromAward(long tender, String funders) {
        return fixture().fromAward(tender, funders);
    }

    private long ownProject(String title) {
        return fixture().ownProject(title);
    }

    private List<Long> supportedChildren(int n, int skip) {
        return fixture().supportedChildren(n, skip);
    }

    private long id(Api.Res r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().getJsonNumber("id").longValue();
    }

    private JsonArray array(Api.Res r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    private static String key(Api.Res r) {
        return r.json().getString("messageKey");
    }

    @Test
    void anAwardBecomesAContractThatOnlyItsParticipantsSeeAndThatChangesByNumberedAmendments() throws InterruptedException {
        long tender = awardedTender("合同测试项目");
        String district = api.token("d1.admin");
        String tooMuch = "{\"tenderId\":" + tender + ",\"kpis\":" + KPIS + ",\"milestones\":" + milestones("100000.00", "280000.00");
        assertThat(key(api.send("POST", "api/v1/projects", district, tooMuch + ",\"coFunders\":[{\"funder\":\"f1\",\"share\":\"380000.01\"}]}")))
                .isEqualTo("project.funder.sharesExceed");
        assertThat(key(api.send("POST", "api/v1/projects", district, "{\"tenderId\":" + tender + ",\"kpis\":" + KPIS
                + ",\"milestones\":" + milestones("100000.00", "280000.01") + "}"))).isEqualTo("milestone.amount.exceeds");
        assertThat(key(api.send("POST", "api/v1/projects", district, "{\"tenderId\":" + tender + ",\"amount\":\"1.005\",\"kpis\":"
                + KPIS + ",\"milestones\":" + milestones("1.00", "1.00") + "}"))).isEqualTo("value.money.scale");
        assertThat(key(api.send("POST", "api/v1/projects", district, "{\"tenderId\":" + tender
                + ",\"kpis\":[{\"name\":\"次数\",\"measure\":\"SESSIONS\",\"baseline\":10,\"target\":10}],\"milestones\":"
                + milestones("1.00", "1.00") + "}"))).isEqualTo("project.kpi.target");
        assertThat(key(api.send("POST", "api/v1/projects", district, "{\"tenderId\":" + tender + ",\"kpis\":" + KPIS
                + ",\"milestones\":" + milestones("1.00", "1.00") + ",\"coFunders\":[{\"funder\":\"s1\",\"share\":\"1.00\"}]}")))
                .isEqualTo("project.funder.unknown");

        long project = fromAward(tender, "[{\"funder\":\"f1\",\"share\":\"100000.00\"}]");
        JsonObject p = api.get("api/v1/projects/" + project, district).json();
        assertThat(p.getString("provider")).isEqualTo("阳光社会工作服务中心");
        assertThat(p.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("380000.00");
        assertThat(p.getJsonNumber("ownerShare").bigDecimalValue()).isEqualByComparingTo("280000.00");
        assertThat(p.getJsonArray("parts").toString()).contains("OWNER").contains("DISTRICT");
        assertThat(key(api.send("POST", "api/v1/projects", district, "{\"tenderId\":" + tender + ",\"kpis\":" + KPIS
                + ",\"milestones\":" + milestones("1.00", "1.00") + "}"))).isEqualTo("project.tender.hasProject");

        // Participants only: provider and co-funder read it; another district, the city and a stranger do not learn it exists.
        assertThat(api.get("api/v1/projects/" + project, api.token("s1.admin", "s1")).json().getJsonArray("parts").toString())
                .contains("PROVIDER");
        assertThat(api.get("api/v1/projects/" + project, api.token("f1.officer")).json().getJsonArray("parts").toString())
                .contains("CO_FUNDER");
        assertThat(api.get("api/v1/projects/" + project, api.token("d2.admin")).status()).isEqualTo(404);
        assertThat(api.get("api/v1/projects/" + project, api.token("city.viewer")).status()).isIn(403, 404);
        assertThat(api.get("api/v1/projects?limit=200", api.token("d2.admin")).body()).doesNotContain("合同测试项目");
        assertThat(api.get("api/v1/projects?limit=200", api.token("f1.officer")).body()).contains("合同测试项目");

        // A numbered amendment with its reason and changes; a stale version and the provider are refused.
        long version = p.getJsonNumber("version").longValue();
        String amended = "{\"version\":" + version + ",\"reason\":\"服务人数增加\",\"terms\":{\"amount\":\"390000.00\",\"kpis\":"
                + KPIS.replace("\"target\":40", "\"target\":45") + ",\"milestones\":" + milestones("100000.00", "290000.00")
                + ",\"coFunders\":[{\"funder\":\"f1\",\"share\":\"100000.00\"}]}}";
        assertThat(api.send("PUT", "api/v1/projects/" + project, api.token("s1.admin", "s1"), amended).status()).isEqualTo(403);
        JsonObject after = api.send("PUT", "api/v1/projects/" + project, district, amended).json();
        assertThat(after.getInt("revision")).isEqualTo(2);
        assertThat(after.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("390000.00");
        JsonObject amendment = after.getJsonArray("amendments").getJsonObject(0);
        assertThat(amendment.getString("reason")).isEqualTo("服务人数增加");
        assertThat(amendment.getString("changes")).contains("amount").contains("45");
        assertThat(api.send("PUT", "api/v1/projects/" + project, district, amended).status()).isEqualTo(409);
        assertThat(key(api.send("PUT", "api/v1/projects/" + project, district, amended.replace("\"version\":" + version,
                "\"version\":" + after.getJsonNumber("version").longValue()).replace("\"reason\":\"服务人数增加\"", "\"reason\":\"\""))))
                .isEqualTo("project.amendReason.required");
    }

    @Test
    void theProviderSeesEnrolledChildrenOnlyWhileEnrolledAndItsServicesCountTowardsTheKpis() {
        long project = ownProject("自有项目-服务对象");
        String district = api.token("d1.caseworker");
        String provider = api.token("s1.worker", "s1");
        List<Long> children = supportedChildren(2, 0);
        assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments", provider,
                "{\"childIds\":[" + children.get(0) + "]}").status()).isEqualTo(403);
        assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments", api.token("d2.admin"),
                "{\"childIds\":[" + children.get(0) + "]}").status()).isEqualTo(404);
        long d2Child = api.get("api/v1/children?size=1", api.token("d2.caseworker")).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments", district,
                "{\"childIds\":[" + d2Child + "]}").status()).isEqualTo(404);
        JsonArray enrolled = array(api.send("POST", "api/v1/projects/" + project + "/enrolments", district,
                "{\"childIds\":[" + children.get(0) + "," + children.get(1) + "]}"));
        assertThat(enrolled).hasSize(2);
        assertThat(key(api.send("POST", "api/v1/projects/" + project + "/enrolments", district,
                "{\"childIds\":[" + children.get(0) + "]}"))).isEqualTo("enrolment.child.already");

        // The provider: name, age, category, masked ID — never the child's id or full ID; the view is audited.
        JsonObject seen = api.get("api/v1/projects/" + project + "/enrolments", provider).json();
        JsonObject first = seen.getJsonArray("items").getJsonObject(0);
        assertThat(first.containsKey("childId")).isFalse();
        assertThat(first.getJsonObject("grant").getString("residentIdMasked")).contains("*");
        assertThat(first.getJsonObject("grant").getString("childName")).isNotBlank();
        assertThat(api.get("api/v1/projects/" + project + "/enrolments", api.token("f1.admin")).status()).isEqualTo(403);
        assertThat(api.get("api/v1/audit?limit=50", api.token("d1.admin")).body()).contains("ENROLLED_CHILDREN_VIEWED_BY_PROVIDER");

        long e1 = enrolled.getJsonObject(0).getJsonNumber("id").longValue();
        long e2 = enrolled.getJsonObject(1).getJsonNumber("id").longValue();
        String session = "{\"deliveredOn\":\"" + TODAY + "\",\"durationMinutes\":90,\"staff\":\"刘社工\",\"outcome\":\"情绪稳定\"}";
        assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments/" + e1 + "/services", provider, session).status())
                .isEqualTo(201);
        assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments/" + e1 + "/services", provider, session).status())
                .isEqualTo(201);
        assertThat(api.send("POST", "api/v1/projects/" + project + "/enrolments/" + e2 + "/services", provider, session).status())
                .isEqualTo(201);
        assertThat(key(api.send("POST", "api/v1/projects/" + project + "/enrolments/" + e2 + "/services", provider,
                session.replace("90", "1441")))).isEqualTo("service.duration.range");
        JsonArray progress = array(api.get("api/v1/projects/" + project + "/progress", api.token("f1.admin")));
        assertThat(progress.getJsonObject(0).getJsonNumber("actual").bigDecimalValue()).isEqualByComparingTo("3");
        assertThat(progress.getJsonObject(0).getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("2.5");
        assertThat(progress.getJsonObject(1).getJsonNumber("actual").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(progress.getJsonObject(2).containsKey("actual")).isFalse();
        // The district sees the sessions in the child's services (with the provider named).
        assertThat(api.get("api/v1/service-records?childId=" + children.get(0), district).body()).contains("阳光社会工作服务中心");

        // The district ends one enrolment: from today the provider no longer sees that child nor records for it.
        Api.Res ended = api.send("POST", "api/v1/projects/" + project + "/enrolments/" + e1 + "/end", district,
                "{\"reason\":\"儿童已随亲属迁出本区\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        JsonArray after = api.get("api/v1/projects/" + project + "/enrolments", provider).json().getJsonArray("items");
        JsonObject endedView = after.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == e1).findFirst().orElseThrow();
        assertThat(endedView.getString("status")).isEqualTo("ENDED");
        assertThat(endedView.containsKey("grant")).isFalse();
        assertThat(key(api.send("POST", "api/v1/projects/" + project + "/enrolments/" + e1 + "/services", provider, session)))
                .isEqualTo("enrolment.notOpen");
        assertThat(api.get("api/v1/projects/" + project + "/services?limit=50", provider).json().getInt("total")).isEqualTo(3);
    }

    @Test
    void milestonesCarryComputedProgressAndTheReviewMakesThemPayable() throws InterruptedException {
        long project = fromAward(awardedTender("里程碑测试项目"), "[]");
        String provider = api.token("s1.admin", "s1");
        String approver = api.token("d1.approver");
        long child = supportedChildren(1, 5).get(0);
        long enrolment = array(api.send("POST", "api/v1/projects/" + project + "/enrolments", api.token("d1.admin"),
                "{\"childIds\":[" + child + "]}")).getJsonObject(0).getJsonNumber("id").longValue();
        api.send("POST", "api/v1/projects/" + project + "/enrolments/" + enrolment + "/services", provider,
                "{\"deliveredOn\":\"" + TODAY + "\",\"durationMinutes\":60,\"staff\":\"刘社工\"}");
        JsonObject m = array(api.get("api/v1/projects/" + project + "/milestones", provider)).getJsonObject(0);
        long mid = m.getJsonNumber("id").longValue();
        String path = "api/v1/projects/" + project + "/milestones/" + mid;
        assertThat(key(api.send("POST", path + "/review", approver, "{\"version\":" + m.getJsonNumber("version")
                + ",\"decision\":\"ACCEPT\"}"))).isEqualTo("milestone.notSubmitted");
        assertThat(api.send("POST", path + "/submit", approver, "{\"note\":\"x\"}").status()).isEqualTo(403);
        assertThat(key(api.send("POST", path + "/submit", provider, "{\"note\":\" \"}"))).isEqualTo("milestone.note.required");
        JsonObject submitted = api.send("POST", path + "/submit", provider, "{\"note\":\"建档评估完成，附评估表\"}").json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("progress")).contains("个案辅导次数 1/120").contains("服务儿童人数 1/40");
        long v = submitted.getJsonNumber("version").longValue();

        assertThat(api.send("POST", path + "/review", api.token("d1.caseworker"), "{\"version\":" + v
                + ",\"decision\":\"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(api.send("POST", path + "/review", provider, "{\"version\":" + v + ",\"decision\":\"ACCEPT\"}").status())
                .isEqualTo(403);
        assertThat(key(api.send("POST", path + "/review", approver, "{\"version\":" + v + ",\"decision\":\"RETURN\"}")))
                .isEqualTo("milestone.reason.required");
        assertThat(key(api.send("POST", path + "/review", approver, "{\"version\":" + v
                + ",\"decision\":\"PARTLY\",\"amount\":\"100000.00\",\"note\":\"缺评估表\"}"))).isEqualTo("milestone.partAmount.range");
        JsonObject returned = api.send("POST", path + "/review", approver, "{\"version\":" + v
                + ",\"decision\":\"RETURN\",\"note\":\"评估表缺签字\"}").json();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(api.send("POST", path + "/review", approver, "{\"version\":" + v + ",\"decision\":\"ACCEPT\"}").status())
                .isEqualTo(409);
        long v2 = api.send("POST", path + "/submit", provider, "{\"note\":\"已补签字\"}").json().getJsonNumber("version").longValue();
        JsonObject partly = api.send("POST", path + "/review", approver, "{\"version\":" + v2
                + ",\"decision\":\"PARTLY\",\"amount\":\"80000.00\",\"note\":\"两名儿童评估未完成\"}").json();
        assertThat(partly.getString("status")).isEqualTo("PARTLY");
        assertThat(api.get("api/v1/projects/" + project, provider).json().getJsonNumber("payable").bigDecimalValue())
                .isEqualByComparingTo("80000.00");
        assertThat(api.get("api/v1/audit?limit=50", provider).body()).contains("MILESTONE_REVIEWED");
    }

    @Test
    void aHandOverMovesEveryOpenEnrolmentAndLeavesTheOldProviderAnArchive() throws InterruptedException {
        long old = fromAward(awardedTender("交接测试项目"), "[]");
        long successor = ownProject("交接承接项目");
        String admin = api.token("d1.admin");
        String provider = api.token("s1.admin", "s1");
        List<Long> children = supportedChildren(3, 10);
        JsonArray enrolled = array(api.send("POST", "api/v1/projects/" + old + "/enrolments", admin,
                "{\"childIds\":[" + children.get(0) + "," + children.get(1) + "," + children.get(2) + "]}"));
        long e0 = enrolled.getJsonObject(0).getJsonNumber("id").longValue();
        api.send("POST", "api/v1/projects/" + old + "/enrolments/" + e0 + "/services", provider,
                "{\"deliveredOn\":\"" + TODAY + "\",\"durationMinutes\":60,\"staff\":\"刘社工\"}");
        api.send("POST", "api/v1/projects/" + old + "/enrolments/" + enrolled.getJsonObject(2).getJsonNumber("id") + "/end",
                admin, "{\"reason\":\"已满18周岁\"}");
        long version = api.get("api/v1/projects/" + old, admin).json().getJsonNumber("version").longValue();
        assertThat(api.send("POST", "api/v1/projects/" + old + "/handover", provider, "{\"version\":" + version
                + ",\"successorId\":" + successor + ",\"reason\":\"重新招标\"}").status()).isEqualTo(403);
        assertThat(key(api.send("POST", "api/v1/projects/" + old + "/handover", admin, "{\"version\":" + version
                + ",\"successorId\":" + old + ",\"reason\":\"重新招标\"}"))).isEqualTo("handover.successor.invalid");
        JsonArray moved = array(api.send("POST", "api/v1/projects/" + old + "/handover", admin, "{\"version\":" + version
                + ",\"successorId\":" + successor + ",\"reason\":\"合同期满，重新招标\"}"));
        assertThat(moved).hasSize(2);
        assertThat(moved.stream().map(v -> v.asJsonObject().getJsonNumber("childId").longValue()).toList())
                .containsExactlyInAnyOrder(children.get(0), children.get(1));

        JsonObject ended = api.get("api/v1/projects/" + old, admin).json();
        assertThat(ended.getString("status")).isEqualTo("ENDED");
        assertThat(ended.getJsonNumber("successorId").longValue()).isEqualTo(successor);
        assertThat(api.get("api/v1/projects/" + successor + "/enrolments?status=ENROLLED", admin).json().getInt("total"))
                .isEqualTo(2);
        assertThat(api.get("api/v1/projects/" + old + "/enrolments?status=ENROLLED", admin).json().getInt("total"))
                .isZero();
        // The old provider's archive: its records stay readable, the children's details do not.
        JsonObject archive = api.get("api/v1/projects/" + old + "/services", provider).json();
        assertThat(archive.getInt("total")).isEqualTo(1);
        assertThat(archive.getJsonArray("items").getJsonObject(0).containsKey("childName")).isFalse();
        assertThat(api.get("api/v1/projects/" + old + "/enrolments", provider).body()).doesNotContain("residentIdMasked");
        assertThat(key(api.send("POST", "api/v1/projects/" + old + "/enrolments", admin,
                "{\"childIds\":[" + children.get(2) + "]}"))).isEqualTo("project.notActive");
    }
}
