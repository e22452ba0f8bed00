package org.carebridge.funding.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.carebridge.core.error.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A key performance indicator of a project: what is measured, how, from which baseline to which target. */
@Embeddable
public class Kpi {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 20)
    private Measure measure;

    @Column(name = "baseline", nullable = false, precision = 12, scale = 2)
    private BigDecimal baseline;

    @Column(name = "target", nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    protected Kpi() {
    }

    /** A named KPI whose target lies above its baseline (both 0 … 10^9, at most two decimals). */
    public Kpi(String name, Measure measure, BigDecimal baseline, BigDecimal target) {
        if (name == null || name.isBlank() || name.strip().length() > 100 || measure == null) {
            throw new ValidationException("project.kpi.invalid");
        }
        this.baseline = figure(baseline);
        this.target = figure(target);
        if (this.target.compareTo(this.baseline) <= 0) {
            throw new ValidationException("project.kpi.target", name.strip());
        }
        this.name = name.strip();
        this.measure = measure;
    }

    private static BigDecimal figure(BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            throw new ValidationException("project.kpi.invalid");
        }
        try {
            return v.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ValidationException("project.kpi.invalid");
        }
    }

    public String getName() {
        return name;
    }

    public Measure getMeasure() {
        return measure;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
