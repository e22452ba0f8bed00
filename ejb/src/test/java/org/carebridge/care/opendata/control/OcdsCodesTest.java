package org.carebridge.care.opendata.control;

import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.funding.tender.entity.TenderStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OcdsCodesTest {

    /** The closed codelists of OCDS 1.1 (the enums of release-schema.json). */
    private static final Set<String> TENDER = Set.of("planning", "planned", "active", "cancelled", "unsuccessful",
            "complete", "withdrawn");
    private static final Set<String> CONTRACT = Set.of("pending", "active", "cancelled", "terminated");
    private static final Set<String> MILESTONE = Set.of("scheduled", "met", "notMet", "partiallyMet");

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void tenderStates() {
        assertThat(OcdsCodes.tenderStatus(TenderStatus.PUBLISHED)).isEqualTo("active");
        assertThat(OcdsCodes.tenderStatus(TenderStatus.AWARDED)).isEqualTo("complete");
        assertThat(OcdsCodes.tenderStatus(TenderStatus.UNSUCCESSFUL)).isEqualTo("unsuccessful");
        assertThat(OcdsCodes.tenderStatus(TenderStatus.CANCELLED)).isEqualTo("cancelled");
        assertThatThrownBy(() -> OcdsCodes.tenderStatus(TenderStatus.DRAFT)).isInstanceOf(IllegalArgumentException.class);
        for (TenderStatus s : TenderStatus.values()) {
            if (s != TenderStatus.DRAFT) {
                assertThat(TENDER).contains(OcdsCodes.tenderStatus(s));
            }
        }
    }

    @Test
    void onlyAnAwardedTenderHasAnActiveAward() {
        assertThat(OcdsCodes.awardStatus(TenderStatus.AWARDED)).isEqualTo("active");
        assertThatThrownBy(() -> OcdsCodes.awardStatus(TenderStatus.UNSUCCESSFUL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectStates() {
        assertThat(OcdsCodes.contractStatus(ProjectStatus.ACTIVE)).isEqualTo("active");
        assertThat(OcdsCodes.contractStatus(ProjectStatus.ACCEPTED)).isEqualTo("terminated");
        assertThat(OcdsCodes.contractStatus(ProjectStatus.ENDED)).isEqualTo("terminated");
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(CONTRACT).contains(OcdsCodes.contractStatus(s));
        }
    }

    @Test
    void milestoneStates() {
        LocalDate past = TODAY.minusDays(1);
        LocalDate future = TODAY.plusDays(1);
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.ACCEPTED, past, TODAY)).isEqualTo("met");
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.PARTLY, past, TODAY)).isEqualTo("partiallyMet");
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.PLANNED, future, TODAY)).isEqualTo("scheduled");
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.PLANNED, TODAY, TODAY)).isEqualTo("scheduled");
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.PLANNED, past, TODAY)).isEqualTo("notMet");
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.RETURNED, past, TODAY)).isEqualTo("notMet");
        assertThat(OcdsCodes.milestoneStatus(MilestoneStatus.SUBMITTED, past, TODAY)).isEqualTo("scheduled");
        for (MilestoneStatus s : MilestoneStatus.values()) {
            assertThat(MILESTONE).contains(OcdsCodes.milestoneStatus(s, past, TODAY), OcdsCodes.milestoneStatus(s, future, TODAY));
        }
    }

    @Test
    void tagsFollowTheStagesReached() {
        assertThat(OcdsCodes.tags(TenderStatus.PUBLISHED, false, false, false)).containsExactly("tender");
        assertThat(OcdsCodes.tags(TenderStatus.CANCELLED, false, false, false))
                .containsExactly("tender", "tenderCancellation");
        assertThat(OcdsCodes.tags(TenderStatus.AWARDED, true, true, true))
                .containsExactly("tender", "award", "contract", "implementation");
        assertThat(OcdsCodes.tags(TenderStatus.AWARDED, true, true, false)).isEqualTo(List.of("tender", "award", "contract"));
    }
}
