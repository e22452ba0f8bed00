package org.carebridge.care.service.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carebridge.care.child.entity.Need;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.ServiceType;
import org.carebridge.core.value.EnumSetColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A supported child's case plan: the needs it addresses, its goals, the services planned and the
 * day it is reviewed. Revising writes a new revision; earlier ones stay as history, not current.
 */
@Entity
@Table(name = "cb_case_plan")
public class CasePlan extends TenantOwned {

    public static final int GOALS_LENGTH = 2000;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(nullable = false, length = 100)
    private String needs;

    @Column(nullable = false, length = GOALS_LENGTH)
    private String goals;

    @Column(name = "planned_services", nullable = false, length = 300)
    private String plannedServices;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CasePlan() {
    }

    /** A plan with at least one need and one planned service, reviewed within a year from today. */
    public CasePlan(long childId, int revision, Set<Need> needs, String goals, Set<ServiceType> services,
                    LocalDate reviewOn, String createdBy, LocalDate today) {
        if (needs == null || needs.isEmpty()) {
            throw new ValidationException("casePlan.needs.required");
        }
        if (services == null || services.isEmpty()) {
            throw new ValidationException("casePlan.services.required");
        }
        if (goals == null || goals.isBlank()) {
            throw new ValidationException("casePlan.goals.required");
        }
        if (goals.strip().length() > GOALS_LENGTH) {
            throw new ValidationException("casePlan.goals.length", GOALS_LENGTH);
        }
        if (reviewOn == null || !reviewOn.isAfter(today) || reviewOn.isAfter(today.plusYears(1))) {
            throw new ValidationException("casePlan.reviewOn.range");
        }
        this.childId = childId;
        this.revision = revision;
        this.current = true;
        this.needs = EnumSetColumn.encode(needs);
        this.goals = goals.strip();
        this.plannedServices = EnumSetColumn.encode(services);
        this.reviewOn = reviewOn;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** A newer revision replaces this one. */
    public void supersede() {
        current = false;
    }

    public boolean isReviewDueOn(LocalDate today) {
        return current && !reviewOn.isAfter(today);
    }

    public long getChildId() {
        return childId;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isCurrent() {
        return current;
    }

    public Set<Need> getNeeds() {
        return EnumSetColumn.decode(Need.class, needs);
    }

    public String getGoals() {
        return goals;
    }

    public Set<ServiceType> getPlannedServices() {
        return EnumSetColumn.decode(ServiceType.class, plannedServices);
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
