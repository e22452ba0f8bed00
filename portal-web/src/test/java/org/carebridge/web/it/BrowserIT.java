package org.carebridge.web.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person clicks, in headless Chromium: log in, see the dashboard in Chinese, switch to
 * English, switch tenant, log out; a wrong password shows a clear message. Skips, saying why, when
 * Chromium or chromedriver is not installed (CI installs both).
 */
class BrowserIT extends BrowserTestBase {

    @Test
    void wrongPasswordShowsAClearMessage() {
        login("d2.caseworker", "not-the-password");
        WebElement messages = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:messages")));
        assertThat(messages.getText()).contains("用户名或密码不正确");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
    }

    @Test
    void logInSeeChineseDashboardSwitchLanguageSwitchTenantLogOut() {
        login("s1.admin", Api.PASSWORD);
        assertThat(heading()).isEqualTo("工作台");
        // This account belongs to two tenants: enter the service organisation explicitly.
        driver.get(url("app/switch-tenant.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".enter-s1"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("tenantName"), "阳光社会工作服务中心"));
        assertThat(heading()).isEqualTo("工作台");
        assertThat(driver.findElement(By.id("menuForm:menu")).getText()).contains("成员管理").doesNotContain("机构管理");

        driver.findElement(By.id("headerForm:langEn")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Dashboard"));
        assertThat(driver.findElement(By.id("tenantName")).getText()).isEqualTo("Sunshine Social Work Service Centre");
        assertThat(driver.findElement(By.id("menuForm:menu")).getText()).contains("Members");

        driver.get(url("app/switch-tenant.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".enter-d1"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("tenantName"), "Tongzhou District Civil Affairs Bureau"));
        // In d1 this account is only a volunteer: no member management there.
        assertThat(driver.findElement(By.id("menuForm:menu")).getText()).doesNotContain("Members");

        driver.findElement(By.id("headerForm:logout")).click();
        waiting().until(ExpectedConditions.urlContains("login.xhtml"));
        driver.get(url("app/dashboard.xhtml"));
        waiting().until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(driver.findElement(By.id("loginForm:username")).isDisplayed()).isTrue();

        // The language chosen is remembered on the account for the next login.
        login("s1.admin", Api.PASSWORD);
        assertThat(heading()).isEqualTo("Dashboard");
        driver.findElement(By.id("headerForm:langZh")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "工作台"));
    }

    private WebElement button(String rowText, String label) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//tr[contains(., '" + rowText + "')]//button[normalize-space(.)='" + label + "']")));
    }

    /** A child found in the field, registered, applied for, checked, approved, visited and served — in Chinese. */
    @Test
    void aLeadBecomesASupportedChildWhoIsVisitedAndServed() throws IOException {
        String name = "司马走访";
        String residentId = TestIds.residentId("110119", java.time.LocalDate.of(2015, 3, 9), true);
        login("d2.caseworker", Api.PASSWORD);
        assertThat(heading()).isEqualTo("工作台");

        // Active discovery: record the lead with what conversion needs, then turn it into a register entry.
        driver.get(url("app/leads.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("leadsForm:add"))).click();
        type("leadDialogForm:childName", name);
        type("leadDialogForm:residentId", residentId);
        type("leadDialogForm:foundAt", "康庄镇榆林堡村");
        type("leadDialogForm:region", "110119003");
        driver.findElement(By.cssSelector("label[for='leadDialogForm:categories:0']")).click();
        saveDialog("leadDialogForm:save");
        button(name, "转为登记").click();
        waiting().until(ExpectedConditions.urlContains("child.xhtml"));
        String childUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("childStatus")).getText()).isEqualTo("已发现");

        // Apply on the normal track; the page shows the reference number for the family.
        type("applyForm:appReason", "父亲服刑，母亲下落不明，由祖母照料");
        driver.findElement(By.id("applyForm:submitApp")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("childStatus"), "申请中"));
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")))
                .getText()).contains("申请已提交，编号 SQ");

        // The street checks it; an approver (another person) approves it.
        driver.get(url("app/applications.xhtml"));
        button(name, "街道审核通过").click();
        type("stepForm:note", "入户核实，情况属实");
        saveDialog("stepForm:apply");
        driver.findElement(By.id("headerForm:logout")).click();
        waiting().until(ExpectedConditions.urlContains("login.xhtml"));
        login("d2.approver", Api.PASSWORD);
        heading();
        driver.get(url("app/applications.xhtml"));
        button(name, "批准").click();
        type("stepForm:note", "符合事实无人抚养儿童认定条件");
        saveDialog("stepForm:apply");
        driver.findElement(By.id("headerForm:logout")).click();
        waiting().until(ExpectedConditions.urlContains("login.xhtml"));

        // Back as the caseworker: the child is supported; plan a visit with the child director.
        login("d2.caseworker", Api.PASSWORD);
        heading();
        driver.get(childUrl);
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("childStatus"))).getText())
                .isEqualTo("保障中");
        type("planForm:plannedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        type("planForm:childDirector", "d2.director");
        driver.findElement(By.id("planForm:plan")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("childVisitsForm:childVisits"), "已计划"));

        // Record the visit: findings and a material need.
        driver.get(url("app/visits.xhtml"));
        button(name, "记录走访").click();
        type("recordForm:findings", "孩子缺少冬衣，祖母腿脚不便");
        driver.findElement(By.cssSelector("label[for='recordForm:needs:4']")).click();
        saveDialog("recordForm:saveRecord");
        assertThat(driver.findElement(By.xpath("//tr[contains(., '" + name + "')]")).getText()).contains("已走访", "物质");

        // Record a service on the child's page; it shows in the services and on the timeline.
        driver.get(childUrl);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#serviceForm legend"))).click();
        choose("serviceForm:type", "MATERIAL_AID", "物资帮扶");
        type("serviceForm:outcome", "冬衣被褥已送到家中");
        driver.findElement(By.id("serviceForm:saveService")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("childServicesForm:childServices"), "冬衣被褥已送到家中"));
        assertThat(driver.findElement(By.id("timelineForm:timeline")).getText())
                .contains("服务", "巡视探访", "区级审批", "提交申请");

        // Keep the household register's scan with the child's record.
        Path scan = Files.createTempDirectory("carebridge-upload").resolve("户口簿.pdf");
        Files.write(scan, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#uploadForm legend"))).click();
        choose("uploadForm:kind", "HUKOU", "户口簿");
        driver.findElement(By.id("uploadForm:file_input")).sendKeys(scan.toString());
        driver.findElement(By.id("uploadForm:uploadDocument")).click();
        try {
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documentsForm:documents"), "户口簿.pdf"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("upload not listed; page says: " + driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** The leads page imports a CSV all or nothing and lists each rejected row with its reason, in Chinese. */
    @Test
    void aCsvOfLeadsIsImportedFromThePageAllOrNothing() throws IOException {
        login("d2.caseworker", Api.PASSWORD);
        heading();
        Path dir = Files.createTempDirectory("carebridge-import");
        Path bad = dir.resolve("民政数据比对.csv");
        Files.writeString(bad, "姓名,发现地点,类别\n欧阳导入,延庆镇,留守儿童\n,康庄镇,孤儿\n", java.nio.charset.StandardCharsets.UTF_8);
        driver.get(url("app/leads.xhtml"));
        // The fieldset's toggle is bound when PrimeFaces has started: wait for the page to finish loading.
        waiting().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#importForm legend"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("importForm:importCsv")));
        driver.findElement(By.id("importForm:csv_input")).sendKeys(bad.toString());
        driver.findElement(By.id("importForm:importCsv")).click();
        WebElement rejected;
        try {
            rejected = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:rejected")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no row report; page says: " + driver.findElement(By.tagName("main")).getText(), e);
        }
        assertThat(rejected.getText()).contains("3");
        assertThat(driver.findElement(By.id("importForm:importMessages")).getText()).contains("未导入");
        assertThat(driver.findElement(By.id("leadsForm:leads")).getText()).doesNotContain("欧阳导入");

        Path good = dir.resolve("补充.csv");
        Files.writeString(good, "姓名,发现地点,类别\n欧阳导入,延庆镇,留守儿童\n", java.nio.charset.StandardCharsets.UTF_8);
        if (!driver.findElement(By.id("importForm:importCsv")).isDisplayed()) {
            driver.findElement(By.cssSelector("#importForm legend")).click();
        }
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("importForm:importCsv")));
        driver.findElement(By.id("importForm:csv_input")).sendKeys(good.toString());
        driver.findElement(By.id("importForm:importCsv")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:importMessages"), "已导入 1 条线索"));
        assertThat(driver.findElement(By.id("leadsForm:leads")).getText()).contains("欧阳导入");
    }

    /** A district administrator adds a question to the assessment form; saving puts a new revision in use. */
    @Test
    void theAssessmentFormIsRevisedOnItsPage() {
        login("d2.admin", Api.PASSWORD);
        heading();
        driver.get(url("app/instrument.xhtml"));
        String before = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("activeRevision"))).getText();
        int revision = Integer.parseInt(before.replaceAll("\\D", ""));
        int rows = driver.findElements(By.cssSelector("#instrumentForm\\:items tbody tr")).size();
        driver.findElement(By.id("instrumentForm:addRow")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#instrumentForm\\:items tbody tr"), rows + 1));
        type("instrumentForm:items:" + rows + ":code", "community_support");
        type("instrumentForm:items:" + rows + ":zh", "社区与亲属支持网络");
        type("instrumentForm:items:" + rows + ":en", "Support from the community and relatives");
        driver.findElement(By.id("instrumentForm:saveInstrument")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("activeRevision"), "版本 " + (revision + 1)));
        assertThat(driver.findElement(By.id("instrumentForm:items")).getText()).doesNotContain("community_support");
        assertThat(driver.findElements(By.cssSelector("#instrumentForm\\:items tbody tr"))).hasSize(rows + 1);
    }

    /** A district drafts and publishes a tender on its page; a service organisation bids on the tender's page, in Chinese. */
    @Test
    void aDistrictTendersAndAnOrganisationBids() {
        login("d1.admin", Api.PASSWORD);
        heading();
        driver.get(url("app/tenders.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("tendersForm:add"))).click();
        type("tenderForm:title", "浏览器测试：困境儿童陪伴服务");
        type("tenderForm:description", "为30名困境儿童提供一对一陪伴");
        type("tenderForm:budget", "200000.00");
        saveDialog("tenderForm:saveTender");
        button("浏览器测试：困境儿童陪伴服务", "发布").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//tr[contains(., '浏览器测试：困境儿童陪伴服务')]"), "已发布"));
        driver.findElement(By.id("headerForm:logout")).click();
        waiting().until(ExpectedConditions.urlContains("login.xhtml"));

        login("f1.admin", Api.PASSWORD);
        heading();
        driver.get(url("app/tenders.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("浏览器测试：困境儿童陪伴服务"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenderStatus"), "投标中"));
        type("bidForm:price", "198000.00");
        type("bidForm:proposal", "基金会联合志愿者开展一对一陪伴");
        driver.findElement(By.id("bidForm:submitBid")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myBidsForm:myBids"), "有效"));
        assertThat(driver.findElement(By.id("myBidsForm:myBids")).getText()).contains("¥198,000.00");
    }
}
