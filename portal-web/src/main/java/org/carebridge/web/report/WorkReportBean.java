package org.carebridge.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.figures.boundary.DistrictOption;
import org.carebridge.care.figures.boundary.Figures;
import org.carebridge.care.figures.boundary.WorkReports;
import org.carebridge.care.figures.control.Months;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The work report page ({@code /app/work-report.xhtml}): pick a period (the last twelve months by default)
 * and, for the city bureau, a district; see the figures the report will print; download it as Word or PDF;
 * edit the report's text, whose numbers are placeholders.
 */
@Named
@ViewScoped
public class WorkReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkReports reports;

    @Inject
    Figures figures;

    private final PeriodFilter filter = new PeriodFilter();
    private List<DistrictOption> districts;
    private Map<String, String> values;
    private WorkReports.TemplateView template;
    private String title;
    private String body;

    public void load() {
        districts = figures.districts();
        template = reports.template();
        title = template.title();
        body = template.body();
        preview();
    }

    /** Recomputes the figures for the chosen period; the default is the last twelve months. */
    public void preview() {
        try {
            Months period = filter.months();
            filter.show(period);
            values = reports.values(filter.getDistrict(), period);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public StreamedContent getDocx() {
        return file(WorkReports.Format.DOCX);
    }

    public StreamedContent getPdf() {
        return file(WorkReports.Format.PDF);
    }

    private StreamedContent file(WorkReports.Format format) {
        WorkReports.File f = reports.download(filter.getDistrict(), filter.months(), format);
        byte[] bytes = f.bytes();
        return DefaultStreamedContent.builder().name(f.name()).contentType(f.contentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void saveTemplate() {
        template = reports.saveTemplate(title, body);
        Messages.info("report.template.saved");
        preview();
    }

    public void resetTemplate() {
        template = reports.resetTemplate();
        title = template.title();
        body = template.body();
        Messages.info("report.template.resetDone");
    }

    /** Last calendar year, for the "whole year" shortcut. */
    public void lastYear() {
        int y = YearMonth.from(LocalDates.today()).getYear() - 1;
        filter.setFrom(y + "-01");
        filter.setTo(y + "-12");
        preview();
    }

    public void thisYear() {
        YearMonth now = YearMonth.from(LocalDates.today());
        filter.setFrom(now.getYear() + "-01");
        filter.setTo(now.toString());
        preview();
    }

    public List<Map.Entry<String, String>> getValueRows() {
        return values == null ? List.of() : values.entrySet().stream()
                .filter(e -> !e.getKey().equals("scope") && !e.getKey().equals("period")).toList();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public WorkReports.TemplateView getTemplate() {
        return template;
    }

    public List<DistrictOption> getDistricts() {
        return districts;
    }

    public PeriodFilter getFilter() {
        return filter;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
