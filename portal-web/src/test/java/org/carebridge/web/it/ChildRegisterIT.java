package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of children over REST and its page: search and paging in SQL, registration rules
 * (valid and consistent resident IDs, duplicates caught inside a district only), masking, the audited
 * views and reveals, and isolation from other districts, service organisations and the city.
 */
class ChildRegisterIT extends ApiIT {

    /** A valid resident ID of Tongzhou for a child born on that day, with the sex's parity. */
    private static String residentId(LocalDate birth, boolean male) {
        return TestIds.residentId("110112", birth, male);
    }

    private static String newChild(String name, String residentId, String extra) {
        return "{\"name\":\"" + name + "\",\"residentId\":\"" + residentId + "\",\"residenceRegion\":\"110112003\","
                + "\"categories\":[\"LEFT_BEHIND\",\"SUBSISTENCE_HOUSEHOLD\"],\"careSetting\":\"FAMILY\""
                + ",\"household\":[{\"name\":\"张奶奶\",\"relation\":\"祖母\",\"guardian\":true,\"mobile\":\"+86 138 1234 5678\"}]"
                + extra + "}";
    }

    @Test
    void theDemoRegisterIsSearchableAndPagedInSql() {
        String cw = api.token("d1.caseworker");
        JsonObject all = api.get("api/v1/children?size=50", cw).json();
        assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(300);
        assertThat(all.getJsonArray("items")).hasSize(50);
        JsonObject page2 = api.get("api/v1/children?size=50&page=1", cw).json();
        assertThat(page2.getInt("page")).isEqualTo(1);
        assertThat(page2.getJsonArray("items").getJsonObject(0).getJsonNumber("id"))
                .isNotEqualTo(all.getJsonArray("items").getJsonObject(0).getJsonNumber("id"));

        JsonObject orphans = api.get("api/v1/children?category=ORPHAN&size=200", cw).json();
        assertThat(orphans.getJsonNumber("total").longValue()).isPositive()
                .isLessThan(all.getJsonNumber("total").longValue());
        orphans.getJsonArray("items").getValuesAs(JsonObject.class).forEach(c ->
                assertThat(c.getJsonArray("categories").getValuesAs(JsonString::getString)).contains("ORPHAN"));

        JsonObject named = api.get("api/v1/children?q=%E7%8E%8B&size=200", cw).json(); // 王
        named.getJsonArray("items").getValuesAs(JsonObject.class).forEach(c ->
                assertThat(c.getString("name")).contains("王"));
        all.getJsonArray("items").getValuesAs(JsonObject.class).forEach(c -> {
            if (c.containsKey("residentIdMasked")) {
                assertThat(c.getString("residentIdMasked")).matches("\\d{4}\\*{10}[0-9X]{4}");
            }
        });
        Api.Res badCategory = api.get("api/v1/children?category=ALIEN", cw);
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().getString("messageKey")).isEqualTo("child.category.unknown");
    }

    @Test
    void registrationChecksTheIdAndCatchesDuplicatesInsideTheDistrictOnly() {
        String d1 = api.token("d1.caseworker");
        LocalDate birth = LocalDate.of(2014, 3, 9);
        String id = residentId(birth, false);
        Api.Res created = api.send("POST", "api/v1/children", d1, newChild("欧阳小雨", id, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject record = created.json();
        assertThat(record.getJsonObject("summary").getString("sex")).isEqualTo("FEMALE");
        assertThat(record.getJsonObject("summary").getString("birthDate")).isEqualTo("2014-03-09");
        assertThat(record.toString()).doesNotContain(id).doesNotContain("13812345678");
        assertThat(record.getJsonArray("household").getJsonObject(0).getString("mobileMasked")).isEqualTo("138****5678");

        Api.Res duplicate = api.send("POST", "api/v1/children", d1, newChild("另一个名字", id, ""));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().getString("messageKey")).isEqualTo("child.residentId.duplicate");
        // Another district may register the same ID (a move); nothing tells it d1 has one.
        Api.Res elsewhere = api.send("POST", "api/v1/children", api.token("d2.caseworker"), newChild("欧阳小雨", id, ""));
        assertThat(elsewhere.status()).isEqualTo(201);

        Api.Res mismatch = api.send("POST", "api/v1/children", d1, newChild("李四", residentId(birth, true),
                ",\"sex\":\"FEMALE\""));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().getString("messageKey")).isEqualTo("child.residentId.mismatch");
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Api.Res badCheck = api.send("POST", "api/v1/children", d1, newChild("李四", wrongCheck, ""));
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.json().getString("messageKey")).isEqualTo("value.residentId.checkDigit");
        Api.Res feb29 = api.send("POST", "api/v1/children", d1, "{\"name\":\"李四\",\"sex\":\"MALE\","
                + "\"birthDate\":\"2018-02-29\",\"residenceRegion\":\"110112\",\"categories\":[\"ORPHAN\"],"
                + "\"careSetting\":\"FAMILY\"}");
        assertThat(feb29.status()).isEqualTo(400);
        assertThat(feb29.json().getString("messageKey")).isEqualTo("child.birthDate.invalid");
        Api.Res badMobile = api.send("POST", "api/v1/children", d1, newChild("李四", residentId(birth, false), "")
                .replace("+86 138 1234 5678", "1381234567"));
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(badMobile.json().getString("messageKey")).isEqualTo("value.mobile.format");
        Api.Res noCategory = api.send("POST", "api/v1/children", d1, newChild("李四", residentId(birth, false), "")
                .replace("\"LEFT_BEHIND\",\"SUBSISTENCE_HOUSEHOLD\"", ""));
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.json().getString("messageKey")).isEqualTo("child.categories.required");
    }

    @Test
    void viewsAndRevealsAreLoggedAndShownToTheDistrictsAuditors() {
        String cw = api.token("d1.caseworker");
        String id = residentId(LocalDate.of(2016, 8, 20), true);
        long child = api.send("POST", "api/v1/children", cw, newChild("司马小明", id, "")).json()
                .getJsonObject("summary").getJsonNumber("id").longValue();

        assertThat(api.get("api/v1/children/" + child + "?purpose=%E5%AE%B6%E8%AE%BF", cw).status()).isEqualTo(200);
        Api.Res noReason = api.send("POST", "api/v1/children/" + child + "/resident-id", cw, "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("messageKey")).isEqualTo("child.reveal.reasonRequired");
        Api.Res revealed = api.send("POST", "api/v1/children/" + child + "/resident-id", cw,
                "{\"reason\":\"核对低保申请材料\"}");
        assertThat(revealed.json().getString("residentId")).isEqualTo(id);
        Api.Res volunteer = api.send("POST", "api/v1/children/" + child + "/resident-id",
                api.token("s1.admin", "d1"), "{\"reason\":\"想看\"}");
        assertThat(volunteer.status()).isEqualTo(403);

        String log = api.get("api/v1/children/" + child + "/access-log", api.token("d1.auditor")).body();
        assertThat(log).contains("CHILD_REGISTERED").contains("CHILD_VIEWED").contains("家访")
                .contains("CHILD_ID_REVEALED").contains("核对低保申请材料").contains("d1.caseworker");
        assertThat(api.get("api/v1/children/" + child + "/access-log", cw).status()).isEqualTo(403);
    }

    @Test
    void otherDistrictsServiceOrganisationsAndTheCitySeeNoChild() {
        String cw = api.token("d1.caseworker");
        long child = api.get("api/v1/children?size=1", cw).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String d2 = api.token("d2.admin");
        assertThat(api.get("api/v1/children/" + child, d2).status()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/children/" + child + "/resident-id", d2, "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.get("api/v1/children/" + child + "/access-log", d2).status()).isEqualTo(404);
        assertThat(api.get("api/v1/children?size=200", d2).body()).doesNotContain("\"id\":" + child + ",");

        String provider = api.token("s1.worker");
        assertThat(api.get("api/v1/children", provider).json().getJsonNumber("total").longValue()).isZero();
        assertThat(api.get("api/v1/children/" + child, provider).status()).isEqualTo(404);
        Api.Res notADistrict = api.send("POST", "api/v1/children", api.token("s1.admin", "s1"),
                newChild("王五", residentId(LocalDate.of(2012, 1, 5), true), ""));
        assertThat(notADistrict.status()).isEqualTo(403);
        assertThat(notADistrict.json().getString("messageKey")).isEqualTo("child.districtOnly");

        assertThat(api.get("api/v1/children", api.token("city.viewer")).status()).isEqualTo(403);
        assertThat(api.get("api/v1/children", api.token("platform.admin")).status()).isEqualTo(403);

        PageSession page = new PageSession(api.base());
        assertThat(page.login("d2.admin", Api.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> foreign = page.get("app/child.xhtml?id=" + child);
        assertThat(foreign.statusCode()).isEqualTo(404);
        PageSession own = new PageSession(api.base());
        assertThat(own.login("d1.admin", Api.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> mine = own.get("app/child.xhtml?id=" + child);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("**********").contains("访问日志");
        HttpResponse<String> list = own.get("app/children.xhtml");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("登记儿童").contains("**********");
    }

    @Test
    void aLeadIsAssignedFollowedUpAndBecomesARegisterEntry() {
        String cw = api.token("d1.caseworker");
        String id = residentId(LocalDate.of(2013, 11, 2), true);
        Api.Res recorded = api.send("POST", "api/v1/leads", api.token("s1.admin", "d1"), "{\"childName\":\"马小龙\","
                + "\"residentId\":\"" + id + "\",\"foundAt\":\"宋庄镇小堡村\",\"regionCode\":\"110112003\","
                + "\"categories\":[\"CHILD_OF_PRISONER\"],\"note\":\"父亲服刑，祖父年迈\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long lead = recorded.json().getJsonNumber("id").longValue();
        assertThat(recorded.json().getString("status")).isEqualTo("OPEN");
        assertThat(recorded.json().getString("reportedBy")).isEqualTo("s1.admin");
        assertThat(recorded.body()).doesNotContain(id);

        Api.Res foreignAssignee = api.send("POST", "api/v1/leads/" + lead + "/assign", cw, "{\"username\":\"d2.admin\"}");
        assertThat(foreignAssignee.status()).isEqualTo(400);
        assertThat(foreignAssignee.json().getString("messageKey")).isEqualTo("lead.assignee.notMember");
        assertThat(api.send("POST", "api/v1/leads/" + lead + "/assign", cw, "{\"username\":\"d1.caseworker\"}")
                .json().getString("status")).isEqualTo("ASSIGNED");
        assertThat(api.send("POST", "api/v1/leads/" + lead + "/follow-up", cw, "{\"note\":\"已入户核实\"}")
                .json().getString("status")).isEqualTo("FOLLOWING_UP");
        assertThat(api.get("api/v1/leads/" + lead, api.token("d2.admin")).status()).isEqualTo(404);

        JsonObject converted = api.send("POST", "api/v1/leads/" + lead + "/convert", cw, null).json();
        assertThat(converted.getString("status")).isEqualTo("CONVERTED");
        long child = converted.getJsonNumber("childId").longValue();
        JsonObject record = api.get("api/v1/children/" + child, cw).json().getJsonObject("summary");
        assertThat(record.getString("name")).isEqualTo("马小龙");
        assertThat(record.getString("status")).isEqualTo("DISCOVERED");
        Api.Res again = api.send("POST", "api/v1/leads/" + lead + "/close", cw, "{\"reason\":\"重复\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getString("messageKey")).isEqualTo("lead.finished");
    }

    @Test
    void aCsvImportIsAllOrNothingWithARowByRowReport() {
        String cw = api.token("d1.caseworker");
        long before = api.get("api/v1/leads?limit=1", cw).json().getJsonNumber("total").longValue();
        String registered = api.get("api/v1/children?size=1", cw).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").toString();
        String registeredId = api.send("POST", "api/v1/children/" + registered + "/resident-id", cw,
                "{\"reason\":\"数据比对\"}").json().getString("residentId");
        String a = residentId(LocalDate.of(2012, 4, 4), true);
        String b = residentId(LocalDate.of(2011, 5, 5), false);
        String bad = "姓名,身份证号码,发现地点,类别\n"
                + "好孩子," + a + ",永顺镇,留守儿童\n"
                + "坏日期,110112201802290031,永顺镇,孤儿\n"
                + "已登记," + registeredId + ",永顺镇,孤儿\n"
                + "重复," + a + ",永顺镇,孤儿\n";
        Api.Res refused = api.upload("api/v1/leads/import", cw, "text/csv; charset=UTF-8",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonObject report = refused.json();
        assertThat(report.getBoolean("committed")).isFalse();
        assertThat(report.getInt("accepted")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(3);
        assertThat(report.getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("line").longValue() + ":" + (r.getBoolean("accepted") ? "ok"
                        : r.getString("messageKey")))
                .containsExactly("2:ok", "3:value.residentId.birthDate", "4:lead.import.alreadyRegistered",
                        "5:lead.import.duplicateInFile");
        assertThat(report.getJsonArray("rows").getJsonObject(1).getString("message")).contains("出生日期");
        assertThat(api.get("api/v1/leads?limit=1", cw).json().getJsonNumber("total").longValue())
                .as("nothing half-imported").isEqualTo(before);

        String good = "name,resident_id,found_at,region_code,categories,note\n"
                + "好孩子," + a + ",永顺镇,110112001,LEFT_BEHIND,民政数据比对\n"
                + "王小花,,梨园镇,,MIGRANT;SUBSISTENCE_HOUSEHOLD,\n"
                + "另一个," + b + ",宋庄镇,,ORPHAN,\n";
        Api.Res imported = api.upload("api/v1/leads/import", cw, "text/csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getBoolean("committed")).isTrue();
        assertThat(imported.json().getInt("accepted")).isEqualTo(3);
        assertThat(api.get("api/v1/leads?limit=1", cw).json().getJsonNumber("total").longValue()).isEqualTo(before + 3);
        assertThat(api.get("api/v1/leads?status=OPEN&limit=200", cw).body()).contains("王小花").contains("DATA_MATCHING");

        Api.Res latin1 = api.upload("api/v1/leads/import", cw, "text/csv",
                "name,found_at\nJos\u00e9,x\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.json().getString("messageKey")).isEqualTo("lead.import.encoding");
        byte[] huge = new byte[LEADS_MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Res tooLarge = api.upload("api/v1/leads/import", cw, "text/csv", huge);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().getString("messageKey")).isEqualTo("lead.import.tooLarge");
        assertThat(api.upload("api/v1/leads/import", api.token("d1.approver"), "text/csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    private static final int LEADS_MAX_BYTES = 2 * 1024 * 1024;

    private long registerChild(String token, String name, LocalDate birth, boolean male) {
        Api.Res r = api.send("POST", "api/v1/children", token, newChild(name, residentId(birth, male), ""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private String childStatus(String token, long child) {
        return api.get("api/v1/children/" + child, token).json().getJsonObject("summary").getString("status");
    }

    @Test
    void aNormalApplicationIsCheckedByTheStreetAndDecidedBySomeoneElse() {
        String cw = api.token("d1.caseworker");
        String approver = api.token("d1.approver");
        long child = registerChild(cw, "申请测试", LocalDate.of(2015, 1, 20), true);
        Api.Res submitted = api.send("POST", "api/v1/applications", cw, "{\"childId\":" + child
                + ",\"track\":\"NORMAL\",\"reason\":\"父母双亡，祖母年迈\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonObject app = submitted.json();
        long id = app.getJsonNumber("id").longValue();
        assertThat(app.getString("reference")).matches("SQ\\d{6}[A-HJ-NP-Z2-9]{6}");
        assertThat(app.getString("status")).isEqualTo("SUBMITTED");
        assertThat(childStatus(cw, child)).isEqualTo("APPLYING");
        Api.Res twice = api.send("POST", "api/v1/applications", cw, "{\"childId\":" + child + ",\"reason\":\"x\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("messageKey")).isEqualTo("application.alreadyOpen");

        Api.Res tooEarly = api.send("POST", "api/v1/applications/" + id + "/decision", approver, "{\"approve\":true}");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().getString("messageKey")).isEqualTo("application.status.wrong");
        assertThat(api.send("POST", "api/v1/applications/" + id + "/street-check", cw,
                "{\"passed\":true,\"note\":\"街道核实属实\"}").json().getString("status")).isEqualTo("STREET_CHECKED");
        assertThat(api.send("POST", "api/v1/applications/" + id + "/decision", cw, "{\"approve\":true}").status())
                .as("a caseworker holds no approver role").isEqualTo(403);
        JsonObject decided = api.send("POST", "api/v1/applications/" + id + "/decision", approver,
                "{\"approve\":true,\"note\":\"同意纳入保障\"}").json();
        assertThat(decided.getString("status")).isEqualTo("APPROVED");
        assertThat(decided.getString("submittedBy")).isEqualTo("d1.caseworker");
        assertThat(decided.getString("checkedBy")).isEqualTo("d1.caseworker");
        assertThat(decided.getString("decidedBy")).isEqualTo("d1.approver");
        assertThat(childStatus(cw, child)).isEqualTo("SUPPORTED");
        assertThat(api.get("api/v1/applications/" + id, api.token("d2.admin")).status()).isEqualTo(404);
        assertThat(api.get("api/v1/children/" + child + "/access-log", api.token("d1.auditor")).body())
                .contains("CHILD_STATUS");

        // Someone who is both caseworker and approver still cannot approve their own application.
        String admin = api.token("d1.admin");
        String dual = "dual." + java.util.UUID.randomUUID().toString().substring(0, 6);
        JsonObject inv = api.send("POST", "api/v1/members", admin, Json.createObjectBuilder().add("username", dual)
                .add("roles", Json.createArrayBuilder().add("CASEWORKER").add("APPROVER")).build().toString()).json();
        String first = api.login(dual, inv.getString("temporaryPassword"), null).json().getString("token");
        api.send("POST", "api/v1/me/password", first, "{\"currentPassword\":\"" + inv.getString("temporaryPassword")
                + "\",\"newPassword\":\"Dual-Role-2026!\"}");
        String both = api.login(dual, "Dual-Role-2026!", null).json().getString("token");
        long other = registerChild(both, "双角色测试", LocalDate.of(2016, 2, 2), false);
        long own = api.send("POST", "api/v1/applications", both, "{\"childId\":" + other + ",\"reason\":\"事实无人抚养\"}")
                .json().getJsonNumber("id").longValue();
        api.send("POST", "api/v1/applications/" + own + "/street-check", both, "{\"passed\":true}");
        Api.Res self = api.send("POST", "api/v1/applications/" + own + "/decision", both, "{\"approve\":true}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().getString("messageKey")).isEqualTo("application.makerChecker");
        assertThat(api.send("POST", "api/v1/applications/" + own + "/decision", approver,
                "{\"approve\":false}").json().getString("messageKey")).isEqualTo("application.note.required");
        assertThat(api.send("POST", "api/v1/applications/" + own + "/decision", approver,
                "{\"approve\":false,\"note\":\"监护人有抚养能力\"}").json().getString("status")).isEqualTo("REJECTED");
        assertThat(childStatus(cw, other)).isEqualTo("DISCOVERED");
    }

    @Test
    void helpFirstSupportsAtOnceAndARejectionNamesWhoPays() {
        String cw = api.token("d1.caseworker");
        String approver = api.token("d1.approver");
        long child = registerChild(cw, "紧急救助", LocalDate.of(2019, 9, 9), true);
        JsonObject app = api.send("POST", "api/v1/applications", cw, "{\"childId\":" + child
                + ",\"track\":\"HELP_FIRST\",\"reason\":\"监护人突发疾病住院，无人照料\"}").json();
        long id = app.getJsonNumber("id").longValue();
        assertThat(app.getString("status")).isEqualTo("SUPPORTING");
        assertThat(app.getString("confirmationDeadline"))
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
        assertThat(app.getBoolean("overdue")).isFalse();
        assertThat(childStatus(cw, child)).isEqualTo("SUPPORTED");
        assertThat(api.get("api/v1/applications?overdue=true&limit=200", cw).body()).doesNotContain(app.getString("reference"));
        assertThat(api.get("api/v1/applications?status=SUPPORTING&limit=200", cw).body()).contains(app.getString("reference"));

        Api.Res noPayer = api.send("POST", "api/v1/applications/" + id + "/reject-after-help", approver,
                "{\"note\":\"经核实不符合条件\"}");
        assertThat(noPayer.status()).isEqualTo(400);
        assertThat(noPayer.json().getString("messageKey")).isEqualTo("application.fallbackPayer.required");
        JsonObject rejected = api.send("POST", "api/v1/applications/" + id + "/reject-after-help", approver,
                "{\"note\":\"经核实不符合条件\",\"fallbackPayer\":\"区级临时救助兜底资金\"}").json();
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("fallbackPayer")).isEqualTo("区级临时救助兜底资金");
        assertThat(childStatus(cw, child)).isEqualTo("EXITED");
    }

    @Test
    void guardianshipAssessmentsScoreWithTheInstrumentOfTheirDayAndKeepHistory() {
        String cw = api.token("d1.caseworker");
        JsonObject instrument = api.get("api/v1/assessments/instrument", cw).json();
        int revision = instrument.getInt("revision");
        java.util.List<JsonObject> items = instrument.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).isNotEmpty();
        long child = registerChild(cw, "评估测试", LocalDate.of(2017, 7, 7), false);

        // Every item at its maximum: score 100, high risk — needs recommendations.
        jakarta.json.JsonObjectBuilder worst = Json.createObjectBuilder();
        items.forEach(i -> worst.add(i.getString("code"), i.getInt("maxScore")));
        String reassess = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(3).toString();
        Api.Res noAdvice = api.send("POST", "api/v1/assessments", cw, Json.createObjectBuilder().add("childId", child)
                .add("answers", worst).add("reassessOn", reassess).build().toString());
        assertThat(noAdvice.status()).isEqualTo(400);
        assertThat(noAdvice.json().getString("messageKey")).isEqualTo("assessment.recommendations.required");
        items.forEach(i -> worst.add(i.getString("code"), i.getInt("maxScore")));
        JsonObject high = api.send("POST", "api/v1/assessments", cw, Json.createObjectBuilder().add("childId", child)
                .add("answers", worst).add("recommendations", "每月入户探访，转介心理疏导").add("reassessOn", reassess)
                .build().toString()).json();
        assertThat(high.getInt("score")).isEqualTo(100);
        assertThat(high.getString("risk")).isEqualTo("HIGH");
        assertThat(high.getInt("instrumentRevision")).isEqualTo(revision);

        // Weighted by hand: only the first item at 1 point.
        jakarta.json.JsonObjectBuilder mild = Json.createObjectBuilder();
        items.forEach(i -> mild.add(i.getString("code"), 0));
        mild.add(items.get(0).getString("code"), 1);
        long possible = items.stream().mapToLong(i -> (long) i.getInt("weight") * i.getInt("maxScore")).sum();
        int expected = (int) Math.round(items.get(0).getInt("weight") * 100.0 / possible);
        JsonObject low = api.send("POST", "api/v1/assessments", cw, Json.createObjectBuilder().add("childId", child)
                .add("answers", mild).add("reassessOn", reassess).build().toString()).json();
        assertThat(low.getInt("score")).isEqualTo(expected);
        assertThat(low.getString("risk")).isEqualTo(expected <= instrument.getInt("lowMax") ? "LOW" : "MEDIUM");

        Api.Res badDate = api.send("POST", "api/v1/assessments", cw, Json.createObjectBuilder().add("childId", child)
                .add("answers", mild).add("reassessOn", "2027-02-30").build().toString());
        assertThat(badDate.json().getString("messageKey")).isEqualTo("assessment.reassessOn.range");

        // The administrator revises the instrument; old assessments keep their revision.
        assertThat(api.send("PUT", "api/v1/assessments/instrument", cw, "{\"name\":\"x\",\"lowMax\":20,"
                + "\"mediumMax\":50,\"items\":[]}").status()).isEqualTo(403);
        JsonObject revised = api.send("PUT", "api/v1/assessments/instrument", api.token("d1.admin"),
                "{\"name\":\"监护能力评估表（修订）\",\"lowMax\":20,\"mediumMax\":50,\"items\":["
                        + "{\"code\":\"health\",\"textZh\":\"健康\",\"textEn\":\"Health\",\"weight\":1,\"maxScore\":4},"
                        + "{\"code\":\"safety\",\"textZh\":\"安全\",\"textEn\":\"Safety\",\"weight\":3,\"maxScore\":4}]}")
                .json();
        assertThat(revised.getInt("revision")).isEqualTo(revision + 1);
        JsonObject third = api.send("POST", "api/v1/assessments", cw, "{\"childId\":" + child
                + ",\"answers\":{\"health\":4,\"safety\":0},\"recommendations\":\"协助就医\",\"reassessOn\":\""
                + reassess + "\"}").json();
        assertThat(third.getInt("score")).isEqualTo(25); // 4·1 / (4·1 + 4·3)
        assertThat(third.getString("risk")).isEqualTo("MEDIUM");
        assertThat(third.getInt("instrumentRevision")).isEqualTo(revision + 1);
        JsonObject history = api.get("api/v1/assessments?childId=" + child, cw).json();
        assertThat(history.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(history.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("instrumentRevision")).containsExactly(revision + 1, revision, revision);
        assertThat(api.get("api/v1/assessments?childId=" + child, api.token("d2.admin")).status()).isEqualTo(404);
    }

    @Test
    void aRecordIsCorrectedWithItsVersionAndTheChangeIsLogged() {
        String cw = api.token("d1.caseworker");
        String id = residentId(LocalDate.of(2014, 5, 6), false);
        long child = api.send("POST", "api/v1/children", cw, newChild("林小雨", id, "")).json().getJsonObject("summary")
                .getJsonNumber("id").longValue();
        JsonObject read = api.get("api/v1/children/" + child + "?purpose=edit", cw).json();
        long version = read.getJsonNumber("version").longValue();
        String update = "{\"version\":" + version + ",\"name\":\"林小雨\",\"residentId\":\"\",\"residenceRegion\":\"110112004\","
                + "\"hukouRegion\":\"110112\",\"address\":\"梨园镇大稿村\",\"categories\":[\"CHILD_OF_PRISONER\",\"LEFT_BEHIND\"],"
                + "\"careSetting\":\"FAMILY\",\"household\":[{\"name\":\"林爷爷\",\"relation\":\"祖父\",\"guardian\":false}]}";
        Api.Res saved = api.send("PUT", "api/v1/children/" + child, cw, update);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject summary = saved.json().getJsonObject("summary");
        assertThat(summary.getJsonArray("categories").toString()).contains("CHILD_OF_PRISONER").doesNotContain("SUBSISTENCE");
        assertThat(summary.getString("residentIdMasked")).isEqualTo(read.getJsonObject("summary").getString("residentIdMasked"));
        assertThat(summary.getString("sex")).isEqualTo("FEMALE");
        assertThat(saved.json().getString("address")).isEqualTo("梨园镇大稿村");
        assertThat(saved.json().getJsonArray("household")).hasSize(2);

        // The version read before is stale now: a 409, nothing overwritten.
        Api.Res stale = api.send("PUT", "api/v1/children/" + child, cw, update.replace("梨园镇大稿村", "覆盖"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("messageKey")).isEqualTo("error.staleRecord");
        long now = saved.json().getJsonNumber("version").longValue();
        String current = update.replace("\"version\":" + version, "\"version\":" + now).replace(",\"household\":[{\"name\":\"林爷爷\",\"relation\":\"祖父\",\"guardian\":false}]", "");
        Api.Res mismatch = api.send("PUT", "api/v1/children/" + child, cw,
                current.replace("\"residentId\":\"\"", "\"residentId\":\"" + id + "\",\"birthDate\":\"2014-05-07\""));
        assertThat(mismatch.json().getString("messageKey")).isEqualTo("child.residentId.mismatch");
        assertThat(api.send("PUT", "api/v1/children/" + child, cw, current.replace("\"version\":" + now + ",", ""))
                .json().getString("messageKey")).isEqualTo("error.versionRequired");
        assertThat(api.send("PUT", "api/v1/children/" + child, api.token("d2.caseworker"), current).status()).isEqualTo(404);
        assertThat(api.send("PUT", "api/v1/children/" + child, api.token("d1.approver"), current).status()).isEqualTo(403);
        assertThat(api.get("api/v1/children/" + child, cw).json().getString("address")).isEqualTo("梨园镇大稿村");
        assertThat(api.get("api/v1/children/" + child + "/access-log?limit=20", api.token("d1.admin")).body())
                .contains("CHILD_UPDATED").contains("CHILD_OF_PRISONER");
    }

    @Test
    void theCitySeesCountsPerDistrictThatMatchTheRegisterAndNoRecord() {
        String d2 = api.token("d2.caseworker");
        java.util.Map<String, Long> byStatus = new java.util.HashMap<>();
        JsonObject first = api.get("api/v1/children?size=200&page=0", d2).json();
        long total = first.getJsonNumber("total").longValue();
        for (int page = 0; page * 200L < total; page++) {
            for (var v : api.get("api/v1/children?size=200&page=" + page, d2).json().getJsonArray("items")) {
                byStatus.merge(v.asJsonObject().getString("status"), 1L, Long::sum);
            }
        }
        Api.Res figures = api.get("api/v1/city/figures", api.token("city.viewer"));
        assertThat(figures.status()).isEqualTo(200);
        JsonObject yanqing = Json.createReader(new java.io.StringReader(figures.body()))
                .readArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(o -> o.getString("district").equals("d2")).findFirst().orElseThrow();
        assertThat(yanqing.getJsonNumber("supported").longValue()).isEqualTo(byStatus.getOrDefault("SUPPORTED", 0L));
        assertThat(yanqing.getJsonNumber("discovered").longValue()).isEqualTo(byStatus.getOrDefault("DISCOVERED", 0L));
        assertThat(yanqing.getJsonNumber("applying").longValue()).isEqualTo(byStatus.getOrDefault("APPLYING", 0L));
        assertThat(yanqing.getJsonNumber("exited").longValue()).isEqualTo(byStatus.getOrDefault("EXITED", 0L));
        assertThat(figures.body()).doesNotContain("residentId").doesNotContain("childName").doesNotContain("\"id\"");
        assertThat(api.get("api/v1/city/figures", d2).status()).isEqualTo(403);
    }
}
