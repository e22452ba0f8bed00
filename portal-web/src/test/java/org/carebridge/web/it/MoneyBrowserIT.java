package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money pages in headless Chromium, in Chinese: the finance officer creates a fund, tops it up
 * and asks for a payment of 2,650.00 from it; an approver approves it from the inbox; the finance
 * officer marks it paid with the bank's reference and the fund's balance is 2,650.00 lower; the
 * auditor opens the ledger, sees the fund's entries as debits and credits, and the check is OK. On the
 * allowance schemes page a rate proposed by the natural-growth rule is refused to its proposer and
 * adopted by another approver. On a child's page the funding tab, loaded when opened, shows the orphans'
 * allowance month by month, and a request for the child for months the allowance paid is flagged as
 * possible double funding, yet submitted.
 * Skips, saying why, when Chromium or chromedriver is not installed.
 */
class MoneyBrowserIT extends BrowserTestBase {

    /** The row of a table that shows all of these texts. */
    private By row(String tableId, String... texts) {
        StringBuilder x = new StringBuilder("//*[@id='" + tableId + "']//tbody/tr[");
        for (int i = 0; i < texts.length; i++) {
            x.append(i == 0 ? "" : " and ").append("contains(., '").append(texts[i]).append("')");
        }
        return By.xpath(x.append(']').toString());
    }

    /** A button or link of a table row, by the end of its id ("approve", "pay", …). */
    private WebElement action(By row, String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(row))
                .findElement(By.xpath(".//*[substring(@id, string-length(@id) - " + id.length() + ") = ':" + id + "']"));
    }

    /** The text of one cell of a row, by the end of its id ("balance", "status", …). */
    private String cell(By row, String id) {
        return action(row, id).getText();
    }

    /** The row of the rates table for a month (its "effective from" cell), showing all of these texts. */
    private By rate(String month, String... texts) {
        StringBuilder x = new StringBuilder("//*[@id='ratesForm:rates']//tbody/tr[.//*[substring(@id, string-length(@id) - 13)"
                + " = ':effectiveFrom' and normalize-space(.) = '" + month + "']");
        for (String t : texts) {
            x.append(" and contains(., '").append(t).append("')");
        }
        return By.xpath(x.append(']').toString());
    }

    private static BigDecimal yuan(String text) {
        return new BigDecimal(text.replace("¥", "").replace(",", "").strip());
    }

    @Test
    void aPaymentIsRequestedApprovedPaidAndTheLedgerChecksOut() {
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        String fund = "浏览器测试资金" + stamp;
        String payee = "浏览器测试收款人" + stamp;
        String reference = "BOCIT" + stamp;
        By fundRow = row("fundsForm:funds", fund);

        // The finance officer opens the funds from the menu, creates a budget line and tops it up.
        login("d1.finance", Api.PASSWORD);
        heading();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='menuForm:mMoney'] a, a[id='menuForm:mMoney']"))).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "资金"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("fundsForm:add"))).click();
        type("fundForm:name", fund);
        choose("fundForm:kind", "BUDGET_LINE", "财政预算");
        saveDialog("fundForm:saveFund");
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(fundRow)).getText()).contains("财政预算");
        assertThat(yuan(cell(fundRow, "balance"))).isEqualByComparingTo("0.00");
        action(fundRow, "topUp").click();
        waiting().until(ExpectedConditions.textToBe(By.id("topUpFund"), fund));
        type("topUpForm:amount", "10000.00");
        type("topUpForm:memo", "区财政追加预算（浏览器测试）");
        saveDialog("topUpForm:saveTopUp");
        waiting().until(ExpectedConditions.textToBe(By.xpath("//*[@id='fundsForm:funds']//tbody/tr[contains(., '" + fund
                + "')]//*[substring(@id, string-length(@id) - 7) = ':balance']"), "¥10,000.00"));
        BigDecimal before = yuan(cell(fundRow, "balance"));
        assertThat(yuan(cell(fundRow, "available"))).isEqualByComparingTo(before);

        // It asks for a payment of 2,650.00 from the new fund.
        driver.findElement(By.id("disbursementsLink")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "拨付申请"));
        assertThat(driver.findElement(By.id("threshold")).getText()).contains("¥50,000.00");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("disbursementsForm:add"))).click();
        type("requestForm:payee", payee);
        type("requestForm:bankAccount", "6222020200112299");
        type("requestForm:amount", "2650.00");
        choose("requestForm:purpose", "ALLOWANCE", "基本生活费");
        WebElement option = driver.findElement(By.xpath("//select[@id='requestForm:fund_input']/option[contains(., '" + fund + "')]"));
        String optionLabel = (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].text;", option);
        choose("requestForm:fund", option.getAttribute("value"), optionLabel);
        type("requestForm:note", "本月基本生活费（浏览器测试）");
        saveDialog("requestForm:submitRequest");
        By request = row("disbursementsForm:disbursements", payee);
        assertThat(cell(request, "status")).isEqualTo("待审批");
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(request)).getText())
                .contains("¥2,650.00", "基本生活费", fund, "d1.finance", "****2299");
        assertThat(driver.findElements(By.xpath("//*[@id='disbursementsForm:disbursements']//tbody/tr[contains(., '" + payee
                + "')]//button[contains(@id, ':approve')]"))).isEmpty();
        logout();

        // An approver finds it in the inbox ("awaiting my approval" is on) and approves it.
        login("d1.approver", Api.PASSWORD);
        heading();
        driver.get(url("app/disbursements.xhtml"));
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("disbursementsForm:awaitingMe_input")))
                .isSelected()).isTrue();
        action(request, "approve").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-item"), "已批准"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(request));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        logout();

        // The finance officer marks it paid with the bank's reference.
        login("d1.finance", Api.PASSWORD);
        heading();
        driver.get(url("app/disbursements.xhtml"));
        assertThat(cell(request, "status")).isEqualTo("已批准");
        assertThat(cell(request, "approvals")).contains("d1.approver", "1/1");
        action(request, "pay").click();
        type("payForm:bankReference", reference);
        saveDialog("payForm:savePay");
        assertThat(cell(request, "status")).isEqualTo("已支付");
        assertThat(cell(request, "bankReference")).isEqualTo(reference);

        // The fund's balance is 2,650.00 lower, and so much is spent.
        driver.get(url("app/funds.xhtml"));
        assertThat(yuan(cell(fundRow, "balance"))).isEqualByComparingTo(before.subtract(new BigDecimal("2650.00")));
        assertThat(yuan(cell(fundRow, "spent"))).isEqualByComparingTo("2650.00");
        assertThat(yuan(cell(fundRow, "committed"))).isEqualByComparingTo("0.00");
        logout();

        // The auditor opens the ledger: the fund's entries as debits and credits, and the check is OK.
        login("d1.auditor", Api.PASSWORD);
        heading();
        driver.get(url("app/funds.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("ledgerLink"))).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "总账"));
        action(By.xpath("//*[@id='accountsForm:accounts']//tbody/tr[contains(., '" + fund + "') and not(contains(., '（来源）'))]"),
                "show").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("journalForm:filter"), fund));
        WebElement payment = waiting().until(ExpectedConditions.visibilityOfElementLocated(row("journalForm:entries", reference)));
        assertThat(payment.getText()).contains("支付", "¥2,650.00");
        assertThat(driver.findElement(row("journalForm:entries", "区财政追加预算")).getText()).contains("入账", "¥10,000.00");
        assertThat(driver.findElement(By.id("journalForm:entries")).getText()).contains("借方", "贷方");
        driver.findElement(By.id("checkForm:check")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkForm:checkOk")));
        assertThat(driver.findElement(By.id("checkForm:checkOk")).getText()).contains("账目核对无误");
        assertThat(driver.findElement(By.id("checkUnbalanced")).getText()).isEqualTo("0");
        assertThat(driver.findElement(By.id("checkMismatches")).getText()).isEqualTo("0");
        assertThat(driver.findElements(By.id("checkForm:checkFailed"))).isEmpty();
    }

    @Test
    void aNaturalGrowthRateIsProposedAndAdoptedByAnotherApproverOnly() {
        // The demo's orphans' allowance: 2,783 in force (adopted from 2025-01; the 2026 proposal stays pending).
        // From July next year (2027-07 in 2026) the natural-growth rule on 5.0 % and 4.0 % raises the rate in force
        // before it: 2,783 × 1.045 = 2,908.24 → 2,908.
        String july = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusYears(1).withMonth(7).toString();
        By orphans = row("schemesForm:schemes", "孤儿基本生活费");
        By proposal = rate(july, "待采纳");

        // The treasurer (finance officer and approver) opens the schemes from the funds page's money navigation.
        login("d1.treasurer", Api.PASSWORD);
        heading();
        driver.get(url("app/funds.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("schemesLink"))).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "救助标准"));
        assertThat(driver.findElement(By.id("moneyNav")).getText()).contains("资金", "拨付申请", "救助标准", "总账");
        assertThat(driver.findElements(By.id("schemesLink"))).isEmpty();
        assertThat(cell(orphans, "rateNow")).isEqualTo("¥2,783.00");
        assertThat(cell(orphans, "categories")).isEqualTo("孤儿");
        assertThat(cell(orphans, "frequency")).isEqualTo("按月发放");
        assertThat(cell(orphans, "payeeKind")).isEqualTo("监护人");
        assertThat(cell(orphans, "fund")).isEqualTo("2026年度困境儿童基本生活费（财政）");
        action(orphans, "showRates").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ratesTitle"), "孤儿基本生活费"));
        assertThat(cell(rate("2025-01"), "amount")).isEqualTo("¥2,783.00");
        assertThat(cell(rate("2025-01"), "status")).isEqualTo("已采纳");
        assertThat(cell(rate("2023-01"), "amount")).isEqualTo("¥2,650.00");
        assertThat(cell(rate("2026-01"), "status")).isEqualTo("待采纳");

        // He proposes the natural-growth rate from July next year and sees the rate the rule gave.
        action(orphans, "propose").click();
        waiting().until(ExpectedConditions.textToBe(By.id("rateScheme"), "孤儿基本生活费"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='rateForm:mode:1']"))).click();
        type("rateForm:growthYear1", "5.0");
        type("rateForm:growthYear2", "4.0");
        type("rateForm:from", july);
        saveDialog("rateForm:saveRate");
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("proposedAmount"))).getText())
                .isEqualTo("¥2,908.00");
        assertThat(driver.findElement(By.id("proposedFrom")).getText()).isEqualTo(july);
        assertThat(driver.findElement(By.id("proposedBasis")).getText()).contains("城镇居民人均消费支出增长 5%、4%", "2783.00");
        assertThat(driver.findElement(By.id("proposedStatus")).getText()).isEqualTo("待采纳");
        driver.findElement(By.id("rateForm:closeRate")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rateDialog")));
        assertThat(cell(proposal, "amount")).isEqualTo("¥2,908.00");
        assertThat(cell(proposal, "proposedBy")).isEqualTo("d1.treasurer");

        // As an approver he may decide rates, but not his own proposal: a translated refusal, the rate unchanged.
        action(proposal, "adopt").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-item"), "提出标准的人不能审定该标准"));
        assertThat(heading()).isEqualTo("救助标准");
        assertThat(cell(proposal, "status")).isEqualTo("待采纳");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        logout();

        // Another approver adopts it; the rate in force this month is still 2,783.
        login("d1.approver", Api.PASSWORD);
        heading();
        driver.get(url("app/schemes.xhtml"));
        action(orphans, "showRates").click();
        action(proposal, "adopt").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-item"), "已采纳"));
        By adopted = rate(july, "已采纳");
        assertThat(cell(adopted, "amount")).isEqualTo("¥2,908.00");
        assertThat(cell(adopted, "decidedBy")).isEqualTo("d1.approver");
        assertThat(driver.findElements(proposal)).isEmpty();
        assertThat(driver.findElement(adopted).findElements(By.tagName("button"))).isEmpty();
        assertThat(cell(rate("2026-01"), "status")).isEqualTo("待采纳");
        assertThat(cell(orphans, "rateNow")).isEqualTo("¥2,783.00");
    }

    /**
     * What the API says the child was paid in the last twelve months: allowance payments of paid runs for
     * those months the bank did not return, and requests for the child paid in those months.
     */
    private static BigDecimal paidLastYear(Api api, String token, long child) {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        YearMonth to = YearMonth.now(china);
        YearMonth from = to.minusMonths(11);
        JsonObject funding = api.get("api/v1/children/" + child + "/funding", token).json();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject l : funding.getJsonArray("allowances").getValuesAs(JsonObject.class)) {
            YearMonth m = YearMonth.parse(l.getString("forMonth"));
            if (l.getString("runStatus").equals("PAID") && !l.getString("bankStatus").equals("FAILED")
                    && !m.isBefore(from) && !m.isAfter(to)) {
                total = total.add(l.getJsonNumber("amount").bigDecimalValue());
            }
        }
        for (JsonObject d : funding.getJsonArray("requests").getValuesAs(JsonObject.class)) {
            if (d.getString("status").equals("PAID")) {
                YearMonth m = YearMonth.from(java.time.Instant.parse(d.getString("paidAt")).atZone(china));
                if (!m.isBefore(from) && !m.isAfter(to)) {
                    total = total.add(d.getJsonNumber("amount").bigDecimalValue());
                }
            }
        }
        return total;
    }

    @Test
    void aChildsFundingTabShowsTheAllowanceAndFlagsARequestForMonthsItPaid() {
        // A demo orphan the orphans' allowance paid last month (this month's run still waits for approval) and the
        // bank confirmed, found through the API.
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        YearMonth lastMonth = thisMonth.minusMonths(1);
        Api api = new Api(base);
        String finance = api.token("d1.finance");
        long scheme = Json.createReader(new StringReader(api.get("api/v1/allowance-schemes", finance).body())).readArray()
                .stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals("孤儿基本生活费")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject run = api.get("api/v1/payment-runs?scheme=" + scheme + "&limit=100", finance).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("month").equals(lastMonth.toString()))
                .findFirst().orElseThrow();
        assertThat(run.getString("status")).isEqualTo("PAID");
        JsonObject line = api.get("api/v1/payment-runs/" + run.getJsonNumber("id") + "/lines?limit=500", finance).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("bankStatus").equals("CONFIRMED") && l.getString("kind").equals("REGULAR"))
                .findFirst().orElseThrow();
        long child = line.getJsonNumber("childId").longValue();
        String tabs = "fundingForm:fundingTabs";
        By allowances = By.id(tabs + ":fundingAllowances");

        // The finance officer opens the child's page: the funding is not read until the tab is opened.
        login("d1.finance", Api.PASSWORD);
        heading();
        driver.get(url("app/child.xhtml?id=" + child));
        heading();
        assertThat(driver.findElements(allowances)).isEmpty();
        WebElement tab = waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + tabs + "']//*[contains(@class, 'ui-accordion-header')]")));
        assertThat(tab.getText()).isEqualTo("资助情况");
        tab.click();

        // Last month's allowance: the scheme, the rate in force, the guardian, the fund, confirmed by the bank.
        By paidLastMonth = row(tabs + ":fundingAllowances", lastMonth.toString(), "孤儿基本生活费");
        assertThat(cell(paidLastMonth, "amount")).isEqualTo("¥2,783.00");
        assertThat(cell(paidLastMonth, "kind")).isEqualTo("当月发放");
        assertThat(cell(paidLastMonth, "bankStatus")).isEqualTo("已到账");
        assertThat(driver.findElement(paidLastMonth).getText())
                .contains(line.getString("payee"), "2026年度困境儿童基本生活费（财政）", "计算依据");
        assertThat(driver.findElement(row(tabs + ":fundingAllowances", lastMonth.minusMonths(1).toString(), "孤儿基本生活费"))
                .getText()).contains("¥2,783.00");
        assertThat(yuan(driver.findElement(By.id("fundingPaid")).getText())).isEqualByComparingTo(paidLastYear(api, finance, child))
                .isGreaterThanOrEqualTo(new BigDecimal("2783.00"));
        int flagged = Integer.parseInt(driver.findElement(By.id(tabs + ":fundingFlagged")).getText());

        // It asks for the basic living allowance for last month and this month; the payee is the guardian on record.
        String guardian = driver.findElement(By.xpath("//*[@id='household']//tbody/tr[td[3][normalize-space(.)='是']]/td[1]"))
                .getText();
        assertThat(guardian).isEqualTo(line.getString("payee"));
        action(By.id("fundingForm"), "requestFunding").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fundingRequestDialog")));
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fundingRequestForm:payee")))
                .getAttribute("value")).isEqualTo(guardian);
        choose("fundingRequestForm:purpose", "ALLOWANCE", "基本生活费");
        type("fundingRequestForm:amount", "1391.50");
        type("fundingRequestForm:periodFrom", lastMonth.toString());
        type("fundingRequestForm:periodTo", thisMonth.toString());
        type("fundingRequestForm:note", "浏览器测试：补足基本生活费");

        // Without a fund: a translated message, and the dialog stays open.
        driver.findElement(By.id("fundingRequestForm:submitFunding")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fundingRequestForm:fundingRequestMessages"),
                "请选择资金来源"));
        assertThat(driver.findElement(By.id("fundingRequestDialog")).isDisplayed()).isTrue();

        WebElement option = driver.findElement(By.xpath("//select[@id='fundingRequestForm:fund_input']/option[contains(., '困境儿童基本生活费')]"));
        String optionLabel = (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].text;", option);
        choose("fundingRequestForm:fund", option.getAttribute("value"), optionLabel);
        driver.findElement(By.id("fundingRequestForm:submitFunding")).click();

        // Submitted, with a warning naming the allowance paid for last month; the approver will have to confirm it.
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "可能重复资助"));
        assertThat(driver.findElement(By.cssSelector(".ui-growl")).getText())
                .contains("已提交拨付申请：" + guardian + " ¥1,391.50", "孤儿基本生活费 " + lastMonth);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("fundingRequestDialog")));
        WebElement warning = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(tabs + ":submittedOverlap")));
        assertThat(warning.getAttribute("class")).contains("cb-warning");
        assertThat(warning.getText()).contains("可能重复资助", "孤儿基本生活费 " + lastMonth + " ¥2783.00", "审批人批准前须确认");

        // The request is listed in the tab with the warning, and counted as flagged.
        By request = row(tabs + ":fundingRequests", "¥1,391.50", lastMonth + "—" + thisMonth);
        assertThat(cell(request, "purpose")).isEqualTo("基本生活费");
        assertThat(cell(request, "status")).isEqualTo("待审批");
        assertThat(driver.findElement(request).getText()).contains(guardian, "2026年度困境儿童基本生活费（财政）", "d1.finance");
        WebElement overlap = action(request, "overlap");
        assertThat(overlap.getAttribute("class")).contains("cb-warning");
        assertThat(overlap.getText()).contains("可能重复资助", "孤儿基本生活费 " + lastMonth);
        WebElement flaggedNow = driver.findElement(By.id(tabs + ":fundingFlagged"));
        assertThat(Integer.parseInt(flaggedNow.getText())).isEqualTo(flagged + 1);
        assertThat(flaggedNow.getAttribute("class")).contains("cb-warning");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
    }
}
