package org.carebridge.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly dynamic review over REST: triggers gathered idempotently, a proposal and a dismissal,
 * street sign-off then district confirmation by another person, exits applied from the next month,
 * the 增员/减员 CSV, bad months, and another district (404).
 */
class ReviewsIT extends ApiIT {

    private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

    /** A supported child with a resident ID from further down the register (other tests take the first ones). */
    private JsonObject supportedChild(String token) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonValue v : api.get("api/v1/children?size=200&page=0", token).json().getJsonArray("items")) {
            JsonObject c = v.asJsonObject();
            if ("SUPPORTED".equals(c.getString("status")) && c.containsKey("residentIdMasked")) {
                found.add(c);
            }
        }
        return found.get(found.size() - 1);
    }

    @Test
    void aMonthIsGatheredSignedConfirmedAndExported() {
        String cw = api.token("d1.caseworker");
        String month = THIS_MONTH.minusMonths(1).toString();
        JsonObject first = api.send("POST", "api/v1/reviews/" + month + "/generate", cw, null).json();
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("OPEN");
        JsonObject again = api.send("POST", "api/v1/reviews/" + month + "/generate", cw, null).json();
        assertThat(again.getJsonNumber("checks").longValue()).isEqualTo(first.getJsonNumber("checks").longValue());
        assertThat(again.getJsonNumber("exits").longValue()).isEqualTo(first.getJsonNumber("exits").longValue());

        JsonObject child = supportedChild(cw);
        long childId = child.getJsonNumber("id").longValue();
        Api.Res automaticReason = api.send("POST", "api/v1/reviews/" + month + "/entries", cw,
                "{\"childId\":" + childId + ",\"reason\":\"TURNED_18\",\"detail\":\"x\"}");
        assertThat(automaticReason.json().getString("messageKey")).isEqualTo("review.reason.manualOnly");
        Api.Res proposed = api.send("POST", "api/v1/reviews/" + month + "/entries", cw,
                "{\"childId\":" + childId + ",\"reason\":\"ADOPTED\",\"detail\":\"经民政部门登记收养\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().getString("direction")).isEqualTo("EXIT");
        assertThat(proposed.json().getString("effectiveMonth")).isEqualTo(THIS_MONTH.toString());

        JsonObject checks = api.get("api/v1/reviews/" + month + "/entries?direction=CHECK&limit=1", cw).json();
        long checkId = checks.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Res dismissed = api.send("POST", "api/v1/reviews/" + month + "/entries/" + checkId + "/dismiss", cw,
                "{\"reason\":\"已于上月走访，补录中\"}");
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);

        assertThat(api.get("api/v1/reviews/" + month + "/changes.csv", cw).status()).isEqualTo(409);
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/confirm", api.token("d1.approver"), null)
                .json().getString("messageKey")).isEqualTo("review.board.notSigned");
        JsonObject signed = api.send("POST", "api/v1/reviews/" + month + "/street-sign", cw, null).json();
        assertThat(signed.getString("status")).isEqualTo("STREET_SIGNED");
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/entries", cw,
                "{\"childId\":" + childId + ",\"reason\":\"ADOPTED\",\"detail\":\"late\"}").status()).isEqualTo(409);
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/confirm", cw, null).status()).isEqualTo(403);
        JsonObject confirmed = api.send("POST", "api/v1/reviews/" + month + "/confirm", api.token("d1.approver"), null)
                .json();
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getString("confirmedBy")).isEqualTo("d1.approver");

        // The exit is applied to the register.
        assertThat(api.get("api/v1/children/" + childId, cw).json().getJsonObject("summary").getString("status"))
                .isEqualTo("EXITED");

        // The file: admissions and exits only, full IDs, reason codes, the effective month.
        Api.Res csv = api.get("api/v1/reviews/" + month + "/changes.csv", cw);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String fullId = api.send("POST", "api/v1/children/" + childId + "/resident-id", cw,
                "{\"reason\":\"核对增减员名单\"}").json().getString("residentId");
        assertThat(csv.body()).startsWith("\uFEFF变动类型,身份证号码,姓名,儿童类别,原因代码,生效月份")
                .contains("减员," + fullId + ",").contains(",ADOPTED," + THIS_MONTH)
                .doesNotContain("NO_VISIT");
        assertThat(api.get("api/v1/reviews/" + month + "/changes.csv", api.token("d1.auditor")).status())
                .isEqualTo(403);
        assertThat(api.get("api/v1/audit?limit=50", api.token("d1.admin")).body()).contains("REVIEW_EXPORTED");
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/generate", cw, null).status()).isEqualTo(409);
    }

    @Test
    void theDemoBoardHasTriggeredAdmissionsExitsAndChecks() {
        String approver = api.token("d1.approver");
        JsonObject board = api.get("api/v1/reviews/" + THIS_MONTH, approver).json();
        assertThat(board.getJsonNumber("admissions").longValue()).as(board.toString()).isPositive();
        assertThat(board.getJsonNumber("exits").longValue()).isPositive();
        for (JsonValue v : api.get("api/v1/reviews/" + THIS_MONTH + "/entries?direction=EXIT&limit=200", approver)
                .json().getJsonArray("items")) {
            JsonObject e = v.asJsonObject();
            assertThat(e.getString("effectiveMonth")).isEqualTo(THIS_MONTH.plusMonths(1).toString());
            assertThat(e.getString("residentIdMasked", "")).doesNotMatch("\\d{17}[\\dX]");
        }
        assertThat(api.get("api/v1/reviews?limit=10", approver).json().getJsonNumber("total").longValue())
                .isPositive();
    }

    @Test
    void badMonthsAndAnotherDistrict() {
        String cw = api.token("d1.caseworker");
        for (String bad : new String[]{"2026-13", THIS_MONTH.plusMonths(1).toString(), "2026-1", "abc"}) {
            Api.Res r = api.send("POST", "api/v1/reviews/" + bad + "/generate", cw, null);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().getString("messageKey")).isEqualTo("review.month.invalid");
        }
        long d1Entry = api.get("api/v1/reviews/" + THIS_MONTH + "/entries?limit=1", cw).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long d1Child = api.get("api/v1/children?size=1", cw).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String d2 = api.token("d2.caseworker");
        String month = THIS_MONTH.minusMonths(2).toString();
        assertThat(api.get("api/v1/reviews/" + month, d2).status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/generate", d2, null).status()).isEqualTo(200);
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/entries/" + d1Entry + "/dismiss", d2,
                "{\"reason\":\"篡改\"}").status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/reviews/" + month + "/entries", d2,
                "{\"childId\":" + d1Child + ",\"reason\":\"ADOPTED\",\"detail\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.get("api/v1/reviews/" + month + "/entries?limit=200", d2).body()).doesNotContain("\"childId\":" + d1Child + ",");
        assertThat(api.get("api/v1/reviews/" + THIS_MONTH + "/entries?limit=1", cw).json().getJsonArray("items")
                .getJsonObject(0).containsKey("dismissedReason")).isFalse();
    }
}
