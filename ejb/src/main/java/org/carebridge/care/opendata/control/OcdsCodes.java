package org.carebridge.care.opendata.control;

import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.funding.tender.entity.TenderStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Our states in the OCDS 1.1 closed codelists (tenderStatus, awardStatus, contractStatus,
 * milestoneStatus) and the releaseTag codes of a release that shows a whole purchase at once.
 */
public final class OcdsCodes {

    private OcdsCodes() {
    }

    /** A draft is never published, so it has no OCDS status. */
    public static String tenderStatus(TenderStatus status) {
        return switch (status) {
            case PUBLISHED -> "active";
            case AWARDED -> "complete";
            case UNSUCCESSFUL -> "unsuccessful";
            case CANCELLED -> "cancelled";
            case DRAFT -> throw new IllegalArgumentException("a draft tender is not published");
        };
    }

    /** The award of a decided tender is in force ("active"); only awarded tenders have one. */
    public static String awardStatus(TenderStatus status) {
        if (status != TenderStatus.AWARDED) {
            throw new IllegalArgumentException("only an awarded tender has an award");
        }
        return "active";
    }

    /** A running project is an active contract; one accepted at its end or ended early is terminated. */
    public static String contractStatus(ProjectStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case ACCEPTED, ENDED -> "terminated";
        };
    }

    /**
     * Accepted → met, partly accepted → partiallyMet; waiting for the provider after its due date
     * (planned or returned) → notMet; otherwise (not yet due, or submitted and under review) scheduled.
     */
    public static String milestoneStatus(MilestoneStatus status, LocalDate dueOn, LocalDate today) {
        return switch (status) {
            case ACCEPTED -> "met";
            case PARTLY -> "partiallyMet";
            case SUBMITTED -> "scheduled";
            case PLANNED, RETURNED -> dueOn.isBefore(today) ? "notMet" : "scheduled";
        };
    }

    /** The stages a release covers: tender (or its cancellation), award, contract, implementation. */
    public static List<String> tags(TenderStatus status, boolean award, boolean contract, boolean implementation) {
        List<String> tags = new ArrayList<>();
        tags.add("tender");
        if (status == TenderStatus.CANCELLED) {
            tags.add("tenderCancellation");
        }
        if (award) {
            tags.add("award");
        }
        if (contract) {
            tags.add("contract");
        }
        if (implementation) {
            tags.add("implementation");
        }
        return List.copyOf(tags);
    }
}
