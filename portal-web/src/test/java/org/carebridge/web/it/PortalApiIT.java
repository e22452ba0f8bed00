package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal from outside, over HTTP, against the real packaged WAR on Payara Micro: tokens and
 * login throttling, tenant isolation through REST and JSF pages, suspension and removal taking effect
 * at once, problem+json errors, OpenAPI, health and security headers.
 */
class PortalApiIT extends ApiIT {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Onboards a fresh tenant through the platform API; returns [tenantId, adminUsername, tempPassword]. */
    private String[] onboard(String kind) {
        String platform = api.token("platform.admin");
        String code = unique("t");
        String admin = unique("adm.");
        Api.Res r = api.send("POST", "api/v1/platform/tenants", platform, Json.createObjectBuilder()
                .add("code", code).add("kind", kind).add("nameZh", "测试机构" + code).add("nameEn", "Test " + code)
                .add("regionCode", "110105").add("adminUsername", admin).add("adminDisplayName", "测试管理员")
                .build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonObject o = r.json();
        return new String[]{String.valueOf(o.getJsonObject("tenant").getJsonNumber("id").longValue()),
                o.getString("adminUsername"), o.getString("temporaryPassword")};
    }

    private static final String SETTLED_PASSWORD = "Settled-Password-2026";

    /** Logs in with a one-time password, replaces it as required, and returns a token with the new one. */
    private String settled(String username, String oneTimePassword) {
        String first = api.login(username, oneTimePassword, null).json().getString("token");
        Api.Res changed = api.send("POST", "api/v1/me/password", first, Json.createObjectBuilder()
                .add("currentPassword", oneTimePassword).add("newPassword", SETTLED_PASSWORD).build().toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        return api.login(username, SETTLED_PASSWORD, null).json().getString("token");
    }

    @Test
    void apiWithoutTokenIs401ProblemJson() {
        Api.Res r = api.get("api/v1/me", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().getString("messageKey")).isEqualTo("error.unauthorized");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokenNamesAccountTenantAndRoles() {
        Api.Res me = api.get("api/v1/me", api.token("d1.admin"));
        assertThat(me.status()).isEqualTo(200);
        JsonObject o = me.json();
        assertThat(o.getString("username")).isEqualTo("d1.admin");
        assertThat(o.getJsonObject("tenant").getString("code")).isEqualTo("d1");
        assertThat(o.getJsonObject("tenant").getString("kind")).isEqualTo("DISTRICT");
        assertThat(o.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("TENANT_ADMIN");
    }

    @Test
    void accountInSeveralTenantsMustNameOneAndGetsThatOne() {
        Api.Res ambiguous = api.login("s1.admin", Api.PASSWORD, null);
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.json().getString("messageKey")).isEqualTo("login.tenant.choose");

        String inD1 = api.token("s1.admin", "d1");
        JsonObject me = api.get("api/v1/me", inD1).json();
        assertThat(me.getJsonObject("tenant").getString("code")).isEqualTo("d1");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("VOLUNTEER");

        Api.Res notMember = api.login("s1.admin", Api.PASSWORD, "d2");
        assertThat(notMember.status()).isEqualTo(401);
        assertThat(notMember.json().getString("messageKey")).isEqualTo("login.tenant.notMember");
    }

    @Test
    void tamperedOrForeignTokensAre401() {
        String token = api.token("d1.caseworker");
        String[] parts = token.split("\\.");
        // Same signature, payload rewritten to claim tenant admin rights in another tenant.
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("CASEWORKER", "TENANT_ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertThat(api.get("api/v1/me", forged).status()).isEqualTo(401);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";
        assertThat(api.get("api/v1/me", badSignature).status()).isEqualTo(401);
        assertThat(api.get("api/v1/me", "not-a-jwt").status()).isEqualTo(401);
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + parts[1] + ".";
        assertThat(api.get("api/v1/me", none).status()).isEqualTo(401);
        assertThat(api.get("api/v1/me", token).status()).isEqualTo(200);
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() {
        String[] t = onboard("FOUNDATION");
        String user = t[1];
        String password = t[2];
        assertThat(api.login(user, password, null).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            Api.Res bad = api.login(user, "wrong-password-" + i, null);
            assertThat(bad.status()).isEqualTo(401);
            assertThat(bad.json().getString("messageKey")).isEqualTo("login.badCredentials");
        }
        Api.Res locked = api.login(user, password, null);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().getString("messageKey")).isEqualTo("login.locked");
        // An unknown username answers exactly like a wrong password.
        Api.Res unknown = api.login(unique("nobody."), "whatever-password", null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().getString("messageKey")).isEqualTo("login.badCredentials");
    }

    @Test
    void anotherTenantsRowsAre404ThroughRestAndUntouched() {
        String d1 = api.token("d1.admin");
        String d2 = api.token("d2.admin");
        Api.Res created = api.send("POST", "api/v1/org-units", d1,
                "{\"name\":\"隔离测试社区\",\"kind\":\"COMMUNITY\",\"regionCode\":\"110112\",\"version\":0}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        assertThat(api.get("api/v1/org-units/" + id, d2).status()).isEqualTo(404);
        Api.Res update = api.send("PUT", "api/v1/org-units/" + id, d2,
                "{\"name\":\"篡改\",\"kind\":\"TEAM\",\"version\":1}");
        assertThat(update.status()).isEqualTo(404);
        assertThat(update.body()).doesNotContain("隔离测试社区");
        assertThat(api.send("DELETE", "api/v1/org-units/" + id, d2, null).status()).isEqualTo(404);
        Api.Res d2List = api.get("api/v1/org-units?limit=200", d2);
        assertThat(d2List.body()).doesNotContain("隔离测试社区");

        JsonObject still = api.get("api/v1/org-units/" + id, d1).json();
        assertThat(still.getString("name")).isEqualTo("隔离测试社区");
        assertThat(still.getString("kind")).isEqualTo("COMMUNITY");

        // Memberships of d1 are not reachable from d2 either.
        JsonObject d1Members = api.get("api/v1/members?limit=1", d1).json();
        long d1Membership = d1Members.getJsonArray("items").getJsonObject(0).getJsonNumber("membershipId").longValue();
        assertThat(api.get("api/v1/members/" + d1Membership, d2).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "api/v1/members/" + d1Membership, d2, null).status()).isEqualTo(404);
        assertThat(api.get("api/v1/members/" + d1Membership, d1).status()).isEqualTo(200);

        // The change is in d1's audit trail, not in d2's.
        assertThat(api.get("api/v1/audit?limit=50", d1).body()).contains("ORG_UNIT_CREATED").contains("\"" + id + "\"");
        assertThat(api.get("api/v1/audit?limit=200", d2).body()).doesNotContain("隔离测试社区");

        // Stale version: someone else changed it meanwhile.
        Api.Res stale = api.send("PUT", "api/v1/org-units/" + id, d1,
                "{\"name\":\"新名称\",\"kind\":\"COMMUNITY\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("messageKey")).isEqualTo("error.staleRecord");
        assertThat(api.send("DELETE", "api/v1/org-units/" + id, d1, null).status()).isEqualTo(204);
        assertThat(api.get("api/v1/org-units/" + id, d1).status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsRowIs404ThroughTheJsfPage() {
        String d1 = api.token("d1.admin");
        long id = api.send("POST", "api/v1/org-units", d1,
                "{\"name\":\"页面隔离社区\",\"kind\":\"COMMUNITY\",\"version\":0}").json().getJsonNumber("id").longValue();

        PageSession d2Page = new PageSession(api.base());
        HttpResponse<String> login = d2Page.login("d2.admin", Api.PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).contains("/app/dashboard.xhtml");
        HttpResponse<String> foreign = d2Page.get("app/org-unit.xhtml?id=" + id);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("页面隔离社区");

        PageSession d1Page = new PageSession(api.base());
        assertThat(d1Page.login("d1.admin", Api.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> own = d1Page.get("app/org-unit.xhtml?id=" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("页面隔离社区");
    }

    @Test
    void loginPageRejectsWrongPasswordAndProtectsPages() {
        PageSession s = new PageSession(api.base());
        HttpResponse<String> anonymous = s.get("app/dashboard.xhtml");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        HttpResponse<String> wrong = s.login("d1.approver", "definitely-wrong");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("用户名或密码不正确");
        assertThat(s.get("app/dashboard.xhtml").statusCode()).isEqualTo(302);
        String before = s.sessionId();
        assertThat(before).isNotNull();
        assertThat(s.login("d1.approver", Api.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(s.sessionId()).as("session id changes at login").isNotNull().isNotEqualTo(before);
        HttpResponse<String> dashboard = s.get("app/dashboard.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("通州区民政局");
        assertThat(dashboard.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        // An approver has no platform pages.
        assertThat(s.get("platform/tenants.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void suspendedTenantAndRemovedMemberLoseAccessAtOnce() {
        String[] t = onboard("SERVICE_ORG");
        long tenantId = Long.parseLong(t[0]);
        String admin = settled(t[1], t[2]);

        Api.Res invited = api.send("POST", "api/v1/members", admin, Json.createObjectBuilder()
                .add("username", unique("worker.")).add("displayName", "新社工")
                .add("roles", Json.createArrayBuilder().add("CASEWORKER")).build().toString());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        JsonObject inv = invited.json();
        String worker = api.login(inv.getJsonObject("member").getString("username"),
                inv.getString("temporaryPassword"), null).json().getString("token");
        assertThat(api.get("api/v1/me", worker).status()).isEqualTo(200);

        long membership = inv.getJsonObject("member").getJsonNumber("membershipId").longValue();
        assertThat(api.send("DELETE", "api/v1/members/" + membership, admin, null).status()).isEqualTo(200);
        assertThat(api.get("api/v1/me", worker).status()).isEqualTo(401);
        // A member nowhere any more is disabled; inviting the same person again brings the account back.
        String workerName = inv.getJsonObject("member").getString("username");
        Api.Res refused = api.login(workerName, inv.getString("temporaryPassword"), null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("messageKey")).isEqualTo("login.disabled");
        Api.Res again = api.send("POST", "api/v1/members", admin, Json.createObjectBuilder()
                .add("username", workerName).add("roles", Json.createArrayBuilder().add("VOLUNTEER")).build().toString());
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().containsKey("temporaryPassword") && !again.json().isNull("temporaryPassword")).isFalse();
        assertThat(again.json().getJsonObject("member").getJsonNumber("membershipId").longValue()).isEqualTo(membership);
        String back = api.login(workerName, inv.getString("temporaryPassword"), null).json().getString("token");
        assertThat(api.get("api/v1/me", back).json().getJsonArray("roles").getString(0)).isEqualTo("VOLUNTEER");
        assertThat(api.send("POST", "api/v1/members", admin, Json.createObjectBuilder()
                .add("username", workerName).add("roles", Json.createArrayBuilder().add("VOLUNTEER")).build().toString())
                .json().getString("messageKey")).isEqualTo("membership.exists");

        String platform = api.token("platform.admin");
        assertThat(api.send("POST", "api/v1/platform/tenants/" + tenantId + "/suspend", platform, null).status())
                .isEqualTo(200);
        assertThat(api.get("api/v1/me", admin).status()).isEqualTo(401);
        assertThat(api.login(t[1], SETTLED_PASSWORD, null).json().getString("messageKey"))
                .isEqualTo("login.noMembership");
        assertThat(api.send("POST", "api/v1/platform/tenants/" + tenantId + "/activate", platform, null).status())
                .isEqualTo(200);
        assertThat(api.get("api/v1/me", admin).status()).isEqualTo(200);
    }

    @Test
    void badInputGetsClearProblemsWithoutStackTraces() {
        String d1 = api.token("d1.admin");
        Api.Res malformed = api.send("POST", "api/v1/org-units", d1, "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        Api.Res badRegion = api.send("POST", "api/v1/org-units", d1,
                "{\"name\":\"x\",\"kind\":\"COMMUNITY\",\"regionCode\":\"99AB\",\"version\":0}");
        assertThat(badRegion.status()).isEqualTo(400);
        assertThat(badRegion.json().getString("messageKey")).isEqualTo("value.region.format");
        assertThat(badRegion.json().getString("detail")).contains("地区代码不正确");

        Api.Res noName = api.send("POST", "api/v1/org-units", d1, "{\"kind\":\"COMMUNITY\",\"version\":0}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().getString("messageKey")).isEqualTo("orgUnit.name.required");

        Api.Res english = api.send("POST", "api/v1/org-units", d1, "{\"kind\":\"COMMUNITY\",\"version\":0}", "en");
        assertThat(english.json().getString("title")).isEqualTo("Bad request");
        assertThat(english.json().getString("detail")).isEqualTo("Please enter a name");
        assertThat(noName.json().getString("title")).isEqualTo("请求有误");

        Api.Res unknownRole = api.send("POST", "api/v1/members", d1,
                "{\"username\":\"someone.new\",\"roles\":[\"GOD\"]}");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().getString("messageKey")).isEqualTo("membership.roles.unknown");

        Api.Res notAllowedRole = api.send("POST", "api/v1/members", d1,
                "{\"username\":\"someone.new\",\"roles\":[\"PLATFORM_ADMIN\"]}");
        assertThat(notAllowedRole.status()).isEqualTo(400);
        assertThat(notAllowedRole.json().getString("messageKey")).isEqualTo("membership.roles.notGrantable");

        for (Api.Res r : new Api.Res[]{malformed, badRegion, noName, unknownRole, notAllowedRole}) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void openApiHealthAndSecurityHeaders() {
        Api.Res openapi = api.get("openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/org-units").contains("/api/v1/auth/token");

        Api.Res ready = api.get("health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("database").contains("UP");
        assertThat(api.get("health/live", null).status()).isEqualTo(200);

        Api.Res login = api.get("login.xhtml", null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.raw().headers().allValues("Content-Security-Policy"))
                .anySatisfy(v -> assertThat(v).contains("script-src").contains("nonce-"))
                .anySatisfy(v -> assertThat(v).contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("Set-Cookie")).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(login.body()).contains("jakarta.faces.ViewState");
        // Server-side state saving: the view state is a short id, not a serialized view.
        assertThat(login.body()).containsPattern("name=\"jakarta.faces.ViewState\"[^>]*value=\"-?[0-9]+:-?[0-9]+\"");
    }

    @Test
    void oneTimePasswordMustBeChangedAndRequiredSecondFactorEnrolled() {
        String[] t = onboard("DISTRICT");
        String admin = api.login(t[1], t[2], null).json().getString("token");
        Api.Res owed = api.get("api/v1/org-units", admin);
        assertThat(owed.status()).isEqualTo(403);
        assertThat(owed.json().getString("messageKey")).isEqualTo("account.password.mustChange");
        Api.Res tooShort = api.send("POST", "api/v1/me/password", admin,
                "{\"currentPassword\":\"" + t[2] + "\",\"newPassword\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().getString("messageKey")).isEqualTo("account.password.tooShort");
        String adminPassword = "Admin-Pass-2026!";
        assertThat(api.send("POST", "api/v1/me/password", admin,
                "{\"currentPassword\":\"" + t[2] + "\",\"newPassword\":\"" + adminPassword + "\"}").status())
                .isEqualTo(204);
        assertThat(api.login(t[1], t[2], null).status()).isEqualTo(401);
        admin = api.login(t[1], adminPassword, null).json().getString("token");
        assertThat(api.get("api/v1/org-units", admin).status()).isEqualTo(200);

        // The tenant requires a second factor of caseworkers.
        assertThat(api.send("PUT", "api/v1/tenant/second-factor-roles", admin, "{\"roles\":[\"CASEWORKER\"]}").status())
                .isEqualTo(200);
        JsonObject inv = api.send("POST", "api/v1/members", admin, Json.createObjectBuilder()
                .add("username", unique("cw.")).add("roles", Json.createArrayBuilder().add("CASEWORKER"))
                .build().toString()).json();
        String user = inv.getJsonObject("member").getString("username");
        String cw = api.login(user, inv.getString("temporaryPassword"), null).json().getString("token");
        String cwPassword = "Caseworker-2026!";
        assertThat(api.send("POST", "api/v1/me/password", cw, "{\"currentPassword\":\""
                + inv.getString("temporaryPassword") + "\",\"newPassword\":\"" + cwPassword + "\"}").status())
                .isEqualTo(204);
        cw = api.login(user, cwPassword, null).json().getString("token");
        Api.Res mfaOwed = api.get("api/v1/org-units", cw);
        assertThat(mfaOwed.status()).isEqualTo(403);
        assertThat(mfaOwed.json().getString("messageKey")).isEqualTo("login.secondFactorRequired");

        String uri = api.send("POST", "api/v1/me/second-factor", cw, null).json().getString("otpauthUri");
        assertThat(uri).startsWith("otpauth://totp/").contains("issuer=CareBridge");
        String secret = uri.replaceAll(".*[?&]secret=([A-Z2-7]+).*", "$1");
        Api.Res wrongCode = api.send("POST", "api/v1/me/second-factor/confirm", cw, "{\"code\":\"12ab56\"}");
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.json().getString("messageKey")).isEqualTo("account.totp.codeWrong");
        assertThat(api.send("POST", "api/v1/me/second-factor/confirm", cw,
                "{\"code\":\"" + Totp.now(secret) + "\"}").status()).isEqualTo(204);
        // Once on, starting a new enrolment cannot quietly switch it off.
        Api.Res again = api.send("POST", "api/v1/me/second-factor", cw, null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getString("messageKey")).isEqualTo("account.totp.alreadyOn");

        Api.Res withoutCode = api.login(user, cwPassword, null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.json().getString("messageKey")).isEqualTo("login.secondFactorWrong");
        // The code just used to confirm enrolment is spent; the next step's code (clock drift) is not.
        String next = Totp.at(secret, 1);
        String body = Json.createObjectBuilder().add("username", user).add("password", cwPassword)
                .add("totp", next).build().toString();
        Api.Res withCode = api.send("POST", "api/v1/auth/token", null, body);
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);
        assertThat(api.get("api/v1/org-units", withCode.json().getString("token")).status()).isEqualTo(200);
        Api.Res replayed = api.send("POST", "api/v1/auth/token", null, body);
        assertThat(replayed.status()).as("a code is good once").isEqualTo(401);
        assertThat(replayed.json().getString("messageKey")).isEqualTo("login.secondFactorWrong");
    }

    @Test
    void everyPageRendersForTheRolesThatMaySeeIt() {
        PageSession admin = new PageSession(api.base());
        assertThat(admin.login("d1.admin", Api.PASSWORD).statusCode()).isEqualTo(302);
        String[][] pages = {
                {"app/dashboard.xhtml", "已截止待定标的招标"}, {"app/org-units.xhtml", "永顺镇"}, {"app/members.xhtml", "d1.caseworker"},
                {"app/audit.xhtml", "LOGIN"}, {"app/account.xhtml", "两步验证"}, {"app/switch-tenant.xhtml", "通州区民政局"},
                {"app/children.xhtml", "登记儿童"}, {"app/child-new.xhtml", "身份证号码"}, {"app/leads.xhtml", "登记线索"},
                {"app/applications.xhtml", "只看逾期未确认"}, {"app/assess.xhtml?child=1", "assessForm:save"},
                {"app/child.xhtml?id=1", "监护能力评估"}, {"app/visits.xhtml", "跟进事项"},
                {"app/visit.xhtml?id=1", "走访小组"}, {"app/services.xhtml", "服务类型"},
                {"app/reviews.xhtml", "申请获批"}, {"app/referrals.xhtml", "转出"},
                {"app/child-new.xhtml?id=1", "留空则保留原号码"}, {"app/instrument.xhtml", "保存为新版本"},
                {"app/tenders.xhtml", "新建招标"}, {"app/tender.xhtml?id=1", "招标单位"}};
        for (String[] p : pages) {
            HttpResponse<String> r = admin.get(p[0]);
            assertThat(r.statusCode()).as(p[0]).isEqualTo(200);
            assertThat(r.body()).as(p[0]).contains(p[1]).doesNotContain("ELException").doesNotContain("at org.");
        }
        PageSession city = new PageSession(api.base());
        assertThat(city.login("city.viewer", Api.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(city.get("app/dashboard.xhtml").body()).contains("延庆区民政局").contains("本月已走访");
        assertThat(city.get("app/children.xhtml").statusCode()).isIn(403, 404);
                PageSession platform = new PageSession(api.base());
        assertThat(platform.login("platform.admin", Api.PASSWORD).headers().firstValue("Location").orElse(""))
                .contains("/platform/tenants.xhtml");
        HttpResponse<String> tenants = platform.get("platform/tenants.xhtml");
        assertThat(tenants.statusCode()).isEqualTo(200);
        assertThat(tenants.body()).contains("春晖博爱慈善基金会").contains("新建机构");

        PageSession caseworker = new PageSession(api.base());
        assertThat(caseworker.login("d1.caseworker", Api.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> members = caseworker.get("app/members.xhtml");
        assertThat(members.statusCode()).isEqualTo(403);
        assertThat(caseworker.get("app/instrument.xhtml").statusCode()).isEqualTo(403);
        assertThat(members.body()).contains("无权访问").doesNotContain("at org.");

        // A platform operator has no tenant, so no tenant pages: a refusal, not an error.
        HttpResponse<String> noTenant = platform.get("app/dashboard.xhtml");
        assertThat(noTenant.statusCode()).isEqualTo(403);
        assertThat(noTenant.body()).contains("无权访问");
        // A stale or forged post (unknown view state, no CSP nonce) lands on "page expired", losing nothing.
        HttpResponse<String> forged = caseworker.postForm("app/org-units.xhtml",
                "unitsForm=unitsForm&jakarta.faces.ViewState=forged-12345");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElse("")).contains("/error/expired.xhtml");
        assertThat(caseworker.get("error/expired.xhtml").body()).contains("页面已过期");

        HttpResponse<String> missing = caseworker.get("app/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面或记录不存在");
    }
}
