package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo guardian on a phone-sized screen (360 × 740), in Chinese, without any login: reference and
 * name, the code from the text message (read from the test SMS inbox), the status page — support at this
 * month's rate, payments, a planned visit, the worker and office — then a change reported, the view ended,
 * and the page in English; then the district's caseworker closes the report on the child's page.
 */
class FamilyBrowserIT extends BrowserTestBase {

    private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");

    @Test
    void theDemoGuardianChecksHerGranddaughtersSupportOnAPhone() {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(360, 740));
        driver.get(url("family.xhtml"));
        assertThat(heading()).isEqualTo("孩子救助进度查询");
        assertThat(driver.findElements(By.id("menuForm"))).as("no staff menu").isEmpty();
        assertFitsTheScreen();

        type("lookupForm:reference", "SQ261101HELPME");
        type("lookupForm:childName", "林小雨");
        driver.findElement(By.id("lookupForm:lookup")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("codeForm:code")));
        assertThat(driver.findElement(By.id("codeSent")).getText()).contains("如果您填写的信息与登记的一致，验证码已发送至监护人登记的手机");
        assertThat(driver.getCurrentUrl()).doesNotContain("SQ261101HELPME").doesNotContain("?");

        type("codeForm:code", codeSentTo("13800138000"));
        driver.findElement(By.id("codeForm:verify")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("application")));
        assertThat(driver.findElement(By.id("child")).getText()).isEqualTo("林小雨");
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("已批准");
        assertThat(driver.findElement(By.id("support")).getText()).contains("孤儿基本生活费")
                .contains(yuan(orphansRateNow()) + " / 月");
        assertThat(driver.findElement(By.id("payments")).getText()).contains("下一笔").contains("已发放");
        assertThat(driver.findElement(By.id("services")).getText()).contains("上门走访").contains("已安排")
                .contains("陪伴帮扶").contains("已完成");
        assertThat(driver.findElement(By.id("worker")).getText()).isEqualTo("通州区民政局社工");
        assertThat(driver.findElement(By.id("office")).getText()).isNotBlank();
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("110112201605121540")
                .doesNotContain("13800138000");
        assertFitsTheScreen();

        new Select(driver.findElement(By.id("reportForm:kind"))).selectByValue("HOUSEHOLD");
        type("reportForm:detail", "孩子的叔叔搬来同住，帮忙照顾");
        driver.findElement(By.id("reportForm:send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已收到，谢谢"));
        assertThat(driver.findElement(By.id("application")).isDisplayed()).isTrue();

        driver.findElement(By.id("endForm:end")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "您已结束本次查看"));
        assertThat(driver.findElement(By.id("lookupForm:reference")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.id("application"))).isEmpty();

        driver.findElement(By.id("langForm:langEn")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Check a child\u2019s support"));
        assertThat(driver.findElement(By.id("lookupForm:lookup")).getText()).isEqualTo("Send code");

        // The district's caseworker finds the report on the child's page and closes it.
        driver.manage().window().setSize(new Dimension(1280, 900));
        login("d1.caseworker", Api.PASSWORD);
        assertThat(heading()).isIn("工作台", "Dashboard");
        driver.get(url("app/child.xhtml?id=" + demoChildId()));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("familyReportsForm:familyReports")));
        assertThat(driver.findElement(By.id("familyReportsForm:familyReports")).getText())
                .contains("孩子的叔叔搬来同住，帮忙照顾");
        assertThat(driver.findElement(By.id("familyReportsForm:familyReports:0:status")).getText()).isEqualTo("待处理");
        driver.findElement(By.id("familyReportsForm:familyReports:0:handle")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("familyReportsForm:familyReports:0:status"), "已处理"));
        assertThat(driver.findElements(By.id("familyReportsForm:familyReports:0:handle"))).isEmpty();
        logout();
    }

    private long demoChildId() {
        Api api = new Api(base);
        JsonObject page = api.get("api/v1/children?size=50&q=" + java.net.URLEncoder.encode("林小雨",
                java.nio.charset.StandardCharsets.UTF_8), api.token("d1.caseworker")).json();
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("birthDate").equals("2016-05-12")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Nothing wider than the window: no sideways scrolling on a phone. */
    private void assertFitsTheScreen() {
        Number scrollWidth = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;");
        assertThat(viewport.intValue()).isLessThanOrEqualTo(360);
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
    }

    private String codeSentTo(String mobile) {
        Api api = new Api(base);
        Api.Res r = api.get("api/v1/test/sms?to=" + mobile, api.token("d1.admin"));
        assertThat(r.status()).as("a text to the guardian").isEqualTo(200);
        Matcher m = CODE.matcher(r.json().getString("text"));
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private BigDecimal orphansRateNow() {
        Api api = new Api(base);
        String body = api.get("api/v1/allowance-schemes", api.token("d1.finance")).body();
        for (JsonValue v : Json.createReader(new StringReader(body)).readArray()) {
            JsonObject s = v.asJsonObject();
            if (s.getString("name").equals("孤儿基本生活费")) {
                return s.getJsonNumber("rateNow").bigDecimalValue();
            }
        }
        throw new AssertionError("no orphans' scheme in the demo data");
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.CHINA)).format(amount);
    }
}
