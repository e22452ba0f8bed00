package org.carebridge.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole collaboration cycle in headless Chromium, in Chinese: a district's tender, two
 * organisations' bids, the panel's scores, the approver's award, the contract signed from the award,
 * a child found by name and enrolled, a session recorded by the provider's social worker (the
 * sessions KPI goes up), a milestone submitted and accepted, and an outcome report submitted and
 * accepted with its computed indicators. Skips, saying why, when Chromium or chromedriver is not
 * installed.
 */
class ProjectsBrowserIT extends BrowserTestBase {

    private static final String SESSIONS_KPI = "个案辅导次数";

    private static String escape(String id) {
        return id.replace(":", "\\:");
    }

    /** The row of a table that shows all of these texts. */
    private By row(String tableId, String... texts) {
        StringBuilder x = new StringBuilder("//*[@id='" + tableId + "']//tbody/tr[");
        for (int i = 0; i < texts.length; i++) {
            x.append(i == 0 ? "" : " and ").append("contains(., '").append(texts[i]).append("')");
        }
        return By.xpath(x.append(']').toString());
    }

    /** The actual value of the sessions KPI, as the progress table shows it. */
    private By sessionsActual() {
        return By.xpath("//*[@id='projectForm:kpis']//tbody/tr[contains(., '" + SESSIONS_KPI + "')]//*[contains(@id, ':actual')]");
    }

    /** A supported child of d1 not enrolled in the project yet, with a resident ID: its name and masked ID. */
    private String[] childToEnrol(long project) {
        Api api = new Api(base);
        String caseworker = api.token("d1.caseworker");
        Set<Long> enrolled = new HashSet<>();
        for (JsonValue v : api.get("api/v1/projects/" + project + "/enrolments?status=ENROLLED&limit=200", caseworker)
                .json().getJsonArray("items")) {
            enrolled.add(v.asJsonObject().getJsonNumber("childId").longValue());
        }
        for (int page = 0; page < 5; page++) {
            for (JsonValue v : api.get("api/v1/children?size=200&page=" + page, caseworker).json().getJsonArray("items")) {
                JsonObject c = v.asJsonObject();
                if ("SUPPORTED".equals(c.getString("status")) && !enrolled.contains(c.getJsonNumber("id").longValue())
                        && c.containsKey("residentIdMasked") && !c.isNull("residentIdMasked")) {
                    return new String[]{c.getString("name"), c.getString("residentIdMasked")};
                }
            }
        }
        throw new AssertionError("no supported child of d1 outside the project");
    }

    /** s1.admin also volunteers in d1: after logging in it enters s1. */
    private void enterServiceOrganisation() {
        driver.get(url("app/switch-tenant.xhtml"));
        WebElement enter = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".enter-s1")));
        enter.click();
        waiting().until(ExpectedConditions.stalenessOf(enter));
    }

    private void bid(String tender, String price, String proposal) {
        driver.get(url("app/tenders.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(tender))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenderStatus"), "投标中"));
        type("bidForm:price", price);
        type("bidForm:proposal", proposal);
        driver.findElement(By.id("bidForm:submitBid")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myBidsForm:myBids"), "有效"));
    }

    /** A panel member's scores for the bid of one bidder, typed into its row and saved. */
    private void score(String bidder, String... scores) {
        WebElement row = waiting().until(ExpectedConditions.visibilityOfElementLocated(row("bidsForm:bids", bidder)));
        java.util.List<WebElement> inputs = row.findElements(By.xpath(".//input[contains(@id, '_input')]"));
        assertThat(inputs).hasSize(scores.length);
        for (int i = 0; i < scores.length; i++) {
            inputs.get(i).clear();
            inputs.get(i).sendKeys(scores[i]);
        }
        row.findElement(By.xpath(".//button[contains(., '保存评分')]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
    }

    @Test
    void theWholeCycleFromATenderToAnAcceptedOutcomeReport() throws InterruptedException {
        String title = "全流程测试：困境儿童心理辅导服务";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDateTime deadline = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(50).truncatedTo(ChronoUnit.SECONDS);

        // The district drafts and publishes a tender whose bidding closes in about a minute.
        login("d1.admin", Api.PASSWORD);
        heading();
        driver.get(url("app/tenders.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("tendersForm:add"))).click();
        type("tenderForm:title", title);
        type("tenderForm:description", "为本区困境儿童提供个案心理辅导与家庭支持");
        type("tenderForm:budget", "300000.00");
        type("tenderForm:periodStart", today.toString());
        type("tenderForm:periodEnd", today.plusMonths(11).toString());
        type("tenderForm:deadline", deadline.toString());
        saveDialog("tenderForm:saveTender");
        driver.findElement(row("tendersForm:tenders", title)).findElement(By.xpath(".//button[contains(., '发布')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(row("tendersForm:tenders", title), "已发布"));
        logout();

        // Two organisations bid.
        login("s1.admin", Api.PASSWORD);
        heading();
        enterServiceOrganisation();
        bid(title, "280000.00", "社工与心理咨询师结对，每名儿童每月两次个案辅导");
        logout();
        login("f1.admin", Api.PASSWORD);
        heading();
        bid(title, "260000.00", "基金会联合志愿者开展陪伴与辅导");
        logout();

        // After the deadline the panel scores both bids and the approver awards the better one.
        long wait = java.time.Duration.between(LocalDateTime.now(ZoneId.of("Asia/Shanghai")), deadline).toMillis() + 1500;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        login("d1.approver", Api.PASSWORD);
        heading();
        driver.get(url("app/tenders.xhtml"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bidsForm:bids")));
        String tenderUrl = driver.getCurrentUrl();
        long tender = Long.parseLong(tenderUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        score("阳光社会工作服务中心", "90", "85", "80");
        score("春晖博爱慈善基金会", "70", "75", "90");
        Api api = new Api(base);
        long winner = jakarta.json.Json.createReader(new java.io.StringReader(api.get("api/v1/tenders/" + tender
                + "/ranking", api.token("d1.admin")).body())).readArray().getJsonObject(0).getJsonNumber("id").longValue();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", "decisionForm:winner", String.valueOf(winner));
        type("decisionForm:justification", "综合得分第一：方案完整，团队资质符合要求");
        driver.findElement(By.id("decisionForm:decide")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenderStatus"), "已定标"));
        assertThat(driver.findElement(By.id("winner")).getText()).contains("阳光社会工作服务中心");
        logout();

        // The district signs the contract from the award.
        login("d1.admin", Api.PASSWORD);
        heading();
        driver.get(tenderUrl);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("tenderProjectForm:createProject"))).click();
        type("awardProjectForm:kpis:0:name", "个案辅导次数");
        type("awardProjectForm:kpis:0:target_input", "100");
        type("awardProjectForm:milestoneRows:0:deliverable", "建档评估与首轮个案辅导");
        type("awardProjectForm:milestoneRows:0:dueOn", today.plusMonths(1).toString());
        type("awardProjectForm:milestoneRows:0:amount", "80000.00");
        type("awardProjectForm:milestoneRows:0:evidence", "服务记录、评估表");
        driver.findElement(By.id("awardProjectForm:saveProject")).click();
        waiting().until(ExpectedConditions.urlContains("project.xhtml"));
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
        String projectUrl = driver.getCurrentUrl();
        long project = Long.parseLong(projectUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(driver.findElement(By.id("projectProvider")).getText()).contains("阳光社会工作服务中心");
        assertThat(driver.findElement(By.id("projectStatus")).getText()).isEqualTo("执行中");
        assertThat(driver.findElement(By.id("myParts")).getText()).contains("购买方", "服务区县");
        assertThat(driver.findElement(By.id("projectForm:kpis")).getText()).contains("个案辅导次数");
        assertThat(driver.findElement(By.id("actionsForm:reportsLink")).getAttribute("href"))
                .contains("reports.xhtml?project=" + project);
        logout();

        // A caseworker enrols a child; the provider's social worker records a session for it.
        String[] child = childToEnrol(project);
        login("d1.caseworker", Api.PASSWORD);
        heading();
        driver.get(projectUrl);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("enrolmentsForm:enrol"))).click();
        type("enrolForm:q", child[0]);
        driver.findElement(By.id("enrolForm:search")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolForm:candidates"), child[1]));
        driver.findElement(row("enrolForm:candidates", child[0], child[1]))
                .findElement(By.xpath(".//button[contains(@id, ':pick')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolForm:picked"), child[0]));
        saveDialog("enrolForm:saveEnrol");
        logout();
        login("s1.worker", Api.PASSWORD);
        heading();
        driver.get(projectUrl);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(row("enrolmentsForm:enrolments", child[0])))
                .findElement(By.xpath(".//button[contains(@id, ':record')]")).click();
        type("sessionForm:outcome", "全流程测试：首次个案辅导，孩子愿意表达");
        saveDialog("sessionForm:saveSession");
        waiting().until(ExpectedConditions.textToBe(sessionsActual(), "1"));
        assertThat(driver.findElements(By.cssSelector("#" + escape("projectForm:kpis") + " .ui-progressbar"))).isNotEmpty();
        assertThat(driver.findElement(By.id("servicesForm:services")).getText()).contains("全流程测试：首次个案辅导，孩子愿意表达");
        logout();

        // The provider submits the milestone and the approver accepts it.
        login("s1.admin", Api.PASSWORD);
        heading();
        enterServiceOrganisation();
        driver.get(projectUrl);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("projectForm:milestones:0:submit"))).click();
        type("submitForm:note", "已完成建档评估，附服务记录");
        saveDialog("submitForm:submitMilestone");
        logout();
        login("d1.approver", Api.PASSWORD);
        heading();
        driver.get(projectUrl);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("projectForm:milestones:0:review"))).click();
        choose("reviewForm:decision", "ACCEPT", "通过");
        saveDialog("reviewForm:saveReview");
        assertThat(driver.findElement(By.id("projectForm:milestones:0:status")).getText()).isEqualTo("已通过");
        logout();

        // The provider reports outcomes; the approver reads the computed indicators and accepts the report.
        login("s1.admin", Api.PASSWORD);
        heading();
        enterServiceOrganisation();
        driver.get(url("app/reports.xhtml?project=" + project));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("reportsForm:newReport"))).click();
        type("reportForm:narrative", "全流程测试：本期完成建档与首轮个案辅导");
        saveDialog("reportForm:submitReport");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportStatus"), "待审核"));
        logout();
        login("d1.approver", Api.PASSWORD);
        heading();
        driver.get(url("app/reports.xhtml?project=" + project));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(row("reportsForm:reports", "阶段报告")))
                .findElement(By.xpath(".//button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicators"), "个案辅导次数"));
        assertThat(driver.findElement(By.id("breakdown")).getText()).contains("性别");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("reviewForm:saveReview"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportStatus"), "已通过"));
    }
}
