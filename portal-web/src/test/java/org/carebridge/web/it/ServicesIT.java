package org.carebridge.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case plans, service records and the child's timeline over REST: revisions, restricted notes,
 * volunteers limited to their own records, voiding, bad input, and another district (404, no data).
 */
class ServicesIT extends ApiIT {

    private long childWithStatus(String token, String status) {
        for (int page = 0; page < 10; page++) {
            for (JsonValue v : api.get("api/v1/children?size=100&page=" + page, token).json().getJsonArray("items")) {
                if (status.equals(v.asJsonObject().getString("status"))) {
                    return v.asJsonObject().getJsonNumber("id").longValue();
                }
            }
        }
        throw new AssertionError("no child with status " + status);
    }

    private static String service(long childId, String type, LocalDate on, int minutes, String outcome, String notes) {
        return "{\"childId\":" + childId + ",\"type\":\"" + type + "\",\"deliveredOn\":\"" + on + "\",\"durationMinutes\":"
                + minutes + ",\"staff\":\"李老师\",\"outcome\":\"" + outcome + "\""
                + (notes == null ? "" : ",\"notes\":\"" + notes + "\"") + "}";
    }

    @Test
    void aCasePlanIsRevisedWithHistoryAndOnlySupportedChildrenHaveOne() {
        String cw = api.token("d1.caseworker");
        long child = childWithStatus(cw, "SUPPORTED");
        String body = "{\"needs\":[\"PSYCHOLOGICAL\"],\"goals\":\"三个月内情绪稳定\",\"plannedServices\":[\"COUNSELLING\"],"
                + "\"reviewOn\":\"" + TODAY.plusMonths(3) + "\"}";
        Api.Res first = api.send("PUT", "api/v1/children/" + child + "/case-plan", cw, body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Res second = api.send("PUT", "api/v1/children/" + child + "/case-plan", cw,
                body.replace("三个月内情绪稳定", "继续巩固，开始课业辅导").replace("[\"COUNSELLING\"]", "[\"COUNSELLING\",\"TUTORING\"]"));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        int revision = second.json().getInt("revision");
        assertThat(revision).isEqualTo(first.json().getInt("revision") + 1);

        JsonObject plans = api.get("api/v1/children/" + child + "/case-plan", api.token("d1.approver")).json();
        assertThat(plans.getJsonObject("current").getInt("revision")).isEqualTo(revision);
        assertThat(plans.getJsonObject("current").getString("goals")).isEqualTo("继续巩固，开始课业辅导");
        long currentCount = plans.getJsonArray("history").stream()
                .filter(p -> p.asJsonObject().getBoolean("current")).count();
        assertThat(currentCount).isEqualTo(1);
        assertThat(plans.getJsonArray("history").size()).isGreaterThanOrEqualTo(2);

        long discovered = childWithStatus(cw, "DISCOVERED");
        Api.Res refused = api.send("PUT", "api/v1/children/" + discovered + "/case-plan", cw, body);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("messageKey")).isEqualTo("casePlan.notSupported");
        Api.Res noNeeds = api.send("PUT", "api/v1/children/" + child + "/case-plan", cw,
                body.replace("[\"PSYCHOLOGICAL\"]", "[]"));
        assertThat(noNeeds.json().getString("messageKey")).isEqualTo("casePlan.needs.required");
    }

    @Test
    void notesAreForCaseStaffAndTheTimelineShowsTheServiceWithoutThem() {
        String cw = api.token("d1.caseworker");
        long child = childWithStatus(cw, "SUPPORTED");
        String marker = "辅导" + UUID.randomUUID().toString().substring(0, 8);
        Api.Res created = api.send("POST", "api/v1/service-records", cw,
                service(child, "COUNSELLING", TODAY, 50, marker, "机密备注：父亲服刑情况"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("notes")).isEqualTo("机密备注：父亲服刑情况");
        assertThat(created.json().getString("providerName")).isEqualTo("通州区民政局");

        JsonObject asApprover = api.get("api/v1/service-records/" + id, api.token("d1.approver")).json();
        assertThat(asApprover.containsKey("notes")).isFalse();
        assertThat(asApprover.getBoolean("notesHidden")).isTrue();
        assertThat(api.get("api/v1/service-records?childId=" + child + "&limit=200", api.token("d1.auditor")).body())
                .contains(marker).doesNotContain("机密备注");

        Api.Res timeline = api.get("api/v1/children/" + child + "/timeline?limit=200", cw);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body()).contains(marker).doesNotContain("机密备注");
        JsonArray items = timeline.json().getJsonArray("items");
        for (int i = 1; i < items.size(); i++) {
            Instant earlier = Instant.parse(items.getJsonObject(i).getString("at"));
            Instant later = Instant.parse(items.getJsonObject(i - 1).getString("at"));
            assertThat(earlier).isBeforeOrEqualTo(later);
        }
        JsonObject paged = api.get("api/v1/children/" + child + "/timeline?limit=1&offset=1", cw).json();
        assertThat(paged.getJsonArray("items")).hasSize(1);
        assertThat(paged.getJsonNumber("total").longValue()).isEqualTo(timeline.json().getJsonNumber("total").longValue());

        // Voiding: not by an approver; by the recorder with a reason; the record leaves the default list.
        assertThat(api.send("POST", "api/v1/service-records/" + id + "/void", api.token("d1.approver"),
                "{\"reason\":\"x\"}").status()).isEqualTo(403);
        Api.Res voided = api.send("POST", "api/v1/service-records/" + id + "/void", cw, "{\"reason\":\"录入重复\"}");
        assertThat(voided.json().getString("voidReason")).isEqualTo("录入重复");
        assertThat(api.get("api/v1/service-records?childId=" + child + "&limit=200", cw).body()).doesNotContain(marker);
        assertThat(api.get("api/v1/service-records?childId=" + child + "&includeVoid=true&limit=200", cw).body())
                .contains(marker);
        assertThat(api.get("api/v1/children/" + child + "/timeline?limit=200", cw).body()).doesNotContain(marker);
    }

    @Test
    void aVolunteerRecordsTheirOwnServicesAndSeesOnlyThose() {
        String cw = api.token("d1.caseworker");
        long child = childWithStatus(cw, "SUPPORTED");
        String volunteer = api.token("s1.admin", "d1");
        Api.Res mine = api.send("POST", "api/v1/service-records", volunteer,
                service(child, "TUTORING", TODAY.minusDays(1), 90, "完成数学作业", "孩子说想妈妈"));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        JsonObject list = api.get("api/v1/service-records?limit=200", volunteer).json();
        assertThat(list.getJsonNumber("total").longValue()).isPositive();
        for (JsonValue v : list.getJsonArray("items")) {
            assertThat(v.asJsonObject().getString("recordedBy")).isEqualTo("s1.admin");
        }
        long someoneElses = api.get("api/v1/service-records?limit=1", cw).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        if (someoneElses != mine.json().getJsonNumber("id").longValue()) {
            assertThat(api.get("api/v1/service-records/" + someoneElses, volunteer).status()).isEqualTo(404);
        }
        // Volunteers do not read the whole case: no timeline, no case-plan writing.
        assertThat(api.get("api/v1/children/" + child + "/timeline", volunteer).status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        String cw = api.token("d1.caseworker");
        long child = childWithStatus(cw, "SUPPORTED");
        long before = api.get("api/v1/service-records?childId=" + child, cw).json().getJsonNumber("total").longValue();
        String[][] cases = {
                {service(child, "COUNSELLING", TODAY.plusDays(1), 30, "x", null), "service.deliveredOn.range"},
                {service(child, "COUNSELLING", TODAY, 30, "x", null).replace(TODAY.toString(), "2026-02-30"), "service.deliveredOn.range"},
                {service(child, "COUNSELLING", TODAY, 0, "x", null), "service.duration.range"},
                {service(child, "COUNSELLING", TODAY, 30, "x", null).replace("李老师", " "), "service.staff.required"},
                {service(child, "COUNSELLING", TODAY, 30, "x", null).replace("\"COUNSELLING\"", "\"ASTROLOGY\""), "error.badRequest"},
        };
        for (String[] c : cases) {
            Api.Res r = api.send("POST", "api/v1/service-records", cw, c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().getString("messageKey")).as(c[0]).isEqualTo(c[1]);
            assertThat(r.body()).doesNotContain("Exception");
        }
        assertThat(api.get("api/v1/service-records?type=ASTROLOGY", cw).json().getString("messageKey"))
                .isEqualTo("service.type.unknown");
        assertThat(api.get("api/v1/service-records?childId=" + child, cw).json().getJsonNumber("total").longValue())
                .isEqualTo(before);
    }

    @Test
    void anotherDistrictSeesNoneOfIt() {
        String cw = api.token("d1.caseworker");
        long child = childWithStatus(cw, "SUPPORTED");
        long id = api.send("POST", "api/v1/service-records", cw, service(child, "MENTORING", TODAY, 30, "陪伴", null))
                .json().getJsonNumber("id").longValue();
        String d2 = api.token("d2.caseworker");
        assertThat(api.get("api/v1/service-records/" + id, d2).status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/service-records/" + id + "/void", d2, "{\"reason\":\"篡改\"}").status())
                .isEqualTo(404);
        assertThat(api.get("api/v1/children/" + child + "/timeline", d2).status()).isEqualTo(404);
        assertThat(api.get("api/v1/children/" + child + "/case-plan", d2).status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/service-records", d2, service(child, "MENTORING", TODAY, 30, "x", null))
                .status()).isEqualTo(404);
        assertThat(api.get("api/v1/service-records?childId=" + child + "&limit=200", d2).json()
                .getJsonNumber("total").longValue()).isZero();
        assertThat(api.get("api/v1/service-records/" + id, cw).json().containsKey("voidReason")).isFalse();
    }
}
