package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenders and sealed bids over REST: drafts hidden from everyone but their district, published
 * tenders open to organisations, bids sealed until the deadline (also for the district), rival bids
 * never readable, replacement and withdrawal, amendments kept as history, cancellation, bad input,
 * wrong roles and other districts.
 */
class TendersIT extends ApiIT {

    private static String terms(String title, String deadline, String budget, int w1, int w2) {
        return "{\"title\":\"" + title + "\",\"serviceType\":\"COUNSELLING\",\"description\":\"为困境儿童提供心理辅导与家庭支持\","
                + "\"targetGroups\":\"事实无人抚养儿童\",\"childrenTarget\":40,\"area\":\"110112\",\"budgetCeiling\":\"" + budget + "\","
                + "\"periodStart\":\"" + TODAY.plusMonths(2) + "\",\"periodEnd\":\"" + TODAY.plusMonths(14) + "\","
                + "\"kpis\":\"≥120次个体辅导\",\"criteria\":[{\"name\":\"服务方案\",\"weight\":" + w1 + "},{\"name\":\"报价\",\"weight\":" + w2 + "}],"
                + "\"requiredDocuments\":\"机构资质证明\",\"bidDeadline\":\"" + deadline + "\"}";
    }

    private static String bid(String price, String proposal) {
        return "{\"price\":\"" + price + "\",\"proposal\":\"" + proposal + "\",\"team\":\"社工3名\",\"plan\":\"每月两次入户\"}";
    }

    private long id(Api.Res r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().getJsonNumber("id").longValue();
    }

    private long version(String token, long id) {
        return api.get("api/v1/tenders/" + id, token).json().getJsonNumber("version").longValue();
    }

    private JsonArray array(Api.Res r) {
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    @Test
    void bidsStaySealedUntilTheDeadlineEvenForTheDistrictAndRivalsNeverSeeEachOther() throws InterruptedException {
        String district = api.token("d1.admin");
        Instant deadline = Instant.now().plusSeconds(10);
        long tender = id(api.send("POST", "api/v1/tenders", district, terms("心理关爱服务（密封测试）", deadline.toString(), "350000.00", 60, 40)));
        assertThat(api.get("api/v1/tenders/" + tender, api.token("s1.admin", "s1")).status()).isEqualTo(404);
        Api.Res published = api.send("POST", "api/v1/tenders/" + tender + "/publish", district,
                "{\"version\":" + version(district, tender) + "}");
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");

        String s1 = api.token("s1.admin", "s1");
        String f1 = api.token("f1.admin");
        assertThat(api.get("api/v1/tenders?limit=50", s1).body()).contains("心理关爱服务（密封测试）");
        assertThat(api.get("api/v1/tenders/" + tender, api.token("d2.admin")).status()).isEqualTo(404);
        assertThat(api.get("api/v1/tenders/" + tender, api.token("city.viewer")).status()).isIn(403, 404);

        long first = id(api.send("POST", "api/v1/tenders/" + tender + "/bids", s1, bid("330000.00", "第一版方案")));
        long s1Bid = id(api.send("POST", "api/v1/tenders/" + tender + "/bids", s1, bid("320000.00", "修改后的方案")));
        long f1Bid = id(api.send("POST", "api/v1/tenders/" + tender + "/bids", f1, bid("300000.00", "基金会联合方案")));
        JsonArray mine = array(api.get("api/v1/tenders/" + tender + "/bids/mine", s1));
        assertThat(mine).hasSize(2);
        assertThat(mine.getJsonObject(1).getString("status")).isEqualTo("REPLACED");
        assertThat(mine.getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(first);

        // Sealed: the district sees how many, not what; rivals see nothing of each other.
        assertThat(api.get("api/v1/tenders/" + tender, district).json().getJsonNumber("bids").longValue()).isEqualTo(2);
        Api.Res sealed = api.get("api/v1/tenders/" + tender + "/bids", district);
        assertThat(sealed.status()).isEqualTo(409);
        assertThat(sealed.json().getString("messageKey")).isEqualTo("bid.sealed");
        assertThat(sealed.body()).doesNotContain("修改后的方案");
        assertThat(api.get("api/v1/tenders/" + tender + "/bids/" + s1Bid, district).status()).isEqualTo(409);
        assertThat(api.get("api/v1/tenders/" + tender + "/bids/" + f1Bid, s1).status()).isEqualTo(404);
        assertThat(api.get("api/v1/tenders/" + tender + "/bids/" + s1Bid, f1).status()).isEqualTo(404);
        assertThat(api.get("api/v1/tenders/" + tender + "/bids", s1).status()).isEqualTo(403);
        assertThat(api.get("api/v1/tenders/" + tender + "/bids/" + s1Bid, s1).json().getString("proposal"))
                .isEqualTo("修改后的方案");

        long wait = deadline.toEpochMilli() - System.currentTimeMillis() + 1500;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids", s1, bid("310000.00", "迟到的方案")).json()
                .getString("messageKey")).isEqualTo("bid.closed");
        JsonArray open = array(api.get("api/v1/tenders/" + tender + "/bids", district));
        assertThat(open).hasSize(2);
        assertThat(open.toString()).contains("修改后的方案").contains("基金会联合方案").doesNotContain("第一版方案");
        assertThat(api.get("api/v1/tenders/" + tender + "/bids/" + f1Bid, s1).status()).isEqualTo(404);
        assertThat(api.get("api/v1/audit?limit=50", district).body()).contains("BIDS_OPENED");

        // The panel scores per criterion; the ranking is the weighted mean; the approver awards.
        String approver = api.token("d1.approver");
        api.send("POST", "api/v1/tenders/" + tender + "/bids/" + s1Bid + "/scores", approver, "{\"scores\":{\"0\":80,\"1\":90}}");
        api.send("POST", "api/v1/tenders/" + tender + "/bids/" + f1Bid + "/scores", approver, "{\"scores\":{\"0\":70,\"1\":60}}");
        Api.Res adminScore = api.send("POST", "api/v1/tenders/" + tender + "/bids/" + s1Bid + "/scores", district,
                "{\"scores\":{\"0\":100}}");
        assertThat(adminScore.status()).as(adminScore.body()).isEqualTo(200);
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids/" + s1Bid + "/scores", approver,
                "{\"scores\":{\"0\":101}}").json().getString("messageKey")).isEqualTo("bid.score.range");
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids/" + s1Bid + "/scores", approver,
                "{\"scores\":{\"5\":50}}").json().getString("messageKey")).isEqualTo("bid.score.criterion");
        JsonArray ranking = array(api.get("api/v1/tenders/" + tender + "/ranking", district));
        assertThat(ranking.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(s1Bid);
        assertThat(ranking.getJsonObject(0).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("90.00");
        assertThat(ranking.getJsonObject(1).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("66.00");
        assertThat(api.get("api/v1/tenders/" + tender + "/ranking", s1).status()).isEqualTo(403);

        String decision = "{\"version\":" + version(district, tender) + ",\"bidId\":" + s1Bid
                + ",\"justification\":\"综合得分第一，方案最完整\"}";
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/decision", district, decision).status()).isEqualTo(403);
        JsonObject awarded = api.send("POST", "api/v1/tenders/" + tender + "/decision", approver, decision).json();
        assertThat(awarded.getString("status")).isEqualTo("AWARDED");
        assertThat(awarded.getString("awardedBidder")).isEqualTo("阳光社会工作服务中心");

        // Bidders see their own score and the result, never the other's.
        JsonObject won = array(api.get("api/v1/tenders/" + tender + "/bids/mine", s1)).getJsonObject(0);
        assertThat(won.getBoolean("awarded")).isTrue();
        assertThat(won.getInt("rank")).isEqualTo(1);
        JsonObject lost = array(api.get("api/v1/tenders/" + tender + "/bids/mine", f1)).getJsonObject(0);
        assertThat(lost.getBoolean("awarded")).isFalse();
        assertThat(lost.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("66.00");
        assertThat(api.get("api/v1/tenders/" + tender, f1).json().getString("awardedBidder")).isEqualTo("阳光社会工作服务中心");
        assertThat(api.get("api/v1/tenders/" + tender + "/bids/mine", f1).body()).doesNotContain("修改后的方案");
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids/" + f1Bid + "/scores", approver,
                "{\"scores\":{\"0\":99}}").status()).isEqualTo(409);
    }

    @Test
    void amendmentsAreKeptCancellationEndsBiddingAndWithdrawalCounts() {
        String district = api.token("d1.admin");
        String deadline = Instant.now().plusSeconds(3 * 24 * 3600).toString();
        long tender = id(api.send("POST", "api/v1/tenders", district, terms("家庭支持服务", deadline, "500000.00", 70, 30)));
        api.send("POST", "api/v1/tenders/" + tender + "/publish", district, "{\"version\":" + version(district, tender) + "}");
        String s1 = api.token("s1.admin", "s1");
        long s1Bid = id(api.send("POST", "api/v1/tenders/" + tender + "/bids", s1, bid("480000.00", "家庭支持方案")));

        long v = version(district, tender);
        String change = "{\"version\":" + v + ",\"terms\":" + terms("家庭支持服务", deadline, "450000.00", 70, 30) + "%s}";
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/amend", district, String.format(change, ""))
                .json().getString("messageKey")).isEqualTo("tender.amendReason.required");
        JsonObject amended = api.send("POST", "api/v1/tenders/" + tender + "/amend", district,
                String.format(change, ",\"reason\":\"财政预算调整\"")).json();
        assertThat(amended.getJsonArray("amendments")).hasSize(1);
        assertThat(amended.getJsonArray("amendments").getJsonObject(0).getString("changes"))
                .contains("budgetCeiling").contains("500000").contains("450000");
        assertThat(api.get("api/v1/tenders/" + tender, s1).json().getJsonArray("amendments").getJsonObject(0)
                .getString("reason")).isEqualTo("财政预算调整");
        Api.Res stale = api.send("POST", "api/v1/tenders/" + tender + "/amend", district,
                String.format(change, ",\"reason\":\"再次调整\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("messageKey")).isEqualTo("error.staleRecord");
        // A bid above the new ceiling is refused.
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids", s1, bid("460000.00", "x")).json()
                .getString("messageKey")).isEqualTo("bid.price.overBudget");

        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids/" + s1Bid + "/withdraw", s1, null).json()
                .getString("status")).isEqualTo("WITHDRAWN");
        assertThat(api.get("api/v1/tenders/" + tender, district).json().getJsonNumber("bids").longValue()).isZero();

        JsonObject cancelled = api.send("POST", "api/v1/tenders/" + tender + "/cancel", district,
                "{\"version\":" + version(district, tender) + ",\"reason\":\"服务需求合并至全区项目\"}").json();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids", s1, bid("100000.00", "x")).json()
                .getString("messageKey")).isEqualTo("bid.closed");
    }

    @Test
    void badInputWrongRolesAndOtherTenants() {
        String district = api.token("d1.admin");
        String later = Instant.now().plusSeconds(86400).toString();
        String[][] cases = {
                {terms("t", later, "350000.005", 60, 40), "value.money.scale"},
                {terms("t", "2026-13-01T10:00", "1000.00", 60, 40), "tender.deadline.invalid"},
                {terms(" ", later, "1000.00", 60, 40), "tender.title.required"},
                {terms("t", later, "-5.00", 60, 40), "tender.budget.positive"},
                {terms("t", later, "1000.00", 60, 40).replace(TODAY.plusMonths(14).toString(), "2027-02-30"), "tender.period.invalid"},
        };
        for (String[] c : cases) {
            Api.Res r = api.send("POST", "api/v1/tenders", district, c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().getString("messageKey")).as(c[0]).isEqualTo(c[1]);
        }
        long draft = id(api.send("POST", "api/v1/tenders", district, terms("权重不足的草稿", later, "1000.00", 50, 40)));
        assertThat(api.send("POST", "api/v1/tenders/" + draft + "/publish", district,
                "{\"version\":" + version(district, draft) + "}").json().getString("messageKey"))
                .isEqualTo("tender.criteria.weights");
        assertThat(api.get("api/v1/tenders?limit=200", api.token("s1.admin", "s1")).body()).doesNotContain("权重不足的草稿");
        assertThat(api.send("POST", "api/v1/tenders", api.token("d1.caseworker"), terms("t", later, "1.00", 60, 40))
                .status()).isEqualTo(403);
        assertThat(api.send("POST", "api/v1/tenders", api.token("s1.admin", "s1"), terms("t", later, "1.00", 60, 40))
                .json().getString("messageKey")).isEqualTo("tender.districtOnly");
        String d2 = api.token("d2.admin");
        assertThat(api.send("POST", "api/v1/tenders/" + draft + "/publish", d2, "{\"version\":0}").status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/tenders/" + draft + "/cancel", d2, "{\"version\":0,\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.get("api/v1/tenders?limit=200", d2).body()).doesNotContain("权重不足的草稿");
    }

    /** Someone who is also a member of the bidding organisation stands aside from scoring its bid. */
    @Test
    void aPanelMemberOfTheBiddingOrganisationMayNotScoreItsBid() throws InterruptedException {
        String district = api.token("d1.admin");
        Instant deadline = Instant.now().plusSeconds(6);
        long tender = id(api.send("POST", "api/v1/tenders", district, terms("回避测试", deadline.toString(), "100000.00", 50, 50)));
        api.send("POST", "api/v1/tenders/" + tender + "/publish", district, "{\"version\":" + version(district, tender) + "}");
        long bid = id(api.send("POST", "api/v1/tenders/" + tender + "/bids", api.token("s1.admin", "s1"), bid("90000.00", "方案")));
        long membership = -1;
        for (var v : api.get("api/v1/members?limit=200", district).json().getJsonArray("items")) {
            if (v.asJsonObject().getString("username").equals("s1.admin")) {
                membership = v.asJsonObject().getJsonNumber("membershipId").longValue();
            }
        }
        assertThat(membership).isPositive();
        // s1.admin volunteers in d1; make them an approver there for this test, then restore.
        assertThat(api.send("PUT", "api/v1/members/" + membership + "/roles", district, "{\"roles\":[\"APPROVER\"]}").status())
                .isEqualTo(200);
        try {
            long wait = deadline.toEpochMilli() - System.currentTimeMillis() + 1500;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            Api.Res conflicted = api.send("POST", "api/v1/tenders/" + tender + "/bids/" + bid + "/scores",
                    api.token("s1.admin", "d1"), "{\"scores\":{\"0\":100,\"1\":100}}");
            assertThat(conflicted.status()).isEqualTo(403);
            assertThat(conflicted.json().getString("messageKey")).isEqualTo("bid.score.conflictOfInterest");
            assertThat(api.send("POST", "api/v1/tenders/" + tender + "/bids/" + bid + "/scores", api.token("d1.approver"),
                    "{\"scores\":{\"0\":60,\"1\":70}}").status()).isEqualTo(200);
        } finally {
            api.send("PUT", "api/v1/members/" + membership + "/roles", district, "{\"roles\":[\"VOLUNTEER\"]}");
        }
    }
}
