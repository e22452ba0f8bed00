package org.carebridge.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals across tenants: the receiver sees only the grant, only while the referral is open, and
 * its opening is logged for the district; each side does only its own steps; a third tenant sees
 * nothing; bad input is refused.
 */
class ReferralsIT extends ApiIT {

    private long supportedChild(String token, int skip) {
        int seen = 0;
        for (JsonValue v : api.get("api/v1/children?size=200&page=1", token).json().getJsonArray("items")) {
            if ("SUPPORTED".equals(v.asJsonObject().getString("status")) && seen++ == skip) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no supported child");
    }

    private static String referral(long childId, String to, boolean share) {
        return "{\"childId\":" + childId + ",\"toTenant\":\"" + to + "\",\"serviceType\":\"COUNSELLING\","
                + "\"reason\":\"孩子情绪低落，需要心理辅导\",\"basis\":\"GUARDIAN_CONSENT\",\"basisDetail\":\"同意书 TZ-031\","
                + "\"consentOn\":\"" + TODAY + "\",\"shareGuardianContact\":" + share + "}";
    }

    @Test
    void theReceiverSeesTheGrantWhileOpenAndTheDistrictSeesWhoLooked() {
        String d1 = api.token("d1.caseworker");
        long child = supportedChild(d1, 0);
        Api.Res sent = api.send("POST", "api/v1/referrals", d1, referral(child, "s1", true));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().getJsonNumber("id").longValue();
        assertThat(sent.json().getJsonNumber("childId").longValue()).isEqualTo(child);
        String mobile = sent.json().getJsonObject("grant").getString("guardianMobile");
        assertThat(mobile).matches("1\\d{10}");

        String s1 = api.token("s1.worker");
        JsonObject listed = null;
        for (JsonValue v : api.get("api/v1/referrals?side=received&limit=200", s1).json().getJsonArray("items")) {
            if (v.asJsonObject().getJsonNumber("id").longValue() == id) {
                listed = v.asJsonObject();
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.containsKey("childId")).isFalse();
        assertThat(listed.getJsonObject("grant").containsKey("guardianMobile")).isFalse();
        assertThat(listed.getJsonObject("grant").containsKey("residentIdMasked")).isFalse();

        JsonObject opened = api.get("api/v1/referrals/" + id, s1).json();
        assertThat(opened.containsKey("childId")).isFalse();
        assertThat(opened.getJsonObject("grant").getString("guardianMobile")).isEqualTo(mobile);
        assertThat(opened.getJsonObject("grant").getString("residentIdMasked")).contains("*");
        assertThat(api.get("api/v1/children/" + child + "/access-log?limit=50", api.token("d1.admin")).body())
                .contains("CHILD_VIEWED_BY_RECEIVER").contains("referral " + id + " by s1");

        // Each side does only its own steps.
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/answer", d1, "{\"accept\":true}").status())
                .isEqualTo(403);
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/revoke", s1, "{\"note\":\"x\"}").status())
                .isEqualTo(403);
        String service = "{\"deliveredOn\":\"" + TODAY + "\",\"durationMinutes\":50,\"staff\":\"阳光社工 周老师\","
                + "\"outcome\":\"首次心理辅导，建立信任\",\"notes\":\"提到父亲，情绪波动\"}";
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/services", s1, service).status()).isEqualTo(409);
                assertThat(api.send("POST", "api/v1/referrals/" + id + "/answer", s1, "{\"accept\":true}").json()
                .getString("status")).isEqualTo("ACCEPTED");

        // The receiver records the services it gives; they land in the district's register.
        Api.Res given = api.send("POST", "api/v1/referrals/" + id + "/services", s1, service);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().containsKey("childId")).isFalse();
        assertThat(given.json().getString("type")).isEqualTo("COUNSELLING");
        assertThat(given.json().getString("providerName")).isEqualTo("阳光社会工作服务中心");
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/services", d1, service).status()).isEqualTo(403);
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/services", api.token("f1.admin"), service).status())
                .isEqualTo(404);
        assertThat(api.get("api/v1/referrals/" + id + "/services", s1).body()).contains("首次心理辅导");
        String districtList = api.get("api/v1/service-records?childId=" + child + "&limit=200", d1).body();
        assertThat(districtList).contains("首次心理辅导").contains("阳光社会工作服务中心").contains("提到父亲");
        assertThat(api.get("api/v1/service-records?childId=" + child + "&limit=200", api.token("d1.approver")).body())
                .contains("首次心理辅导").doesNotContain("提到父亲");
        assertThat(api.get("api/v1/children/" + child + "/timeline?limit=200", d1).body()).contains("首次心理辅导");
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/services", s1,
                "{\"deliveredOn\":\"2026-02-30\",\"durationMinutes\":50,\"staff\":\"x\"}").json()
                .getString("messageKey")).isEqualTo("service.deliveredOn.range");
        JsonObject done = api.send("POST", "api/v1/referrals/" + id + "/done", s1,
                "{\"note\":\"完成6次心理辅导，情绪稳定\"}").json();
        assertThat(done.getString("status")).isEqualTo("DONE");

        assertThat(api.send("POST", "api/v1/referrals/" + id + "/services", s1, service).status()).isEqualTo(409);
        // Closed: the receiver keeps the status and its own notes, not the child's details.
        JsonObject after = api.get("api/v1/referrals/" + id, s1).json();
        assertThat(after.containsKey("grant")).isFalse();
        assertThat(after.containsKey("reason")).isFalse();
        JsonObject senderView = api.get("api/v1/referrals/" + id, d1).json();
        assertThat(senderView.getString("closeNote")).isEqualTo("完成6次心理辅导，情绪稳定");
        assertThat(api.get("api/v1/children/" + child + "/timeline?limit=200", d1).body()).contains("REFERRAL");
        assertThat(api.get("api/v1/children/" + child + "/access-log?limit=50", api.token("d1.admin")).body())
                .contains("REFERRAL_DONE");
    }

    @Test
    void aRevokedReferralEndsTheViewAndContactIsSharedOnlyWhenChosen() {
        String d1 = api.token("d1.caseworker");
        long child = supportedChild(d1, 1);
        long id = api.send("POST", "api/v1/referrals", d1, referral(child, "s1", false)).json()
                .getJsonNumber("id").longValue();
        String s1 = api.token("s1.admin", "s1");
        JsonObject opened = api.get("api/v1/referrals/" + id, s1).json();
        assertThat(opened.getJsonObject("grant").containsKey("guardianMobile")).isFalse();
        assertThat(opened.getJsonObject("grant").containsKey("guardianName")).isFalse();
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/revoke", d1, "{\"note\":\" \"}").json()
                .getString("messageKey")).isEqualTo("referral.revokeReason.required");
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/revoke", d1, "{\"note\":\"监护人撤回同意\"}").json()
                .getString("status")).isEqualTo("REVOKED");
        assertThat(api.get("api/v1/referrals/" + id, s1).json().containsKey("grant")).isFalse();
        assertThat(api.send("POST", "api/v1/referrals/" + id + "/answer", s1, "{\"accept\":true}").status())
                .isEqualTo(409);
    }

    @Test
    void aThirdTenantSeesNothingAndBadInputIsRefused() {
        String d1 = api.token("d1.caseworker");
        long child = supportedChild(d1, 2);
        long id = api.send("POST", "api/v1/referrals", d1, referral(child, "s1", true)).json()
                .getJsonNumber("id").longValue();
        for (String other : new String[]{"d2.caseworker", "f1.admin"}) {
            String t = api.token(other);
            assertThat(api.get("api/v1/referrals/" + id, t).status()).as(other).isEqualTo(404);
            assertThat(api.send("POST", "api/v1/referrals/" + id + "/answer", t, "{\"accept\":true}").status())
                    .as(other).isEqualTo(404);
            assertThat(api.get("api/v1/referrals?side=received&limit=200", t).body()).as(other)
                    .doesNotContain("\"id\":" + id + ",");
        }
        String[][] cases = {
                {referral(child, "nosuch", true), "referral.receiver.unknown"},
                {referral(child, "d2", true), "referral.receiver.unknown"},
                {referral(child, "s1", true).replace(TODAY.toString(), TODAY.plusDays(1).toString()), "referral.consentOn.range"},
                {referral(child, "s1", true).replace("\"basis\":\"GUARDIAN_CONSENT\",", ""), "referral.basis.required"},
                {referral(child, "s1", true).replace("孩子情绪低落，需要心理辅导", " "), "referral.reason.required"},
        };
        for (String[] c : cases) {
            Api.Res r = api.send("POST", "api/v1/referrals", d1, c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().getString("messageKey")).as(c[0]).isEqualTo(c[1]);
        }
        long d2Child = api.get("api/v1/children?size=1", api.token("d2.caseworker")).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.send("POST", "api/v1/referrals", d1, referral(d2Child, "s1", true)).status()).isEqualTo(404);
        assertThat(api.get("api/v1/referrals/receivers", d1).body()).contains("\"code\":\"s1\"").contains("\"code\":\"f1\"")
                .doesNotContain("\"code\":\"d2\"");
    }
}
