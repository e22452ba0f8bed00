package org.carebridge.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.carebridge.care.figures.boundary.DistrictOption;
import org.carebridge.care.figures.boundary.FigureSet;
import org.carebridge.care.figures.boundary.Figures;
import org.carebridge.care.figures.boundary.ProjectCost;
import org.carebridge.care.figures.control.Months;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The figures page ({@code /app/figures.xhtml?from=2026-01&to=2026-11&district=}): charts of the scope's
 * figures over a period, each with the table behind it, whose numbers link to the list they count
 * (for districts) or to one district's figures (for the city bureau, which sees no case records).
 */
@Named
@ViewScoped
public class FiguresBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1b5e8a", "#e07b39", "#3a9d5d", "#b23a48", "#7d5ba6", "#c9a227",
            "#4a90a4", "#8c564b", "#6c757d", "#17becf", "#d62728"};

    @Inject
    Figures figures;

    private final PeriodFilter filter = new PeriodFilter();
    private FigureSet set;
    private List<DistrictOption> districts;
    private final PagedModel<ProjectCost> costs = new PagedModel<>((offset, limit) ->
            figures.projectCosts(filter.getDistrict(), offset, limit));

    public void load() {
        districts = figures.districts();
        Months period;
        try {
            period = filter.months();
        } catch (BusinessException e) {
            Messages.error(e);
            period = Months.parse(null, null, LocalDates.today());
        }
        filter.show(period);
        set = figures.compute(filter.getDistrict(), period);
    }

    public void apply() {
        load();
    }

    public boolean isCity() {
        return set != null && "CITY_BUREAU".equals(set.kind().name());
    }

    public boolean isRegister() {
        return set != null && (isCity() || "DISTRICT".equals(set.kind().name()));
    }

    public String getSupportedChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int c = 0;
        for (Map.Entry<String, List<Long>> e : set.supportedByCategory().entrySet()) {
            datasets.add(dataset(Messages.text("child.category." + e.getKey()), e.getValue(), c++));
        }
        return bar(datasets, true);
    }

    public String getDynamicChart() {
        return bar(Json.createArrayBuilder().add(dataset(Messages.text("figures.admissions"), set.admissions(), 2))
                .add(dataset(Messages.text("figures.exits"), set.exits(), 3)), false);
    }

    public String getVisitsChart() {
        JsonArrayBuilder ds = Json.createArrayBuilder()
                .add(dataset(Messages.text("figures.visitsDone"), set.visitsDone(), 0).add("type", "bar"))
                .add(dataset(Messages.text("figures.visitsPlanned"), set.visitsPlanned(), 1).add("type", "line"));
        return bar(ds, false);
    }

    public String getAssessmentsChart() {
        return bar(Json.createArrayBuilder().add(dataset(Messages.text("figures.assessments"), set.assessments(), 4)), false);
    }

    public String getServicesChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        set.servicesByType().forEach((type, n) -> {
            labels.add(Messages.text("service.type." + type));
            data.add(n);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("figures.services")).add("data", data)
                                .add("backgroundColor", COLOURS[0]))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public String getProjectsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int c = 0;
        for (Map.Entry<String, Long> e : set.projectsByStatus().entrySet()) {
            labels.add(Messages.text("projects.status." + e.getKey()));
            data.add(e.getValue());
            colours.add(COLOURS[c++ % COLOURS.length]);
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    public String getMoneyChart() {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (BigDecimal b : set.paidByMonth()) {
            data.add(b);
        }
        return chart("bar", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Messages.text("figures.paid")).add("data", data).add("backgroundColor", COLOURS[2])), false);
    }

    private String bar(JsonArrayBuilder datasets, boolean stacked) {
        return chart("bar", datasets, stacked);
    }

    private String chart(String type, JsonArrayBuilder datasets, boolean stacked) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        set.months().forEach(labels::add);
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis)
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<Long> values, int colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", COLOURS[colour % COLOURS.length])
                .add("borderColor", COLOURS[colour % COLOURS.length]);
    }

    // ---- drill-down --------------------------------------------------------------------------------

    /** The first and last day of a month of the series, for list filters. */
    public String firstDay(String month) {
        return YearMonth.parse(month).atDay(1).toString();
    }

    public String lastDay(String month) {
        return YearMonth.parse(month).atEndOfMonth().toString();
    }

    public String getFirstDay() {
        return YearMonth.parse(filter.getFrom()).atDay(1).toString();
    }

    public String getLastDay() {
        return YearMonth.parse(filter.getTo()).atEndOfMonth().toString();
    }

    public long total(List<Long> series) {
        return FigureSet.sum(series);
    }

    public long getServicesTotal() {
        return set.servicesByType().values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<String, Long>> getServiceRows() {
        return List.copyOf(set.servicesByType().entrySet());
    }

    public List<Map.Entry<String, Long>> getProjectRows() {
        return List.copyOf(set.projectsByStatus().entrySet());
    }

    /** The last month of the period for which any allowance was paid (this month's run may not be yet). */
    public int getLatestPaid() {
        for (int i = set.supported().size() - 1; i >= 0; i--) {
            if (set.supported().get(i) > 0) {
                return i;
            }
        }
        return set.supported().size() - 1;
    }

    public List<Map.Entry<String, List<Long>>> getCategoryRows() {
        return List.copyOf(set.supportedByCategory().entrySet());
    }

    public List<Integer> getMonthIndexes() {
        return java.util.stream.IntStream.range(0, set.months().size()).boxed().toList();
    }

    public FigureSet getSet() {
        return set;
    }

    public List<DistrictOption> getDistricts() {
        return districts;
    }

    public PagedModel<ProjectCost> getCosts() {
        return costs;
    }

    public PeriodFilter getFilter() {
        return filter;
    }
}
