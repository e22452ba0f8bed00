package org.carebridge.web.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment runs page in headless Chromium, in Chinese, on the demo's year of the orphans' allowance:
 * the finance officer pays again the line the bank returned last month; an approver approves this
 * month's draft (run by the demo job); the finance officer marks it paid, imports a bank result file
 * with one known and one unknown reference and sees 1 matched, 1 unmatched with its reason; and a run
 * started for a future month is followed to the end and listed.
 * Skips, saying why, when Chromium or chromedriver is not installed.
 */
class RunsBrowserIT extends BrowserTestBase {

    private static final String ORPHANS = "孤儿基本生活费";

    /** The row of the runs list for a month (its month cell). */
    private By run(String month) {
        return By.xpath("//*[@id='runsForm:runs']//tbody/tr[.//*[substring(@id, string-length(@id) - 5) = ':month'"
                + " and normalize-space(.) = '" + month + "']]");
    }

    /** The row of the run's lines showing this text. */
    private By line(String text) {
        return By.xpath("//*[@id='detailForm:lines']//tbody/tr[contains(., '" + text + "')]");
    }

    /** A button, link or cell of a table row, by the end of its id ("show", "status", …). */
    private WebElement action(By row, String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(row))
                .findElement(By.xpath(".//*[substring(@id, string-length(@id) - " + id.length() + ") = ':" + id + "']"));
    }

    private String cell(By row, String id) {
        return action(row, id).getText();
    }

    private String text(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    /** Opens a run of the list and waits for its detail. */
    private void open(String month) {
        action(run(month), "show").click();
        waiting().until(ExpectedConditions.textToBe(By.id("runMonth"), month));
    }

    private void openRunsPage() {
        driver.get(url("app/runs.xhtml"));
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "发放批次"));
    }

    @Test
    void aYearOfAllowanceRunsIsApprovedPaidReconciledAndANewRunIsFollowedToTheEnd() throws IOException {
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        String now = thisMonth.toString();
        String last = thisMonth.minusMonths(1).toString();
        String future = thisMonth.plusYears(1).withMonth(1).toString();

        // The finance officer opens the payment runs from the money navigation.
        login("d1.finance", Api.PASSWORD);
        heading();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='menuForm:mMoney'] a, a[id='menuForm:mMoney']"))).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "资金"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("runsLink"))).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "发放批次"));
        assertThat(driver.findElement(By.id("moneyNav")).getText()).contains("救助标准", "发放批次", "总账");
        assertThat(driver.findElements(By.id("runsLink"))).isEmpty();

        // This month's run waits for approval; last month's was paid with the bank's reference.
        assertThat(cell(run(now), "scheme")).isEqualTo(ORPHANS);
        assertThat(cell(run(now), "status")).isEqualTo("待审批");
        assertThat(cell(run(now), "createdBy")).isEqualTo("job:demo-money");
        assertThat(cell(run(last), "status")).isEqualTo("已支付");
        assertThat(cell(run(last), "approvedBy")).isEqualTo("d1.approver");
        assertThat(cell(run(last), "bankReference")).isEqualTo("BOC" + last.replace("-", "") + "25001");
        assertThat(action(run(last), "scheme").getAttribute("href")).contains("schemes.xhtml", "scheme=");

        // Last month's run: one line returned by the bank for a frozen account; it is paid again.
        open(last);
        assertThat(text("runTitle")).contains(ORPHANS, last);
        assertThat(text("runStatus")).isEqualTo("已支付");
        By returned = line("银行退回");
        assertThat(cell(returned, "bankReason")).isEqualTo("收款账户已冻结，请核实后重新支付");
        String returnedReference = cell(returned, "reference");
        assertThat(returnedReference).startsWith("CB");
        assertThat(cell(line(returnedReference), "forMonth")).isEqualTo(last);
        action(returned, "repay").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("repayLabel"), "¥"));
        type("repayForm:bankReference", "BOCRE" + stamp);
        saveDialog("repayForm:saveRepay");
        assertThat(cell(line(returnedReference), "bankStatus")).isEqualTo("已重新支付");
        assertThat(driver.findElements(returned)).isEmpty();

        // This month's draft: the finance officer may neither approve it nor pay it, and there is no bank file yet.
        open(now);
        assertThat(text("runStatus")).isEqualTo("待审批");
        assertThat(driver.findElements(By.id("detailForm:approve"))).isEmpty();
        assertThat(driver.findElements(By.id("detailForm:pay"))).isEmpty();
        assertThat(driver.findElements(By.id("detailForm:bankFile"))).isEmpty();
        assertThat(text("detailForm:lines")).contains("当月发放", "待回单");
        logout();

        // An approver (the run was made by the demo job, not by him) approves it as a batch.
        login("d1.approver", Api.PASSWORD);
        heading();
        openRunsPage();
        open(now);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("detailForm:approve"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl-item"), "已审批"));
        waiting().until(ExpectedConditions.textToBe(By.id("runStatus"), "已审批"));
        assertThat(text("runApprovedBy")).contains("d1.approver");
        assertThat(cell(run(now), "status")).isEqualTo("已审批");
        assertThat(driver.findElements(By.id("detailForm:approve"))).isEmpty();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        logout();

        // The finance officer: the bank file can be downloaded; the run is marked paid with the bank's reference.
        login("d1.finance", Api.PASSWORD);
        heading();
        openRunsPage();
        open(now);
        assertThat(text("detailForm:bankFile")).isEqualTo("下载银行文件");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("detailForm:pay"))).click();
        type("payForm:bankReference", "BOCIT" + stamp);
        saveDialog("payForm:savePay");
        waiting().until(ExpectedConditions.textToBe(By.id("runStatus"), "已支付"));
        assertThat(text("runBankReference")).contains("BOCIT" + stamp);
        assertThat(cell(run(now), "status")).isEqualTo("已支付");

        // The bank's result file: one line of the run paid, one reference the run does not know.
        By first = By.xpath("//*[@id='detailForm:lines']//tbody/tr[1]");
        String reference = cell(first, "reference");
        String amount = cell(first, "amount").replace("¥", "").replace(",", "").strip();
        Path file = Files.createTempDirectory("carebridge-bank").resolve("银行回单-" + now + ".csv");
        Files.writeString(file, "付款编号,金额,结果,说明\n" + reference + "," + amount + ",成功,\nCB0-0," + amount + ",成功,\n",
                StandardCharsets.UTF_8);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("bankForm:importResults")));
        driver.findElement(By.id("bankForm:file_input")).sendKeys(file.toString());
        driver.findElement(By.id("bankForm:importResults")).click();
        try {
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("recMatched")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no reconciliation; page says: " + driver.findElement(By.tagName("main")).getText(), e);
        }
        assertThat(text("bankForm:bankMessages")).contains("已导入银行回单", "匹配 1 行", "未匹配 1 行");
        assertThat(text("recRows")).isEqualTo("2");
        assertThat(text("recMatched")).isEqualTo("1");
        assertThat(text("recFailed")).isEqualTo("0");
        assertThat(text("recUnmatched")).isEqualTo("1");
        assertThat(driver.findElements(By.id("importsForm:repeated"))).isEmpty();
        By unknown = By.xpath("//*[@id='importsForm:unmatched']//tbody/tr[contains(., 'CB0-0')]");
        assertThat(cell(unknown, "reason")).isEqualTo("付款编号不属于本批次");
        assertThat(cell(unknown, "rowNo")).isEqualTo("3");
        assertThat(cell(line(reference), "bankStatus")).isEqualTo("已到账");
        assertThat(text("importsForm:imports")).contains(file.getFileName().toString(), "d1.finance");

        // The same file again changes nothing: its first import is shown, marked as imported before.
        driver.findElement(By.id("bankForm:file_input")).sendKeys(file.toString());
        driver.findElement(By.id("bankForm:importResults")).click();
        assertThat(text("importsForm:repeated")).isEqualTo("已导入过");
        assertThat(text("recMatched")).isEqualTo("1");
        assertThat(text("recUnmatched")).isEqualTo("1");

        // A run for next January is started in the background and followed to the end, then listed and opened.
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("runsForm:add"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("startDialog")));
        WebElement option = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='startForm:scheme_input']/option[normalize-space(.) = '" + ORPHANS + "']")));
        String label = (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].text;", option);
        choose("startForm:scheme", option.getAttribute("value"), label);
        assertThat(driver.findElement(By.id("startForm:month")).getAttribute("value")).isEqualTo(now);
        type("startForm:month", future);
        driver.findElement(By.id("startForm:startRun")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("progressState"), "完成"));
        assertThat(text("progressTitle")).contains(ORPHANS, future);
        assertThat(text("progressForm:bar")).contains("100%");
        String written = text("progressForm:progressText");
        assertThat(written).matches("已写入 (\\d+) / \\1 笔");
        assertThat(written).doesNotContain("已写入 0 /");
        waiting().until(ExpectedConditions.textToBe(By.id("runMonth"), future));
        assertThat(text("runStatus")).isEqualTo("待审批");
        assertThat(text("runCreatedBy")).contains("d1.finance");
        assertThat(cell(run(future), "status")).isEqualTo("待审批");
        assertThat(cell(run(future), "createdBy")).isEqualTo("d1.finance");
        assertThat(written).contains("/ " + cell(run(future), "lines") + " 笔");
    }
}
