package org.carebridge.funding.project.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;

/**
 * What a report's indicators are: the delivery up to the end of its period, each KPI's baseline,
 * target and actual (computed, or the value the report gives for a reported KPI), and the breakdown
 * of the children served in the period by category, sex and age band. Kept with the report as JSON.
 */
public record Indicators(Delivered delivered, List<KpiProgress.Entry> kpis, List<Breakdown> breakdown) {

    private static final Jsonb JSON = JsonbBuilder.create();

    public String toJson() {
        return JSON.toJson(this);
    }

    public static Indicators fromJson(String json) {
        return JSON.fromJson(json, Indicators.class);
    }
}
