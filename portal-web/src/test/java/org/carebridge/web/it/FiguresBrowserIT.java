package org.carebridge.web.it;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city bureau's viewer opens the figures from the dashboard in Chinese: charts drawn, the table per
 * district adds up to the city's cards, a district clicked narrows everything to it; the same page in
 * English; the work report downloaded as Word and PDF from the browser and opened, carrying the figure
 * the page shows. A district's caseworker clicks through from a figure to the list behind it; a
 * foundation sees its projects, services and funds, in Chinese and English.
 */
class FiguresBrowserIT extends BrowserTestBase {

    private Path downloads() throws Exception {
        Path dir = Files.createTempDirectory("carebridge-downloads");
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toString()));
        return dir;
    }

    private static Path downloaded(Path dir, String suffix) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
                if (!done.isEmpty() && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + dir);
    }

    private long number(String id) {
        return Long.parseLong(driver.findElement(By.id(id)).getText().replace(",", "").strip());
    }

    private int charts() {
        return driver.findElements(By.cssSelector(".cb-chart canvas")).size();
    }

    @Test
    void theCityViewerComparesDistrictsAndDownloadsTheWorkReport() throws Exception {
        login("city.viewer", PASSWORD);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("openFigures"))).click();
        assertThat(heading()).isEqualTo("统计分析");
        assertThat(driver.findElement(By.id("figuresScope")).getText()).contains("全市各区汇总");
        waiting().until(d -> charts() >= 7);
        // Every district's row (a shared database may hold more than the demo's two).
        List<WebElement> rows = driver.findElements(By.cssSelector("[id$='districtTable_data'] tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        long sum = 0;
        long d1Supported = -1;
        for (WebElement r : rows) {
            List<WebElement> cells = r.findElements(By.tagName("td"));
            long supported = Long.parseLong(cells.get(1).getText().strip());
            sum += supported;
            if (cells.get(0).getText().strip().equals("通州区民政局")) {
                d1Supported = supported;
            }
        }
        assertThat(number("supportedTotal")).isEqualTo(sum).isPositive();
        assertThat(d1Supported).isPositive();

        // Drill down: one district's figures.
        WebElement d1 = driver.findElement(By.linkText("通州区民政局"));
        d1.click();
        waiting().until(ExpectedConditions.urlContains("district="));
        waiting().until(d -> charts() >= 7);
        assertThat(number("supportedTotal")).isEqualTo(d1Supported);
        assertThat(driver.findElements(By.cssSelector("[id$='districtTable_data'] tr"))).singleElement()
                .satisfies(r -> assertThat(r.getText()).startsWith("通州区民政局"));

        // The same page in English.
        driver.findElement(By.id("headerForm:langEn")).click();
        assertThat(heading()).isEqualTo("Figures");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Home visits: done and planned")
                .contains("Services delivered by type");

        // The work report, downloaded from the browser (in English, the page; in Chinese, the report).
        Path dir = downloads();
        driver.findElement(By.id("menuForm:mWorkReport")).click();
        assertThat(heading()).isEqualTo("Work report");
        String visits = driver.findElement(By.id("value-visitsDone")).getText();
        driver.findElement(By.id("reportForm:downloadDocx")).click();
        Path docx = downloaded(dir, ".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("全市困境儿童保障工作情况汇报").contains("期内共完成家庭走访" + visits + "次");
        }
        driver.findElement(By.id("reportForm:downloadPdf")).click();
        Path pdf = downloaded(dir, ".pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        driver.findElement(By.id("headerForm:langZh")).click();
        assertThat(heading()).isEqualTo("工作报告");
        logout();
    }

    @Test
    void aDistrictFigureOpensTheListBehindIt() {
        login("d1.caseworker", PASSWORD);
        driver.get(url("app/figures.xhtml"));
        assertThat(heading()).isEqualTo("统计分析");
        waiting().until(d -> charts() >= 6);
        // A caseworker sees care figures, not money (funds, payments, project costs).
        assertThat(driver.findElements(By.id("fundTable"))).isEmpty();
        assertThat(driver.findElements(By.id("moneyChart"))).isEmpty();
        long done = number("visitsDoneTotal");
        assertThat(done).isPositive();
        driver.findElement(By.id("visitsLink")).click();
        waiting().until(ExpectedConditions.urlContains("visits.xhtml"));
        assertThat(driver.getCurrentUrl()).contains("status=DONE").contains("from=").contains("to=");
        assertThat(heading()).isNotBlank();
        // The list behind the figure: the same visits, counted by the list's own pager.
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='visits'] .ui-paginator-current"))).getText()).isEqualTo("共 " + done);
        logout();
    }

    @Test
    void aFoundationSeesItsProjectsServicesAndMoneyInBothLanguages() {
        login("f1.admin", PASSWORD);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("openOwnFigures"))).click();
        assertThat(heading()).isEqualTo("统计分析");
        waiting().until(d -> charts() >= 3);
        // No register: no children, visits or assessments; its projects, services and funds.
        assertThat(driver.findElements(By.id("supportedTotal"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[id$='projectTable_data'] tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("fundTable")).getText()).contains("春晖困境儿童关爱基金");
        assertThat(driver.findElements(By.id("menuForm:mWorkReport"))).isEmpty();
        driver.findElement(By.id("headerForm:langEn")).click();
        assertThat(heading()).isEqualTo("Figures");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Service projects by stage")
                .contains("Cost per child served, by project").contains("Your organisation's data");
        driver.findElement(By.id("headerForm:langZh")).click();
        assertThat(heading()).isEqualTo("统计分析");
        logout();
    }

    private static final String PASSWORD = System.getProperty("carebridge.demoPassword", "CareBridge#2026");
}
