package org.carebridge.funding.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The value a report gives for one of the project's reported KPIs (e.g. satisfaction 92%). */
@Embeddable
public class ReportedValue {

    @Column(name = "kpi_name", nullable = false, length = 100)
    private String kpiName;

    @Column(name = "kpi_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal value;

    protected ReportedValue() {
    }

    public ReportedValue(String kpiName, BigDecimal value) {
        this.kpiName = kpiName;
        this.value = value;
    }

    public String getKpiName() {
        return kpiName;
    }

    public BigDecimal getValue() {
        return value;
    }
}
