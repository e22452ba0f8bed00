package org.carebridge.web.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
 * adopted by another approver.
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
}
