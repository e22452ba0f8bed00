package org.carebridge.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Makes the projects the project and report tests work on, through the REST API like a user would. */
final class ProjectFixture {

    static final String KPIS = "[{\"name\":\"个案辅导次数\",\"measure\":\"SESSIONS\",\"baseline\":0,\"target\":120},"
            + "{\"name\":\"服务儿童人数\",\"measure\":\"CHILDREN_SERVED\",\"baseline\":0,\"target\":40},"
            + "{\"name\":\"满意度\",\"measure\":\"REPORTED\",\"baseline\":80,\"target\":90}]";

    private final Api api;
    private final LocalDate today;

    ProjectFixture(Api api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    String milestones(String first, String second) {
        return "[{\"deliverable\":\"建档评估\",\"dueOn\":\"" + today.plusMonths(1) + "\",\"amount\":\"" + first
                + "\",\"evidenceRequired\":\"评估表\"},{\"deliverable\":\"结项\",\"dueOn\":\"" + today.plusMonths(10)
                + "\",\"amount\":\"" + second + "\",\"evidenceRequired\":\"结项报告\"}]";
    }

    /** A published tender of d1 with a bid of s1, its deadline {@code seconds} ahead: {tender, bid}. */
    long[] openTender(String title, int seconds) {
        String district = api.token("d1.admin");
        Instant deadline = Instant.now().plusSeconds(seconds);
        String terms = "{\"title\":\"" + title + "\",\"serviceType\":\"COUNSELLING\",\"description\":\"心理辅导与家庭支持\","
                + "\"childrenTarget\":40,\"budgetCeiling\":\"400000.00\",\"periodStart\":\"" + today.minusDays(1)
                + "\",\"periodEnd\":\"" + today.plusMonths(11) + "\",\"criteria\":[{\"name\":\"方案\",\"weight\":100}],"
                + "\"bidDeadline\":\"" + deadline + "\"}";
        long tender = id(api.send("POST", "api/v1/tenders", district, terms));
        api.send("POST", "api/v1/tenders/" + tender + "/publish", district, "{\"version\":" + tenderVersion(tender) + "}");
        long bid = id(api.send("POST", "api/v1/tenders/" + tender + "/bids", api.token("s1.admin", "s1"),
                "{\"price\":\"380000.00\",\"proposal\":\"个案辅导方案\"}"));
        return new long[] {tender, bid, deadline.toEpochMilli()};
    }

    /** Waits for the tender's deadline, then the approver awards it to the bid. */
    long award(long[] open) throws InterruptedException {
        long wait = open[2] - System.currentTimeMillis() + 1200;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        Api.Res awarded = api.send("POST", "api/v1/tenders/" + open[0] + "/decision", api.token("d1.approver"),
                "{\"version\":" + tenderVersion(open[0]) + ",\"bidId\":" + open[1] + ",\"justification\":\"唯一有效投标\"}");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        return open[0];
    }

    long awardedTender(String title) throws InterruptedException {
        return award(openTender(title, 5));
    }

    long tenderVersion(long tender) {
        return api.get("api/v1/tenders/" + tender, api.token("d1.admin")).json().getJsonNumber("version").longValue();
    }

    long fromAward(long tender, String funders) {
        return id(api.send("POST", "api/v1/projects", api.token("d1.admin"), "{\"tenderId\":" + tender + ",\"kpis\":" + KPIS
                + ",\"milestones\":" + milestones("100000.00", "280000.00") + ",\"coFunders\":" + funders + "}"));
    }

    long ownProject(String title) {
        return id(api.send("POST", "api/v1/projects", api.token("f1.admin"), "{\"provider\":\"s1\",\"district\":\"d1\","
                + "\"title\":\"" + title + "\",\"serviceType\":\"COUNSELLING\",\"description\":\"基金会自有项目\","
                + "\"amount\":\"200000.00\",\"periodStart\":\"" + today.minusDays(1) + "\",\"periodEnd\":\""
                + today.plusMonths(11) + "\",\"kpis\":" + KPIS + ",\"milestones\":" + milestones("50000.00", "150000.00") + "}"));
    }

    /** Supported children of d1 (ids), from the second page of the register. */
    List<Long> supportedChildren(int n, int skip) {
        JsonArray items = api.get("api/v1/children?size=200&page=1", api.token("d1.caseworker")).json().getJsonArray("items");
        List<Long> ids = new ArrayList<>();
        for (JsonValue v : items) {
            JsonObject c = v.asJsonObject();
            if ("SUPPORTED".equals(c.getString("status"))) {
                ids.add(c.getJsonNumber("id").longValue());
            }
        }
        return ids.subList(skip, skip + n);
    }

    static long id(Api.Res r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().getJsonNumber("id").longValue();
    }
}
