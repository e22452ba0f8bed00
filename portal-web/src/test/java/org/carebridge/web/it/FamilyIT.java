package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public family status page over plain HTTP, as a script would drive it: "no such child", "wrong
 * name" and a real match cannot be told apart (status, page, timing) and only the match texts a code;
 * a code opens its own child once; the status shows the support and nothing it must not; what is typed
 * never works from a URL; the limits hold whatever {@code X-Forwarded-For} says (no proxy is trusted in
 * tests). Codes are read from the test-only SMS inbox ({@link SmsInbox}).
 * <p>
 * The attempt limits are per node and in memory, and every look-up here comes from this machine: the
 * methods run in order, the limit test last, and the look-ups before it stay below the per-client limit
 * (six of ten; from the fourth on each look-up needs the arithmetic question, which {@link Family}
 * answers as a person would). Each child is looked up at most twice by one target.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyIT extends ApiIT {

    private static final String DEMO_REFERENCE = "SQ261101HELPME";
    private static final String DEMO_ID = "110112201605121540";
    private static final String DEMO_CHILD = "林小雨";
    private static final String DEMO_MOBILE = "13800138000";

    private static final String SAME_ANSWER = "如果您填写的信息与登记的一致，验证码已发送至监护人登记的手机";
    private static final String WRONG_CODE = "验证码不正确";
    private static final String LIMITED = "查询次数过多";
    private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");

    @Test
    @Order(1)
    void thePageIsPublicNotCachedAndNothingTypedWorksFromAUrl() {
        int sent = smsCount(null);
        Family f = new Family(api.base());
        HttpResponse<String> page = f.get();
        assertThat(page.statusCode()).as("public: no login redirect").isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("id=\"lookupForm\"").doesNotContain("menuForm").doesNotContain("headerForm");

        // A GET carrying the whole step-1 form, view state and nonce included, is not a postback: it is sent
        // back to the bare page, and nothing is looked up.
        String query = f.formBody("lookupForm", Map.of("lookupForm:reference", DEMO_REFERENCE,
                "lookupForm:childName", DEMO_CHILD, "lookupForm:lookup", ""));
        HttpResponse<String> viaUrl = f.send(f.request("family.xhtml?" + query).GET().build());
        assertThat(viaUrl.statusCode()).isEqualTo(303);
        assertThat(viaUrl.headers().firstValue("Location").orElse("")).endsWith("/family.xhtml");
        // ... nor is a POST whose data sits in the query string.
        HttpResponse<String> postViaUrl = f.send(f.request("family.xhtml?" + query)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertThat(postViaUrl.statusCode()).isEqualTo(303);
        assertThat(f.send(f.request("family.xhtml").method("PUT", HttpRequest.BodyPublishers.ofString(query))
                .header("Content-Type", "application/x-www-form-urlencoded").build()).statusCode()).isEqualTo(405);

        HttpResponse<String> after = f.get();
        assertThat(after.body()).contains("id=\"lookupForm\"").doesNotContain("id=\"codeForm\"");
        assertThat(smsCount(null)).as("no text sent").isEqualTo(sent);
    }

    @Test
    @Order(2)
    void noSuchChildWrongNameAndARealMatchLookTheSameAndOnlyTheMatchTextsACode() {
        int sentToGuardian = smsCount(DEMO_MOBILE);
        int sent = smsCount(null);

        Family unknown = new Family(api.base());
        Step noSuchChild = unknown.lookup("SQ261101ZZZZZZ", DEMO_CHILD);
        assertThat(smsCount(null)).as("nothing sent for a reference nobody has").isEqualTo(sent);

        Family wrong = new Family(api.base());
        Step wrongName = wrong.lookup(DEMO_REFERENCE, "林小云");
        assertThat(smsCount(null)).as("nothing sent when the name does not match").isEqualTo(sent);

        Family real = new Family(api.base());
        Step match = real.lookup(DEMO_REFERENCE, DEMO_CHILD);
        assertThat(smsCount(DEMO_MOBILE)).as("the real match texts the guardian").isEqualTo(sentToGuardian + 1);
        assertThat(smsCount(null)).isEqualTo(sent + 1);
        assertThat(lastCode(DEMO_MOBILE)).matches("\\d{6}");

        for (Step s : List.of(noSuchChild, wrongName, match)) {
            assertThat(s.response.statusCode()).isEqualTo(200);
            assertThat(s.response.body()).contains(SAME_ANSWER).contains("id=\"codeForm:code\"")
                    .doesNotContain(DEMO_REFERENCE).doesNotContain(DEMO_CHILD).doesNotContain("林小云");
            assertThat(s.millis).as("the floor hides how long a match takes").isGreaterThanOrEqualTo(700);
        }
        assertThat(shape(wrongName.response.body())).isEqualTo(shape(noSuchChild.response.body()));
        assertThat(shape(match.response.body())).isEqualTo(shape(noSuchChild.response.body()));
        assertThat(ids(match.response.body())).isEqualTo(ids(noSuchChild.response.body()))
                .contains("codeForm:code", "codeForm:verify", "codeForm:restart", "codeSent");

        // Step 2 fails alike too: wrong codes, then after five tries back to step 1 — for the decoy as for the
        // real check (whose code, never typed, is void afterwards).
        for (Family f : List.of(unknown, real)) {
            HttpResponse<String> r = null;
            for (int i = 1; i <= 4; i++) {
                r = f.code(wrongCodeFor(lastCode(DEMO_MOBILE)));
                assertThat(r.body()).contains(WRONG_CODE).contains("还可以尝试 " + (5 - i) + " 次");
            }
            r = f.code(wrongCodeFor(lastCode(DEMO_MOBILE)));
            assertThat(r.body()).contains("验证码输错次数过多").contains("id=\"lookupForm\"").doesNotContain("id=\"codeForm\"");
        }
    }

    @Test
    @Order(3)
    void aCodeOpensItsOwnChildOnlyOnceAndTheStatusShowsOnlyWhatAFamilyMaySee() {
        String caseworker = api.token("d1.caseworker");
        String otherMobile = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String otherId = TestIds.residentId("110112", LocalDate.of(2015, 3, 9), true);
        Api.Res created = api.send("POST", "api/v1/children", caseworker, "{\"name\":\"周小川\",\"residentId\":\""
                + otherId + "\",\"residenceRegion\":\"110112003\",\"categories\":[\"LEFT_BEHIND\"],"
                + "\"careSetting\":\"FAMILY\",\"household\":[{\"name\":\"周奶奶\",\"relation\":\"祖母\",\"guardian\":true,"
                + "\"mobile\":\"" + otherMobile + "\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        // The first code opens the status, once; the session gets a new id with it.
        Family first = new Family(api.base());
        first.lookup(DEMO_ID, DEMO_CHILD);
        String firstCode = lastCode(DEMO_MOBILE);
        String sessionBefore = first.sessionId();
        HttpResponse<String> status = first.code(firstCode);
        assertThat(status.body()).contains("id=\"application\"").contains(DEMO_CHILD);
        assertThat(first.sessionId()).isNotEqualTo(sessionBefore);

        // What step 3 shows: the scheme at this month's rate, payments, services, contact — and never the
        // resident ID (whole or masked), the guardian's mobile, bank accounts or bank references.
        String page = shape(status.body());
        assertThat(page).contains("孤儿基本生活费").contains(yuan(orphansRateNow()) + " / 月")
                .contains("已批准").contains(DEMO_REFERENCE).contains("下一笔").contains("已发放")
                .contains("上门走访").contains("陪伴帮扶").contains("通州区民政局社工")
                .contains("id=\"reportForm\"").contains("id=\"endForm:end\"");
        assertThat(page).doesNotContain(DEMO_ID).doesNotContain(DEMO_MOBILE).doesNotContain("138****8000")
                .doesNotContain("6222").doesNotContain("祖母照料尽心").doesNotContain("数学作业辅导");
        assertThat(page).doesNotContainPattern("\\d{4}\\*{6,}[0-9X]{4}").doesNotContainPattern("BOC\\d{6}")
                .doesNotContainPattern("1[3-9]\\d{9}");

        // The same child again in a new session: the old, used code is just wrong there.
        Family again = new Family(api.base());
        again.lookup(DEMO_ID, DEMO_CHILD);
        String secondCode = lastCode(DEMO_MOBILE);
        assertThat(secondCode).isNotEqualTo(firstCode);
        Family other = new Family(api.base());
        other.lookup(otherId, "周小川");
        String otherCode = lastCode(otherMobile);
        assertThat(otherCode).matches("\\d{6}");

        assertThat(again.code(firstCode).body()).as("a used code").contains(WRONG_CODE).contains("id=\"codeForm\"");
        assertThat(again.code(otherCode).body()).as("another child's code").contains(WRONG_CODE);
        assertThat(other.code(secondCode).body()).as("another child's code").contains(WRONG_CODE);
        // Each code still opens its own child (three tries were wrong, two are left).
        HttpResponse<String> mine = again.code(secondCode);
        assertThat(mine.body()).contains("id=\"application\"").contains(DEMO_CHILD).doesNotContain("周小川");
        HttpResponse<String> theirs = other.code(otherCode);
        assertThat(theirs.body()).contains("id=\"application\"").contains("周小川").doesNotContain(DEMO_CHILD)
                .contains("本月暂无救助");

        // A change reported becomes a task for the district, seen on the child's page by its staff.
        String detail = "我们搬到了梨园镇新址，电话不变 " + ThreadLocalRandom.current().nextInt(1000, 9999);
        HttpResponse<String> reported = first.post("reportForm", Map.of("reportForm:kind", "CONTACT",
                "reportForm:detail", detail, "reportForm:send", ""));
        assertThat(reported.body()).contains("已收到，谢谢").contains("id=\"application\"");
        assertThat(first.post("reportForm", Map.of("reportForm:kind", "CONTACT", "reportForm:detail", " ",
                "reportForm:send", "")).body()).contains("请填写具体情况（最多 500 字）");
        assertThat(first.post("reportForm", Map.of("reportForm:kind", "", "reportForm:detail", "电话换了",
                "reportForm:send", "")).body()).contains("请选择变化类型");
        long childId = demoChildId(caseworker);
        PageSession staff = new PageSession(api.base());
        assertThat(staff.login("d1.caseworker", Api.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> childPage = staff.get("app/child.xhtml?id=" + childId);
        assertThat(childPage.body()).contains("家庭报告的情况变化").contains(detail).contains("地址或电话变了")
                .contains("待处理");
        List<String> actions = api.get("api/v1/children/" + childId + "/access-log?limit=100", api.token("d1.admin"))
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertThat(actions).contains("FAMILY_CODE_SENT", "FAMILY_CODE_ACCEPTED", "FAMILY_CODE_WRONG",
                "FAMILY_STATUS_VIEWED", "FAMILY_CHANGE_REPORTED");

        // Ending the visit forgets the child at once.
        HttpResponse<String> ended = first.post("endForm", Map.of("endForm:end", ""));
        assertThat(ended.body()).contains("您已结束本次查看").contains("id=\"lookupForm\"").doesNotContain(DEMO_CHILD);
        assertThat(first.get().body()).contains("id=\"lookupForm\"").doesNotContain("id=\"application\"");
    }

    @Test
    @Order(4)
    void theGuardianIsWarnedOnceOfRepeatedAttemptsOnTheChildWhateverNameIsTyped() {
        // Step 2's test tried the reference twice (a wrong name, then the right one); a third try with a wrong
        // name sends no code, but warns the guardian — once in the window, however many tries follow.
        int before = smsCount(DEMO_MOBILE);
        Step third = new Family(api.base()).lookup(DEMO_REFERENCE, "林小月");
        assertThat(third.response.body()).contains(SAME_ANSWER);
        assertThat(smsCount(DEMO_MOBILE)).isEqualTo(before + 1);
        assertThat(lastText(DEMO_MOBILE)).contains("多次尝试查询").doesNotContainPattern("\\d{6}");
        new Family(api.base()).lookup(DEMO_REFERENCE, "林小星");
        assertThat(smsCount(DEMO_MOBILE)).as("warned once per window").isEqualTo(before + 1);
        long childId = demoChildId(api.token("d1.caseworker"));
        List<String> actions = api.get("api/v1/children/" + childId + "/access-log?limit=100", api.token("d1.admin"))
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertThat(actions).contains("FAMILY_LOOKUP_WRONG_NAME");
    }

    @Test
    @Order(100)
    void limitsHoldWhenTheClientRotatesXForwardedFor() {
        // Every look-up a new session, a new X-Forwarded-For and a new (unknown) target: believed, the header
        // would make each one a first attempt from a new client. It is not believed — the connection's
        // address counts: the question comes within three look-ups, the refusal within ten.
        Integer challengedAt = null;
        Integer refusedAt = null;
        for (int i = 1; i <= 12 && refusedAt == null; i++) {
            Family f = new Family(api.base());
            f.forwardedFor = "203.0.113." + i;
            f.get();
            HttpResponse<String> r = f.post("lookupForm", f.step1Fields(unknownReference(i), "王小明"));
            if (r.body().contains("id=\"lookupForm:question\"") && challengedAt == null) {
                challengedAt = i;
            }
            if (r.body().contains("id=\"lookupForm:question\"")) {
                r = f.answerQuestion(f.step1Fields(unknownReference(i), "王小明"));
            }
            if (r.body().contains(LIMITED)) {
                refusedAt = i;
            } else {
                assertThat(r.body()).contains(SAME_ANSWER);
            }
        }
        assertThat(challengedAt).as("the arithmetic question despite a new X-Forwarded-For").isNotNull()
                .isLessThanOrEqualTo(4);
        assertThat(refusedAt).as("refused despite a new X-Forwarded-For").isNotNull().isLessThanOrEqualTo(11);

        // Still refused from yet another claimed address, question answered or not — and the real guardian's
        // look-up from here is refused too, without a text.
        int sent = smsCount(null);
        Family f = new Family(api.base());
        f.forwardedFor = "198.51.100.7, 198.51.100.8";
        f.get();
        HttpResponse<String> r = f.post("lookupForm", f.step1Fields(DEMO_REFERENCE, DEMO_CHILD));
        if (r.body().contains("id=\"lookupForm:question\"")) {
            r = f.answerQuestion(f.step1Fields(DEMO_REFERENCE, DEMO_CHILD));
        }
        assertThat(r.body()).contains(LIMITED).doesNotContain("id=\"codeForm\"");
        assertThat(smsCount(null)).isEqualTo(sent);
    }

    // --- the page as a script drives it ---

    /** One family's browser: cookies, the last page (its view state and CSP nonce), an optional X-Forwarded-For. */
    static final class Family {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
        private static final Pattern QUESTION = Pattern.compile("id=\"lookupForm:question\"[^>]*>\\s*(\\d+) \\+ (\\d+) = \\?");

        private final URI base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String forwardedFor;
        private String page;

        Family(URI base) {
            this.base = base;
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            if (forwardedFor != null) {
                b.header("X-Forwarded-For", forwardedFor);
            }
            return b;
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get() {
            HttpResponse<String> r = send(request("family.xhtml").GET().build());
            page = r.body();
            return r;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** The form's fields as a browser posts them: its own marker, the view state and the page's nonce. */
        String formBody(String form, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put(form, form);
            all.putAll(fields);
            all.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
            all.put("primefaces.nonce", find(NONCE, page));
            return all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
        }

        HttpResponse<String> post(String form, Map<String, String> fields) {
            HttpResponse<String> r = send(request("family.xhtml")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(form, fields))).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            page = r.body();
            return r;
        }

        Map<String, String> step1Fields(String referenceOrId, String childName) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("lookupForm:reference", referenceOrId);
            f.put("lookupForm:childName", childName);
            f.put("lookupForm:lookup", "");
            return f;
        }

        /** Answers the arithmetic question on the page and posts step 1 again. */
        HttpResponse<String> answerQuestion(Map<String, String> step1) {
            Matcher m = QUESTION.matcher(page);
            assertThat(m.find()).as("a question on the page").isTrue();
            Map<String, String> f = new LinkedHashMap<>(step1);
            f.put("lookupForm:answer", String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))));
            return post("lookupForm", f);
        }

        /** Step 1 as a person does it (answering the question when asked); the final answer and how long it took. */
        Step lookup(String referenceOrId, String childName) {
            if (page == null) {
                get();
            }
            Map<String, String> fields = step1Fields(referenceOrId, childName);
            long start = System.nanoTime();
            HttpResponse<String> r = post("lookupForm", fields);
            if (r.body().contains("id=\"lookupForm:question\"")) {
                start = System.nanoTime();
                r = answerQuestion(fields);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.body()).as("step 2 reached").contains("id=\"codeForm\"");
            return new Step(r, millis);
        }

        HttpResponse<String> code(String code) {
            return post("codeForm", Map.of("codeForm:code", code, "codeForm:verify", ""));
        }

        private static String find(Pattern p, String html) {
            Matcher m = p.matcher(html == null ? "" : html);
            if (!m.find()) {
                throw new AssertionError("no " + p + " in page");
            }
            return m.group(1);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    record Step(HttpResponse<String> response, long millis) {
    }

    /** The page without what differs on every response anyway: scripts (nonce, random ids) and the view state. */
    private static String shape(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*\"", "$1\"")
                .replaceAll("nonce=\"[^\"]*\"", "");
    }

    private static List<String> ids(String html) {
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(shape(html));
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String unknownReference(int i) {
        String letters = "ABCDEFGHJKMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder("SQ261109");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int k = 0; k < 5; k++) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.append(letters.charAt(i % letters.length())).toString();
    }

    private static String wrongCodeFor(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    // --- the portal's side, through the API ---

    private String inboxToken;

    private String inboxToken() {
        if (inboxToken == null) {
            inboxToken = api.token("d1.admin");
        }
        return inboxToken;
    }

    private int smsCount(String to) {
        Api.Res r = api.get("api/v1/test/sms/count" + (to == null ? "" : "?to=" + to), inboxToken());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getInt("count");
    }

    private String lastText(String to) {
        Api.Res r = api.get("api/v1/test/sms?to=" + to, inboxToken());
        assertThat(r.status()).as("a text to " + to).isEqualTo(200);
        return r.json().getString("text");
    }

    private String lastCode(String to) {
        Api.Res r = api.get("api/v1/test/sms?to=" + to, inboxToken());
        assertThat(r.status()).as("a text to " + to).isEqualTo(200);
        Matcher m = CODE.matcher(r.json().getString("text"));
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private BigDecimal orphansRateNow() {
        String body = api.get("api/v1/allowance-schemes", api.token("d1.finance")).body();
        for (JsonValue v : Json.createReader(new StringReader(body)).readArray()) {
            JsonObject s = v.asJsonObject();
            if (s.getString("name").equals("孤儿基本生活费")) {
                return s.getJsonNumber("rateNow").bigDecimalValue();
            }
        }
        throw new AssertionError("no orphans' scheme in the demo data");
    }

    private long demoChildId(String token) {
        JsonObject page = api.get("api/v1/children?q=" + URLEncoder.encode(DEMO_CHILD, StandardCharsets.UTF_8)
                + "&size=50", token).json();
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(DEMO_CHILD) && c.getString("birthDate").equals("2016-05-12"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.CHINA)).format(amount);
    }
}
