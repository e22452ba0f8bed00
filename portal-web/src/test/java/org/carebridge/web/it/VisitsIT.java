package org.carebridge.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visits over REST: planning with a team of members, recording findings and needs, follow-up
 * actions with owners, overdue counts, a volunteer limited to their teams, read-only roles, bad
 * input, and another district's visits (404, nothing changed).
 */
class VisitsIT extends ApiIT {

    /** A child of the district that is still in the register. */
    private long activeChild(String token) {
        for (JsonValue v : api.get("api/v1/children?size=50", token).json().getJsonArray("items")) {
            JsonObject c = v.asJsonObject();
            if (!"EXITED".equals(c.getString("status"))) {
                return c.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no active child");
    }

    private static String plan(long childId, LocalDate on, String volunteer) {
        return "{\"childId\":" + childId + ",\"plannedOn\":\"" + on + "\",\"socialWorker\":\"d1.caseworker\","
                + "\"childDirector\":\"d1.director\"" + (volunteer == null ? "" : ",\"volunteer\":\"" + volunteer + "\"")
                + "}";
    }

    @Test
    void aVisitIsPlannedRecordedAndFollowedUpByItsTeam() {
        String cw = api.token("d1.caseworker");
        long child = activeChild(cw);
        Api.Res planned = api.send("POST", "api/v1/visits", cw, plan(child, TODAY.plusDays(3), "s1.admin"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        JsonObject v = planned.json();
        long id = v.getJsonNumber("id").longValue();
        assertThat(v.getString("status")).isEqualTo("PLANNED");
        assertThat(v.getBoolean("overdue")).isFalse();

        // The volunteer on the team (s1.admin volunteers in d1) records it.
        String volunteer = api.token("s1.admin", "d1");
        Api.Res recorded = api.send("POST", "api/v1/visits/" + id + "/record", volunteer,
                "{\"visitedOn\":\"" + TODAY + "\",\"findings\":\"孩子缺少冬衣，祖母行动不便\",\"needs\":[\"MATERIAL\",\"NURSING\"]}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().getString("status")).isEqualTo("DONE");
        assertThat(recorded.json().getJsonArray("needs").toString()).contains("MATERIAL").contains("NURSING");
        assertThat(api.send("POST", "api/v1/visits/" + id + "/record", cw,
                "{\"visitedOn\":\"" + TODAY + "\",\"findings\":\"again\"}").status()).isEqualTo(409);

        Api.Res action = api.send("POST", "api/v1/visits/" + id + "/actions", cw,
                "{\"need\":\"MATERIAL\",\"description\":\"发放冬衣\",\"owner\":\"s1.admin\",\"dueOn\":\"" + TODAY.plusDays(7) + "\"}");
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        long actionId = action.json().getJsonNumber("id").longValue();
        assertThat(api.get("api/v1/visits/actions?mine=true&limit=200", volunteer).body()).contains("发放冬衣");

        // Only the owner (or a caseworker) closes it; an approver reads but does not act.
        String approver = api.token("d1.approver");
        assertThat(api.get("api/v1/visits/" + id, approver).json().getJsonArray("actions")).hasSize(1);
        assertThat(api.send("POST", "api/v1/visits/actions/" + actionId + "/done", approver, "{}").status())
                .isEqualTo(403);
        Api.Res done = api.send("POST", "api/v1/visits/actions/" + actionId + "/done", volunteer,
                "{\"note\":\"已送达\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().getString("status")).isEqualTo("DONE");
        assertThat(done.json().getString("doneBy")).isEqualTo("s1.admin");

        // The child's audit trail has the visit.
        assertThat(api.get("api/v1/children/" + child + "/access-log?limit=50", api.token("d1.admin")).body())
                .contains("VISIT_RECORDED").contains("VISIT_ACTION_DONE");
    }

    @Test
    void overdueVisitsAndActionsAreCountedFromTheDemoData() {
        String cw = api.token("d1.caseworker");
        JsonObject overdue = api.get("api/v1/visits?overdue=true&limit=200", cw).json();
        assertThat(overdue.getJsonNumber("total").longValue()).isPositive();
        for (JsonValue v : overdue.getJsonArray("items")) {
            assertThat(v.asJsonObject().getString("status")).isEqualTo("PLANNED");
            assertThat(LocalDate.parse(v.asJsonObject().getString("plannedOn"))).isBefore(TODAY);
            assertThat(v.asJsonObject().getBoolean("overdue")).isTrue();
        }
        JsonObject actions = api.get("api/v1/visits/actions?overdue=true&limit=200", cw).json();
        assertThat(actions.getJsonNumber("total").longValue()).isPositive();
        for (JsonValue a : actions.getJsonArray("items")) {
            assertThat(a.asJsonObject().getString("status")).isEqualTo("OPEN");
            assertThat(LocalDate.parse(a.asJsonObject().getString("dueOn"))).isBefore(TODAY);
        }
    }

    @Test
    void aVolunteerSeesOnlyTheVisitsOfTheirTeams() {
        String volunteer = api.token("s1.admin", "d1");
        JsonObject mine = api.get("api/v1/visits?limit=200", volunteer).json();
        assertThat(mine.getJsonNumber("total").longValue()).isPositive();
        for (JsonValue v : mine.getJsonArray("items")) {
            assertThat(v.asJsonObject().getString("volunteer", "")).isEqualTo("s1.admin");
        }
        String cw = api.token("d1.caseworker");
        Api.Res other = api.send("POST", "api/v1/visits", cw, plan(activeChild(cw), TODAY.plusDays(5), null));
        long otherId = other.json().getJsonNumber("id").longValue();
        assertThat(api.get("api/v1/visits/" + otherId, volunteer).status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/visits/" + otherId + "/cancel", volunteer, "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        // A caseworker cancels with a reason; the reason is required.
        assertThat(api.send("POST", "api/v1/visits/" + otherId + "/cancel", cw, "{\"reason\":\" \"}").json()
                .getString("messageKey")).isEqualTo("visit.cancelReason.required");
        assertThat(api.send("POST", "api/v1/visits/" + otherId + "/cancel", cw, "{\"reason\":\"家属外出务工\"}")
                .json().getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        String cw = api.token("d1.caseworker");
        long child = activeChild(cw);
        String[][] cases = {
                {plan(child, TODAY.minusDays(1), null), "visit.plannedOn.range"},
                {plan(child, TODAY.plusDays(1), null).replace(TODAY.plusDays(1).toString(), "2027-02-30"), "visit.plannedOn.range"},
                {plan(child, TODAY.plusDays(1), "d2.caseworker"), "visit.team.notMember"},
                {plan(child, TODAY.plusDays(1), null).replace("d1.director", "d1.caseworker"), "visit.team.distinct"},
        };
        long before = api.get("api/v1/visits?childId=" + child, cw).json().getJsonNumber("total").longValue();
        for (String[] c : cases) {
            Api.Res r = api.send("POST", "api/v1/visits", cw, c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().getString("messageKey")).as(c[0]).isEqualTo(c[1]);
            assertThat(r.body()).doesNotContain("Exception");
        }
        assertThat(api.get("api/v1/visits?childId=" + child, cw).json().getJsonNumber("total").longValue())
                .isEqualTo(before);
        Api.Res english = api.send("POST", "api/v1/visits", cw, cases[0][0], "en");
        assertThat(english.json().getString("detail")).contains("planned date");
    }

    @Test
    void anotherDistrictsVisitsAreNotThere() {
        String cw = api.token("d1.caseworker");
        long child = activeChild(cw);
        long id = api.send("POST", "api/v1/visits", cw, plan(child, TODAY.plusDays(2), null)).json()
                .getJsonNumber("id").longValue();
        String d2 = api.token("d2.caseworker");
        assertThat(api.get("api/v1/visits/" + id, d2).status()).isEqualTo(404);
        Api.Res record = api.send("POST", "api/v1/visits/" + id + "/record", d2,
                "{\"visitedOn\":\"" + TODAY + "\",\"findings\":\"篡改\"}");
        assertThat(record.status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/visits", d2,
                "{\"childId\":" + child + ",\"plannedOn\":\"" + TODAY.plusDays(2) + "\",\"socialWorker\":\"d2.caseworker\","
                        + "\"childDirector\":\"d2.director\"}").status()).isEqualTo(404);
        assertThat(api.get("api/v1/visits?childId=" + child + "&limit=200", d2).json().getJsonNumber("total")
                .longValue()).isZero();
        assertThat(api.get("api/v1/visits/" + id, cw).json().getString("status")).isEqualTo("PLANNED");
    }
}
