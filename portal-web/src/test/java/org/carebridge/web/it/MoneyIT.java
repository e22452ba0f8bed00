package org.carebridge.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funds, the ledger and disbursements over REST, including what concurrent callers do: the same
 * idempotency key submitted 64 times at once makes one request and one answer; 64 payments of one
 * request at once post one payment; 200 top-ups at once lose no update; 40 approvals at once on a
 * fund that covers 30 approve exactly 30 and the fund never goes below zero; the journal always
 * rebuilds to the stored balances.
 */
class MoneyIT extends ApiIT {

    private static final String FINANCE = "d1.finance";

    private long fund(String name, String amount) {
        String finance = api.token(FINANCE);
        Api.Res created = api.send("POST", "api/v1/funds", finance, "{\"name\":\"" + name + System.nanoTime()
                + "\",\"kind\":\"CHARITY_FUND\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        if (amount != null) {
            Api.Res top = api.postOnce("api/v1/funds/" + id + "/top-ups", finance, "{\"amount\":\"" + amount + "\"}",
                    "seed-" + id + "-" + System.nanoTime());
            assertThat(top.status()).as(top.body()).isEqualTo(200);
        }
        return id;
    }

    private JsonObject fundView(long id) {
        return api.get("api/v1/funds/" + id, api.token(FINANCE)).json();
    }

    private static String request(long fund, String payee, String amount) {
        return "{\"payeeName\":\"" + payee + "\",\"payeeBankAccount\":\"6222020200112233\",\"amount\":\"" + amount
                + "\",\"purpose\":\"ALLOWANCE\",\"fundId\":" + fund + "}";
    }

    private static <T> List<T> all(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(calls);
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static jakarta.json.JsonArray array(Api.Res r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
    }

    private void assertLedgerRebuilds(String token) {
        JsonObject check = api.get("api/v1/ledger/check", token).json();
        assertThat(check.getJsonArray("mismatches")).as(check.toString()).isEmpty();
        assertThat(check.getInt("unbalancedEntries")).isZero();
    }

    @Test
    void sixtyFourSubmissionsWithOneKeyMakeOneRequestAndSixtyFourPaymentsPayOnce() throws Exception {
        long fund = fund("并发测试基金", "10000.00");
        String finance = api.token(FINANCE);
        String key = "same-key-" + System.nanoTime();
        String body = request(fund, "李四", "2650.00");
        List<Callable<Api.Res>> submits = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            submits.add(() -> api.postOnce("api/v1/disbursements", finance, body, key));
        }
        List<Api.Res> answers = all(32, submits);
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Api.Res r : answers) {
            assertThat(r.status()).as(r.body()).isIn(200, 201);
            created += r.status() == 201 ? 1 : 0;
            ids.add(r.json().getJsonNumber("id").longValue());
        }
        assertThat(ids).hasSize(1);
        assertThat(created).isEqualTo(1);
        long id = ids.iterator().next();
        assertThat(api.get("api/v1/disbursements?limit=200", finance).body().split("\"idempotencyKey\":\"" + key + "\"", -1))
                .hasSize(2);
        // The same key with other content is refused, not paid.
        Api.Res reused = api.postOnce("api/v1/disbursements", finance, request(fund, "李四", "2651.00"), key);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().getString("messageKey")).isEqualTo("disbursement.keyReused");

        JsonObject approved = api.send("POST", "api/v1/disbursements/" + id + "/approve", api.token("d1.approver"),
                "{\"version\":" + api.get("api/v1/disbursements/" + id, finance).json().getJsonNumber("version") + "}").json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        List<Callable<Api.Res>> pays = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            pays.add(() -> api.send("POST", "api/v1/disbursements/" + id + "/pay", finance, "{\"bankReference\":\"BK-64\"}"));
        }
        Set<Long> paymentEntries = new HashSet<>();
        for (Api.Res r : all(32, pays)) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            paymentEntries.add(r.json().getJsonNumber("paymentEntryId").longValue());
        }
        assertThat(paymentEntries).hasSize(1);
        JsonObject f = fundView(fund);
        assertThat(f.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("7350.00");
        assertThat(f.getJsonNumber("spent").bigDecimalValue()).isEqualByComparingTo("2650.00");
        assertLedgerRebuilds(finance);
    }

    @Test
    void twoHundredConcurrentTopUpsLoseNothingAndConcurrentApprovalsNeverOverdrawTheFund() throws Exception {
        String finance = api.token(FINANCE);
        long topped = fund("并发入账基金", null);
        List<Callable<Api.Res>> topUps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String k = "top-" + topped + "-" + i;
            topUps.add(() -> api.postOnce("api/v1/funds/" + topped + "/top-ups", finance, "{\"amount\":\"1.01\"}", k));
        }
        for (Api.Res r : all(40, topUps)) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        assertThat(fundView(topped).getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("202.00");

        long fund = fund("并发审批基金", "300.00");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Api.Res r = api.postOnce("api/v1/disbursements", finance, request(fund, "儿童" + i, "10.00"), "n-" + fund + "-" + i);
            ids.add(r.json().getJsonNumber("id").longValue());
        }
        String approver = api.token("d1.approver");
        List<Callable<Api.Res>> approvals = new ArrayList<>();
        for (long id : ids) {
            approvals.add(() -> api.send("POST", "api/v1/disbursements/" + id + "/approve", approver, "{\"version\":1}"));
        }
        int ok = 0;
        for (Api.Res r : all(20, approvals)) {
            if (r.status() == 200) {
                ok++;
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(409);
                assertThat(r.json().getString("messageKey")).isEqualTo("fund.insufficient");
            }
        }
        assertThat(ok).isEqualTo(30);
        JsonObject f = fundView(fund);
        assertThat(f.getJsonNumber("committed").bigDecimalValue()).isEqualByComparingTo("300.00");
        assertThat(f.getJsonNumber("available").bigDecimalValue()).isEqualByComparingTo("0.00");
        List<Callable<Api.Res>> pays = new ArrayList<>();
        for (long id : ids) {
            pays.add(() -> api.send("POST", "api/v1/disbursements/" + id + "/pay", finance, "{\"bankReference\":\"B" + id + "\"}"));
        }
        int paid = 0;
        for (Api.Res r : all(20, pays)) {
            paid += r.status() == 200 ? 1 : 0;
        }
        assertThat(paid).isEqualTo(30);
        assertThat(fundView(fund).getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("0.00");
        assertLedgerRebuilds(finance);
    }

    @Test
    void makerIsNotCheckerLargeAmountsNeedTwoApproversAndAReversalRestoresTheFund() {
        long fund = fund("审批规则基金", "200000.00");
        String treasurer = api.token("d1.treasurer");
        String finance = api.token(FINANCE);
        // The finance head may approve, but not a request he submitted himself.
        long own = api.postOnce("api/v1/disbursements", treasurer, request(fund, "王五", "800.00"), "own-" + fund)
                .json().getJsonNumber("id").longValue();
        Api.Res self = api.send("POST", "api/v1/disbursements/" + own + "/approve", treasurer, "{\"version\":1}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().getString("messageKey")).isEqualTo("disbursement.makerChecker");
        assertThat(api.send("POST", "api/v1/disbursements/" + own + "/approve", finance, "{\"version\":1}").status())
                .isEqualTo(403);
        assertThat(api.send("POST", "api/v1/disbursements/" + own + "/approve", api.token("d2.approver"), "{\"version\":1}")
                .status()).isEqualTo(404);
        // Bad input: three decimals, no key.
        assertThat(api.postOnce("api/v1/disbursements", finance, request(fund, "王五", "1.005"), "bad-" + fund).json()
                .getString("messageKey")).isEqualTo("value.money.scale");
        assertThat(api.send("POST", "api/v1/disbursements", finance, request(fund, "王五", "1.00")).json()
                .getString("messageKey")).isEqualTo("disbursement.key.required");

        // Above the threshold (50,000 by default): two different approvers.
        long big = api.postOnce("api/v1/disbursements", finance, request(fund, "某康复机构", "120000.00"), "big-" + fund)
                .json().getJsonNumber("id").longValue();
        JsonObject first = api.send("POST", "api/v1/disbursements/" + big + "/approve", api.token("d1.approver"),
                "{\"version\":1}").json();
        assertThat(first.getString("status")).isEqualTo("PARTLY_APPROVED");
        long v = first.getJsonNumber("version").longValue();
        Api.Res twice = api.send("POST", "api/v1/disbursements/" + big + "/approve", api.token("d1.approver"),
                "{\"version\":" + v + "}");
        assertThat(twice.json().getString("messageKey")).isEqualTo("disbursement.sameApprover");
        JsonObject second = api.send("POST", "api/v1/disbursements/" + big + "/approve", api.token("d1.approver2"),
                "{\"version\":" + v + "}").json();
        assertThat(second.getString("status")).isEqualTo("APPROVED");
        JsonObject paid = api.send("POST", "api/v1/disbursements/" + big + "/pay", finance, "{\"bankReference\":\"BK-BIG\"}").json();
        assertThat(fundView(fund).getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("80000.00");

        // A reversal posts mirror entries: the fund has its money back and the journal still rebuilds.
        JsonObject reversed = api.send("POST", "api/v1/disbursements/" + big + "/reverse", api.token("d1.approver2"),
                "{\"version\":" + paid.getJsonNumber("version") + ",\"reason\":\"收款账户错误，退回重付\"}").json();
        assertThat(reversed.getString("status")).isEqualTo("REVERSED");
        assertThat(fundView(fund).getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("200000.00");
        List<JsonObject> entries = api.get("api/v1/ledger/entries?limit=10", finance).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(entries).filteredOn(e -> e.getString("kind").equals("REVERSAL")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.getJsonArray("postings").stream().map(p -> p.asJsonObject()
                        .getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo("0"));
        assertThat(api.send("POST", "api/v1/disbursements/" + big + "/reverse", api.token("d1.approver2"),
                "{\"version\":" + reversed.getJsonNumber("version") + ",\"reason\":\"again\"}").status()).isEqualTo(409);
        // Entries cannot be changed or removed through the API.
        long entry = entries.get(0).getJsonNumber("id").longValue();
        assertThat(api.send("DELETE", "api/v1/ledger/entries/" + entry, finance, null).status()).isIn(404, 405);
        assertThat(api.send("PUT", "api/v1/ledger/entries/" + entry, finance, "{}").status()).isIn(404, 405);
        assertThat(api.get("api/v1/ledger/accounts", api.token("d2.finance")).body()).doesNotContain("审批规则基金");
        assertLedgerRebuilds(finance);
    }

    @Test
    void anAcceptedMilestoneIsPaidByEachFunderForItsShareExactToTheFen() throws InterruptedException {
        ProjectFixture f = new ProjectFixture(api, TODAY);
        long project = f.fromAward(f.awardedTender("资金拆分测试项目"), "[{\"funder\":\"f1\",\"share\":\"100000.00\"}]");
        String provider = api.token("s1.admin", "s1");
        JsonObject m = array(api.get("api/v1/projects/" + project + "/milestones", provider)).getJsonObject(0);
        long mid = m.getJsonNumber("id").longValue();
        long v = api.send("POST", "api/v1/projects/" + project + "/milestones/" + mid + "/submit", provider,
                "{\"note\":\"建档完成\"}").json().getJsonNumber("version").longValue();
        api.send("POST", "api/v1/projects/" + project + "/milestones/" + mid + "/review", api.token("d1.approver"),
                "{\"version\":" + v + ",\"decision\":\"PARTLY\",\"amount\":\"90000.00\",\"note\":\"两名儿童未建档\"}");

        // 90,000 split 280,000 : 100,000 → 66,315.79 (the district) + 23,684.21 (the foundation).
        JsonObject mine = array(api.get("api/v1/disbursements/milestones", api.token(FINANCE))).stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("milestoneId").longValue() == mid)
                .findFirst().orElseThrow();
        assertThat(mine.getJsonNumber("myShare").bigDecimalValue()).isEqualByComparingTo("66315.79");
        JsonObject theirs = array(api.get("api/v1/disbursements/milestones", api.token("f1.finance"))).stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("milestoneId").longValue() == mid)
                .findFirst().orElseThrow();
        assertThat(theirs.getJsonNumber("myShare").bigDecimalValue()).isEqualByComparingTo("23684.21");
        assertThat(api.get("api/v1/disbursements/milestones", api.token("d2.finance")).body()).doesNotContain("资金拆分测试项目");

        long fund = fund("项目资金", "100000.00");
        String request = "{\"fundId\":" + fund + ",\"milestoneId\":" + mid + ",\"purpose\":\"SERVICE_PURCHASE\"}";
        JsonObject d = api.postOnce("api/v1/disbursements", api.token(FINANCE), request, "ms-" + mid).json();
        assertThat(d.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("66315.79");
        assertThat(d.getString("payeeName")).isEqualTo("阳光社会工作服务中心");
        assertThat(d.getInt("approvalsRequired")).isEqualTo(2);
        Api.Res again = api.postOnce("api/v1/disbursements", api.token(FINANCE), request, "ms-" + mid + "-again");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("messageKey")).isEqualTo("disbursement.milestone.requested");
    }

    @Test
    void schemeRatesAreProposedTypedOrByNaturalGrowthAndAdoptedBySomeoneElse() {
        String finance = api.token(FINANCE);
        String approver = api.token("d1.approver");
        assertThat(api.get("api/v1/allowance-schemes", finance).body()).contains("孤儿基本生活费").contains("2783");
        long fund = fund("保障金基金", null);
        Api.Res created = api.send("POST", "api/v1/allowance-schemes", finance, "{\"name\":\"测试生活补贴" + System.nanoTime()
                + "\",\"categories\":[\"ORPHAN\",\"CHILD_OF_PRISONER\"],\"frequency\":\"MONTHLY\",\"payeeKind\":\"GUARDIAN\","
                + "\"fundId\":" + fund + ",\"purpose\":\"ALLOWANCE\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long scheme = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().containsKey("rateNow") && !created.json().isNull("rateNow")).isFalse();
        JsonObject typed = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2023-01\",\"amount\":\"1000.00\",\"basis\":\"测试文件\"}").json();
        String adopt = "{\"version\":" + typed.getJsonNumber("version") + ",\"adopt\":true}";
        String decision = "api/v1/allowance-schemes/" + scheme + "/rates/" + typed.getJsonNumber("id") + "/decision";
        assertThat(api.send("POST", decision, finance, adopt).status()).isEqualTo(403);
        assertThat(api.send("POST", decision, approver, adopt).json().getString("status")).isEqualTo("ADOPTED");
        assertThat(api.send("POST", decision, approver, adopt).status()).isEqualTo(409);

        // 1000 × (1 + (5.2 + 4.8) / 2 %) = 1050; proposed by the treasurer, who may approve but not his own proposal.
        String treasurer = api.token("d1.treasurer");
        JsonObject indexed = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/indexation", treasurer,
                "{\"effectiveFrom\":\"2025-01\",\"growthYear1\":5.2,\"growthYear2\":4.8}").json();
        assertThat(indexed.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1050.00");
        assertThat(indexed.getString("basis")).contains("5.2%").contains("4.8%");
        String indexedDecision = "api/v1/allowance-schemes/" + scheme + "/rates/" + indexed.getJsonNumber("id") + "/decision";
        String adoptIndexed = "{\"version\":" + indexed.getJsonNumber("version") + ",\"adopt\":true}";
        Api.Res own = api.send("POST", indexedDecision, treasurer, adoptIndexed);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().getString("messageKey")).isEqualTo("rate.makerChecker");
        api.send("POST", indexedDecision, approver, adoptIndexed);
        assertThat(api.get("api/v1/allowance-schemes/" + scheme, finance).json().getJsonNumber("rateNow").bigDecimalValue())
                .isEqualByComparingTo("1050.00");
        assertThat(api.send("POST", "api/v1/allowance-schemes/" + scheme + "/indexation", finance,
                "{\"effectiveFrom\":\"2026-01\",\"growthYear1\":99,\"growthYear2\":4.8}").json().getString("messageKey"))
                .isEqualTo("rate.growth.invalid");
        assertThat(api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2026-13\",\"amount\":\"1.00\",\"basis\":\"x\"}").json().getString("messageKey"))
                .isEqualTo("rate.effectiveFrom.required");
        assertThat(api.get("api/v1/allowance-schemes/" + scheme, api.token("d2.finance")).status()).isEqualTo(404);
    }

    private JsonObject runFor(long scheme, String month) {
        Api.Res r = api.send("POST", "api/v1/payment-runs", api.token(FINANCE), "{\"schemeId\":" + scheme + ",\"month\":\""
                + month + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonObject approveAndPay(JsonObject run, boolean pay) {
        long id = run.getJsonNumber("id").longValue();
        JsonObject approved = api.send("POST", "api/v1/payment-runs/" + id + "/approve", api.token("d1.approver"),
                "{\"version\":" + run.getJsonNumber("version") + "}").json();
        assertThat(approved.getString("status")).as(approved.toString()).isEqualTo("APPROVED");
        return pay ? api.send("POST", "api/v1/payment-runs/" + id + "/pay", api.token(FINANCE),
                "{\"bankReference\":\"RUN-" + id + "\"}").json() : approved;
    }

    @Test
    void monthlyRunsPayOnceABackDatedRatePaysTheDifferenceAndEachChildSeesItsPayments() {
        String finance = api.token(FINANCE);
        String approver = api.token("d1.approver");
        long fund = fund("发放测试基金", "100000000.00");
        long scheme = api.send("POST", "api/v1/allowance-schemes", finance, "{\"name\":\"发放测试" + System.nanoTime()
                + "\",\"categories\":[\"ORPHAN\"],\"frequency\":\"MONTHLY\",\"payeeKind\":\"GUARDIAN\",\"fundId\":" + fund
                + ",\"purpose\":\"ALLOWANCE\"}").json().getJsonNumber("id").longValue();
        JsonObject rate = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2026-01\",\"amount\":\"1000.00\",\"basis\":\"测试\"}").json();
        api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates/" + rate.getJsonNumber("id") + "/decision", approver,
                "{\"version\":" + rate.getJsonNumber("version") + ",\"adopt\":true}");

        JsonObject aug = runFor(scheme, "2026-08");
        int n = aug.getInt("lines");
        assertThat(n).isPositive();
        assertThat(aug.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(String.valueOf(n * 1000L));
        JsonObject again = runFor(scheme, "2026-08");
        assertThat(again.getJsonNumber("id").longValue()).isEqualTo(aug.getJsonNumber("id").longValue());
        assertThat(again.getInt("lines")).isEqualTo(n);
        Api.Res self = api.send("POST", "api/v1/payment-runs/" + aug.getJsonNumber("id") + "/approve", finance,
                "{\"version\":" + aug.getJsonNumber("version") + "}");
        assertThat(self.status()).isEqualTo(403);
        Api.Res early = api.get("api/v1/payment-runs/" + aug.getJsonNumber("id") + "/bank-file", finance);
        assertThat(early.status()).isEqualTo(409);
        approveAndPay(aug, true);
        approveAndPay(runFor(scheme, "2026-09"), true);
        assertThat(fundView(fund).getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo(String.valueOf(100000000L - 2000L * n));

        // A rate of 1,050 adopted back-dated to August: October pays 1,050 plus 50 for August and September.
        JsonObject raised = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2026-08\",\"amount\":\"1050.00\",\"basis\":\"追溯调整\"}").json();
        api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates/" + raised.getJsonNumber("id") + "/decision", approver,
                "{\"version\":" + raised.getJsonNumber("version") + ",\"adopt\":true}");
        JsonObject oct = runFor(scheme, "2026-10");
        assertThat(oct.getInt("lines")).isEqualTo(3 * n);
        assertThat(oct.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(String.valueOf(1150L * n));
        approveAndPay(oct, false);
        assertThat(fundView(fund).getJsonNumber("committed").bigDecimalValue()).isEqualByComparingTo(String.valueOf(1150L * n));

        long child = api.get("api/v1/payment-runs/" + oct.getJsonNumber("id") + "/lines?limit=1", finance).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("childId").longValue();
        List<JsonObject> funding = allowances(child, api.token("d1.caseworker")).stream().map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("runId").longValue() >= aug.getJsonNumber("id").longValue())
                .toList();
        assertThat(funding).hasSize(5);
        assertThat(funding.stream().map(l -> l.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3150.00");
        assertThat(funding).filteredOn(l -> l.getString("kind").equals("BACKPAY")).hasSize(2);
        assertThat(api.get("api/v1/children/" + child + "/funding", api.token("d2.caseworker")).status()).isEqualTo(404);

        Api.Res file = api.get("api/v1/payment-runs/" + aug.getJsonNumber("id") + "/bank-file", finance);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body().split("\n")).hasSize(n + 1);
        assertThat(file.body()).startsWith("序号,付款编号,收款人,金额,所属月份,类型,摘要");
        assertLedgerRebuilds(finance);
    }

    private JsonObject progressUntilSettled(long scheme, String month) throws InterruptedException {
        String finance = api.token(FINANCE);
        for (int i = 0; i < 240; i++) {
            JsonObject p = api.get("api/v1/payment-runs/progress?scheme=" + scheme + "&month=" + month, finance).json();
            if (!p.getString("state").equals("RUNNING")) {
                return p;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the run of " + month + " was still running after a minute");
    }

    @Test
    void aRunInterruptedHalfwayKeepsNothingAndRunningItAgainCompletesIt() throws Exception {
        String finance = api.token(FINANCE);
        String approver = api.token("d1.approver");
        long fund = fund("中断测试基金", "100000000.00");
        long scheme = api.send("POST", "api/v1/allowance-schemes", finance, "{\"name\":\"" + RunFaultInjector.MARKER
                + System.nanoTime() + "\",\"categories\":[\"ORPHAN\",\"DE_FACTO_UNSUPPORTED\",\"CHILD_OF_PRISONER\","
                + "\"SEVERE_ILLNESS_DISABILITY\",\"SUBSISTENCE_HOUSEHOLD\",\"MIGRANT\",\"LEFT_BEHIND\"],\"frequency\":"
                + "\"MONTHLY\",\"payeeKind\":\"GUARDIAN\",\"fundId\":" + fund + ",\"purpose\":\"ALLOWANCE\"}")
                .json().getJsonNumber("id").longValue();
        JsonObject rate = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2026-01\",\"amount\":\"500.00\",\"basis\":\"测试\"}").json();
        api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates/" + rate.getJsonNumber("id") + "/decision", approver,
                "{\"version\":" + rate.getJsonNumber("version") + ",\"adopt\":true}");
        String body = "{\"schemeId\":" + scheme + ",\"month\":\"2026-06\"}";
        assertThat(api.get("api/v1/payment-runs/progress?scheme=" + scheme + "&month=2026-06", finance).json()
                .getString("state")).isEqualTo("NONE");

        // The first run is started in the background and fails once half of its lines are written.
        Api.Res started = api.postAsync("api/v1/payment-runs", finance, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Preference-Applied")).isEqualTo("respond-async");
        JsonObject failed = progressUntilSettled(scheme, "2026-06");
        assertThat(failed.getString("state")).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isEqualTo("run.failed");
        int total = failed.getInt("total");
        assertThat(total).as("enough lines to be interrupted half-way").isGreaterThanOrEqualTo(50);
        assertThat(failed.getInt("done")).isGreaterThan(0).isLessThan(total);
        // Nothing partial: no run and so no line of it.
        assertThat(api.get("api/v1/payment-runs?scheme=" + scheme, finance).json().getInt("total")).isZero();

        // Started again, it completes: every line, 100 %, and the same run when asked once more.
        Api.Res again = api.postAsync("api/v1/payment-runs", finance, body);
        assertThat(again.status()).as(again.body()).isIn(200, 202);
        JsonObject done = progressUntilSettled(scheme, "2026-06");
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("DONE");
        assertThat(done.getInt("percent")).isEqualTo(100);
        long runId = done.getJsonNumber("runId").longValue();
        JsonObject run = api.get("api/v1/payment-runs/" + runId, finance).json();
        assertThat(run.getInt("lines")).isEqualTo(total);
        assertThat(run.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(String.valueOf(500L * total));
        assertThat(api.get("api/v1/payment-runs/" + runId + "/lines?limit=1", finance).json().getInt("total")).isEqualTo(total);
        Api.Res third = api.postAsync("api/v1/payment-runs", finance, body);
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.json().getJsonNumber("runId").longValue()).isEqualTo(runId);
        assertThat(runFor(scheme, "2026-06").getJsonNumber("id").longValue()).isEqualTo(runId);
        assertThat(api.get("api/v1/payment-runs/progress?scheme=" + scheme + "&month=2026-06", api.token("d2.finance"))
                .status()).isEqualTo(404);
        assertLedgerRebuilds(finance);
    }

    private Api.Res bankResult(long run, String csv) {
        return api.postCsv("api/v1/payment-runs/" + run + "/bank-results?fileName=result.csv", api.token(FINANCE), csv);
    }

    @Test
    void theBanksResultFileConfirmsReturnsAndReportsLinesAndAReturnedLineIsPaidAgainOnce() {
        String finance = api.token(FINANCE);
        String approver = api.token("d1.approver");
        long fund = fund("对账测试基金", "10000000.00");
        long scheme = api.send("POST", "api/v1/allowance-schemes", finance, "{\"name\":\"对账测试" + System.nanoTime()
                + "\",\"categories\":[\"ORPHAN\"],\"frequency\":\"MONTHLY\",\"payeeKind\":\"GUARDIAN\",\"fundId\":" + fund
                + ",\"purpose\":\"ALLOWANCE\"}").json().getJsonNumber("id").longValue();
        JsonObject rate = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2026-01\",\"amount\":\"800.00\",\"basis\":\"测试\"}").json();
        api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates/" + rate.getJsonNumber("id") + "/decision", approver,
                "{\"version\":" + rate.getJsonNumber("version") + ",\"adopt\":true}");
        JsonObject run = runFor(scheme, "2026-03");
        long runId = run.getJsonNumber("id").longValue();
        int n = run.getInt("lines");
        assertThat(n).isGreaterThanOrEqualTo(3);
        approveAndPay(run, false);
        assertThat(bankResult(runId, "付款编号,金额,结果\nCB1-1,1.00,成功\n").json().getString("messageKey"))
                .isEqualTo("run.notPaid");
        api.send("POST", "api/v1/payment-runs/" + runId + "/pay", finance, "{\"bankReference\":\"RUN-" + runId + "\"}");
        BigDecimal paid = fundView(fund).getJsonNumber("balance").bigDecimalValue();
        assertThat(paid).isEqualByComparingTo(String.valueOf(10000000L - 800L * n));

        // The bank file names each line; the result file quotes those references back.
        String[] file = api.get("api/v1/payment-runs/" + runId + "/bank-file", finance).body().split("\n");
        assertThat(file[0]).isEqualTo("序号,付款编号,收款人,金额,所属月份,类型,摘要");
        List<String> refs = java.util.Arrays.stream(file).skip(1).map(l -> l.split(",")[1]).toList();
        StringBuilder result = new StringBuilder("\uFEFF付款编号,收款人,金额,结果,说明\n");
        result.append(refs.get(0)).append(",某某,800.00,失败,\"账户已销户\"\n");
        refs.stream().skip(1).forEach(r -> result.append(r).append(",某某,800.00,成功,\n"));
        result.append("CB").append(runId).append("-999999999,外人,800.00,成功,\n");
        result.append(refs.get(1)).append(",某某,900.00,成功,\n");
        result.append(refs.get(2)).append(",某某,800.00,成功,\n");
        result.append(",某某,800.00,成功,\n");
        Api.Res imported = bankResult(runId, result.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonObject rec = imported.json();
        assertThat(rec.getInt("rows")).isEqualTo(n + 4);
        assertThat(rec.getInt("matched")).isEqualTo(n - 1);
        assertThat(rec.getInt("failed")).isEqualTo(1);
        assertThat(rec.getInt("unmatched")).isEqualTo(4);
        assertThat(rec.getBoolean("repeated")).isFalse();
        List<String> reasons = api.get("api/v1/payment-runs/" + runId + "/bank-results/" + rec.getJsonNumber("id")
                + "/rows?outcome=UNMATCHED", finance).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("reason")).toList();
        assertThat(reasons).containsExactly("bank.row.unknownReference", "bank.row.amountDiffers", "bank.row.repeated",
                "bank.row.noReference");

        // The returned 800 is back in the fund but committed to the line, which is payable again with the reason.
        JsonObject after = fundView(fund);
        assertThat(after.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo(paid.add(new BigDecimal("800")));
        assertThat(after.getJsonNumber("committed").bigDecimalValue()).isEqualByComparingTo("800.00");
        assertThat(after.getJsonNumber("available").bigDecimalValue()).isEqualByComparingTo(paid);
        assertThat(after.getJsonNumber("spent").bigDecimalValue()).isEqualByComparingTo(String.valueOf(800L * (n - 1)));
        JsonObject failedLine = api.get("api/v1/payment-runs/" + runId + "/lines?limit=500", finance).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("reference").equals(refs.get(0))).findFirst().orElseThrow();
        assertThat(failedLine.getString("bankStatus")).isEqualTo("FAILED");
        assertThat(failedLine.getString("bankReason")).isEqualTo("账户已销户");

        // The same file again changes nothing and says so.
        JsonObject again = bankResult(runId, result.toString()).json();
        assertThat(again.getBoolean("repeated")).isTrue();
        assertThat(again.getJsonNumber("id").longValue()).isEqualTo(rec.getJsonNumber("id").longValue());
        assertThat(fundView(fund).getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo(paid.add(new BigDecimal("800")));

        // Paid again once, with the new reference: the fund is back where it was and nothing is committed.
        String repay = "api/v1/payment-runs/lines/" + failedLine.getJsonNumber("id") + "/repay";
        assertThat(api.send("POST", repay, approver, "{\"bankReference\":\"R2\"}").status()).isEqualTo(403);
        JsonObject repaid = api.send("POST", repay, finance, "{\"bankReference\":\"REPAY-1\"}").json();
        assertThat(repaid.getString("bankStatus")).isEqualTo("REPAID");
        assertThat(api.send("POST", repay, finance, "{\"bankReference\":\"REPAY-2\"}").status()).isEqualTo(409);
        JsonObject settled = fundView(fund);
        assertThat(settled.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo(paid);
        assertThat(settled.getJsonNumber("committed").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(settled.getJsonNumber("spent").bigDecimalValue()).isEqualByComparingTo(String.valueOf(800L * n));
        assertThat(bankResult(runId, "金额,结果\n1.00,成功\n").json().getString("messageKey")).isEqualTo("bank.file.header");
        assertThat(api.get("api/v1/payment-runs/" + runId + "/bank-results", api.token("d2.finance")).status())
                .isEqualTo(404);
        assertLedgerRebuilds(finance);
    }

    private long helpFirstOrphan(String cw, String name) {
        java.time.LocalDate birth = java.time.LocalDate.of(2012, 1, 1).plusDays(System.nanoTime() % 3000);
        Api.Res c = api.send("POST", "api/v1/children", cw, "{\"name\":\"" + name + "\",\"residentId\":\""
                + TestIds.residentId("110112", birth, true) + "\",\"residenceRegion\":\"110112003\",\"categories\":"
                + "[\"ORPHAN\"],\"careSetting\":\"FAMILY\",\"household\":[{\"name\":\"周奶奶\",\"relation\":\"祖母\","
                + "\"guardian\":true,\"mobile\":\"+86 138 1234 5678\"}]}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long child = c.json().getJsonObject("summary").getJsonNumber("id").longValue();
        Api.Res a = api.send("POST", "api/v1/applications", cw, "{\"childId\":" + child
                + ",\"track\":\"HELP_FIRST\",\"reason\":\"监护人突发重病住院\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> linesOf(JsonObject lines, long child) {
        return lines.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("childId").longValue() == child).toList();
    }

    @Test
    void aHelpFirstCaseConfirmedLateIsBackPaidAndOneRejectedLaterIsRechargedToTheFallbackFund() {
        String finance = api.token(FINANCE);
        String approver = api.token("d1.approver");
        String cw = api.token("d1.caseworker");
        long statutory = fund("先救助法定资金", "100000000.00");
        long fallback = fund("先救助兜底资金", "50000.00");
        long scheme = api.send("POST", "api/v1/allowance-schemes", finance, "{\"name\":\"先救助测试" + System.nanoTime()
                + "\",\"categories\":[\"ORPHAN\"],\"frequency\":\"MONTHLY\",\"payeeKind\":\"GUARDIAN\",\"fundId\":"
                + statutory + ",\"purpose\":\"ALLOWANCE\"}").json().getJsonNumber("id").longValue();
        JsonObject rate = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2020-01\",\"amount\":\"700.00\",\"basis\":\"测试\"}").json();
        api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates/" + rate.getJsonNumber("id") + "/decision", approver,
                "{\"version\":" + rate.getJsonNumber("version") + ",\"adopt\":true}");
        java.time.YearMonth m0 = java.time.YearMonth.from(TODAY);
        approveAndPay(runFor(scheme, m0.toString()), true); // before the case: it is not in this month's run

        // Help begins this month; next month's run pays the child as supported, not yet confirmed.
        long late = helpFirstOrphan(cw, "先救助甲");
        long lateChild = api.get("api/v1/applications/" + late, cw).json().getJsonNumber("childId").longValue();
        JsonObject m1 = runFor(scheme, m0.plusMonths(1).toString());
        assertThat(linesOf(api.get("api/v1/payment-runs/" + m1.getJsonNumber("id") + "/lines?limit=500", finance).json(),
                lateChild)).extracting(l -> l.getString("forMonth") + " " + l.getString("kind"))
                .containsExactly(m0.plusMonths(1) + " REGULAR");
        approveAndPay(m1, true);
        assertThat(api.send("POST", "api/v1/applications/" + late + "/confirm", approver, "{\"note\":\"材料补齐\"}")
                .json().getString("status")).isEqualTo("CONFIRMED");
        // Confirmed late: the month help began, which no run paid, is back-paid with the next month.
        JsonObject m2 = runFor(scheme, m0.plusMonths(2).toString());
        List<JsonObject> backPaid = linesOf(api.get("api/v1/payment-runs/" + m2.getJsonNumber("id") + "/lines?limit=500",
                finance).json(), lateChild);
        assertThat(backPaid).extracting(l -> l.getString("forMonth") + " " + l.getString("kind") + " "
                + l.getJsonNumber("amount").bigDecimalValue().toPlainString())
                .containsExactlyInAnyOrder(m0.plusMonths(2) + " REGULAR 700.00", m0 + " BACKPAY 700.00");
        approveAndPay(m2, true);

        // Another case, paid two months while supported, is rejected: the statutory money is re-charged.
        long rejected = helpFirstOrphan(cw, "先救助乙");
        long rejectedChild = api.get("api/v1/applications/" + rejected, cw).json().getJsonNumber("childId").longValue();
        approveAndPay(runFor(scheme, m0.plusMonths(3).toString()), true);
        approveAndPay(runFor(scheme, m0.plusMonths(4).toString()), false);
        BigDecimal statutoryBefore = fundView(statutory).getJsonNumber("balance").bigDecimalValue();
        String reject = "api/v1/applications/" + rejected + "/reject-after-help";
        Api.Res noFund = api.send("POST", reject, approver, "{\"note\":\"核查不符合条件\",\"fallbackPayer\":\"区慈善会\"}");
        assertThat(noFund.status()).as(noFund.body()).isEqualTo(400);
        assertThat(noFund.json().getString("messageKey")).isEqualTo("application.fallbackFund.required");
        JsonObject done = api.send("POST", reject, approver, "{\"note\":\"核查不符合条件\",\"fallbackFundId\":" + fallback
                + "}").json();
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("REJECTED");
        assertThat(done.getString("fallbackPayer")).startsWith("先救助兜底资金");
        assertThat(fundView(statutory).getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo(statutoryBefore.add(new BigDecimal("1400.00")));
        assertThat(fundView(fallback).getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("48600.00");
        List<JsonObject> funding = allowances(rejectedChild, cw);
        assertThat(funding).hasSize(2).allSatisfy(l -> assertThat(l.getJsonNumber("rechargeFundId").longValue())
                .isEqualTo(fallback));
        assertThat(api.get("api/v1/children/" + rejectedChild, cw).json().getJsonObject("summary").getString("status"))
                .isEqualTo("EXITED");
        assertLedgerRebuilds(finance);
    }

    private List<JsonObject> allowances(long child, String token) {
        Api.Res r = api.get("api/v1/children/" + child + "/funding", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getJsonArray("allowances").stream().map(JsonValue::asJsonObject).toList();
    }

    private Api.Res requestFor(long fund, long child, String purpose, String from, String to, String amount) {
        return api.postOnce("api/v1/disbursements", api.token(FINANCE), "{\"payeeName\":\"监护人\",\"amount\":\"" + amount
                + "\",\"purpose\":\"" + purpose + "\",\"fundId\":" + fund + ",\"childId\":" + child
                + ",\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to + "\"}", "child-" + System.nanoTime());
    }

    @Test
    void twoFundersPayingOneChildForTheSameNeedAndMonthsAreFlaggedBeforeApproval() {
        String finance = api.token(FINANCE);
        String approver = api.token("d1.approver");
        long fund = fund("重复资助测试基金", "10000000.00");
        long scheme = api.send("POST", "api/v1/allowance-schemes", finance, "{\"name\":\"助学测试" + System.nanoTime()
                + "\",\"categories\":[\"ORPHAN\"],\"frequency\":\"YEARLY\",\"payeeKind\":\"GUARDIAN\",\"fundId\":" + fund
                + ",\"purpose\":\"EDUCATION_AID\"}").json().getJsonNumber("id").longValue();
        JsonObject rate = api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates", finance,
                "{\"effectiveFrom\":\"2027-01\",\"amount\":\"8000.00\",\"basis\":\"测试\"}").json();
        api.send("POST", "api/v1/allowance-schemes/" + scheme + "/rates/" + rate.getJsonNumber("id") + "/decision", approver,
                "{\"version\":" + rate.getJsonNumber("version") + ",\"adopt\":true}");
        JsonObject run = runFor(scheme, "2027-09");
        approveAndPay(run, false);
        long child = api.get("api/v1/payment-runs/" + run.getJsonNumber("id") + "/lines?limit=1", finance).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("childId").longValue();

        // A tuition grant for the autumn semester: the district's yearly education aid already covers 2027.
        Api.Res tuition = requestFor(fund, child, "EDUCATION_AID", "2027-09", "2028-01", "3000.00");
        assertThat(tuition.status()).as(tuition.body()).isEqualTo(201);
        assertThat(tuition.json().getString("overlapNote")).contains("助学测试").contains("2027年度").contains("8000.00");
        long tuitionId = tuition.json().getJsonNumber("id").longValue();
        String approve = "api/v1/disbursements/" + tuitionId + "/approve";
        Api.Res refused = api.send("POST", approve, approver, "{\"version\":" + tuition.json().getJsonNumber("version") + "}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("messageKey")).isEqualTo("disbursement.doubleFunding");
        assertThat(refused.json().getString("detail")).contains("助学测试");
        JsonObject acknowledged = api.send("POST", approve, approver, "{\"version\":" + tuition.json().getJsonNumber("version")
                + ",\"acknowledgeOverlap\":true}").json();
        assertThat(acknowledged.getString("status")).as(acknowledged.toString()).isEqualTo("APPROVED");
        assertThat(acknowledged.getString("overlapAcknowledgedBy")).isEqualTo("d1.approver");

        // Another need for the same months is no double funding; the same need next spring overlaps the first grant.
        Api.Res medical = requestFor(fund, child, "MEDICAL_AID", "2027-09", "2028-01", "1200.00");
        assertThat(medical.json().containsKey("overlapNote")).as(medical.body()).isFalse();
        assertThat(api.send("POST", "api/v1/disbursements/" + medical.json().getJsonNumber("id") + "/approve", approver,
                "{\"version\":" + medical.json().getJsonNumber("version") + "}").json().getString("status")).isEqualTo("APPROVED");
        Api.Res spring = requestFor(fund, child, "EDUCATION_AID", "2028-01", "2028-06", "3000.00");
        assertThat(spring.json().getString("overlapNote")).contains("拨付申请#" + tuitionId).doesNotContain("2027年度");

        assertThat(requestFor(fund, child, "EDUCATION_AID", "2028-06", "2028-01", "1.00").json().getString("messageKey"))
                .isEqualTo("disbursement.period.invalid");
        assertThat(requestFor(fund, child, "EDUCATION_AID", "", "2028-01", "1.00").json().getString("messageKey"))
                .isEqualTo("disbursement.period.required");
        long d2Child = api.get("api/v1/children?size=1", api.token("d2.caseworker")).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(requestFor(fund, d2Child, "EDUCATION_AID", "2027-09", "2028-01", "1.00").status()).isEqualTo(404);

        // The child's view: these three requests (others, on a database shared by the suites, may be there too).
        JsonObject view = api.get("api/v1/children/" + child + "/funding", api.token("d1.caseworker")).json();
        List<JsonObject> mine = view.getJsonArray("requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("fundId").longValue() == fund).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine.stream().filter(r -> r.containsKey("overlapNote")).count()).isEqualTo(2);
        assertThat(view.getJsonNumber("doubleFunded").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(view.getJsonArray("allowances").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("scheme").startsWith("助学测试"))).isTrue();
    }
}
