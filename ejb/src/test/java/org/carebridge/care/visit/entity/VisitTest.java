package org.carebridge.care.visit.entity;

import org.carebridge.care.child.entity.Need;
import org.carebridge.core.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Visit planned(LocalDate on) {
        return new Visit(7L, on, "d1.caseworker", "d1.director", "s1.volunteer", "d1.caseworker", TODAY);
    }

    private static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void aVisitIsPlannedFromTodayToAYearAhead() {
        assertThat(planned(TODAY).getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(planned(TODAY.plusYears(1)).getPlannedOn()).isEqualTo(TODAY.plusYears(1));
        assertThatThrownBy(() -> planned(TODAY.minusDays(1))).extracting(VisitTest::key)
                .isEqualTo("visit.plannedOn.range");
        assertThatThrownBy(() -> planned(TODAY.plusYears(1).plusDays(1))).extracting(VisitTest::key)
                .isEqualTo("visit.plannedOn.range");
        assertThatThrownBy(() -> planned(null)).extracting(VisitTest::key).isEqualTo("visit.plannedOn.range");
    }

    @Test
    void theTeamHasASocialWorkerAndAChildDirectorWhoAreDifferentPeople() {
        assertThatThrownBy(() -> new Visit(7L, TODAY, null, "d1.director", null, "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.team.required");
        assertThatThrownBy(() -> new Visit(7L, TODAY, "a", "a", null, "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.team.distinct");
        assertThatThrownBy(() -> new Visit(7L, TODAY, "a", "b", "b", "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.team.distinct");
        Visit v = new Visit(7L, TODAY, "a", "b", null, "x", TODAY);
        assertThat(v.isOnTeam("a")).isTrue();
        assertThat(v.isOnTeam("b")).isTrue();
        assertThat(v.isOnTeam("c")).isFalse();
        assertThat(v.isOnTeam(null)).isFalse();
    }

    @Test
    void recordingKeepsFindingsAndNeedsOnce() {
        Visit v = planned(TODAY);
        v.record(TODAY, "  祖母腿脚不便，孩子缺少冬衣  ", EnumSet.of(Need.MATERIAL, Need.NURSING), "d1.caseworker", TODAY);
        assertThat(v.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(v.getFindings()).isEqualTo("祖母腿脚不便，孩子缺少冬衣");
        assertThat(v.getNeeds()).containsExactlyInAnyOrder(Need.MATERIAL, Need.NURSING);
        assertThat(v.getRecordedBy()).isEqualTo("d1.caseworker");
        assertThatThrownBy(() -> v.record(TODAY, "again", Set.of(), "x", TODAY)).extracting(VisitTest::key)
                .isEqualTo("visit.notPlanned");
        assertThatThrownBy(() -> v.cancel("late", "x")).extracting(VisitTest::key).isEqualTo("visit.notPlanned");
    }

    @Test
    void aVisitCannotBeRecordedInTheFutureOrWithoutFindings() {
        Visit v = planned(TODAY);
        assertThatThrownBy(() -> v.record(TODAY.plusDays(1), "x", Set.of(), "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.visitedOn.range");
        assertThatThrownBy(() -> v.record(TODAY.minusDays(61), "x", Set.of(), "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.visitedOn.range");
        assertThatThrownBy(() -> v.record(TODAY, " ", Set.of(), "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.findings.required");
        assertThatThrownBy(() -> v.record(TODAY, "字".repeat(Visit.FINDINGS_LENGTH + 1), Set.of(), "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.findings.length");
        assertThat(v.getStatus()).isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void aPlannedVisitIsOverdueTheDayAfterItsDateUntilRecordedOrCancelled() {
        Visit v = planned(TODAY);
        assertThat(v.isOverdueOn(TODAY)).isFalse();
        assertThat(v.isOverdueOn(TODAY.plusDays(1))).isTrue();
        assertThatThrownBy(() -> v.cancel(" ", "x")).extracting(VisitTest::key)
                .isEqualTo("visit.cancelReason.required");
        v.cancel("家属外出", "d1.caseworker");
        assertThat(v.getStatus()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(v.isOverdueOn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void actionsFollowOnlyARecordedVisitAndAreDueAfterIt() {
        Visit v = planned(TODAY);
        assertThatThrownBy(() -> new FollowUpAction(v, Need.MATERIAL, "送冬衣", "d1.caseworker", TODAY, "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.action.notDone");
        v.record(TODAY, "缺少冬衣", EnumSet.of(Need.MATERIAL), "x", TODAY);
        assertThatThrownBy(() -> new FollowUpAction(v, null, "送冬衣", "o", TODAY, "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.action.need.required");
        assertThatThrownBy(() -> new FollowUpAction(v, Need.MATERIAL, "", "o", TODAY, "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.action.description.required");
        assertThatThrownBy(() -> new FollowUpAction(v, Need.MATERIAL, "送冬衣", "o", TODAY.minusDays(1), "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.action.dueOn.range");
        assertThatThrownBy(() -> new FollowUpAction(v, Need.MATERIAL, "送冬衣", "o", TODAY.plusYears(2), "x", TODAY))
                .extracting(VisitTest::key).isEqualTo("visit.action.dueOn.range");

        FollowUpAction a = new FollowUpAction(v, Need.MATERIAL, "送冬衣", "d1.caseworker", TODAY.plusDays(7), "x", TODAY);
        assertThat(a.getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.getChildId()).isEqualTo(7L);
        assertThat(a.isOverdueOn(TODAY.plusDays(7))).isFalse();
        assertThat(a.isOverdueOn(TODAY.plusDays(8))).isTrue();
        a.complete("已送达", "d1.caseworker");
        assertThat(a.getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(a.isOverdueOn(TODAY.plusDays(8))).isFalse();
        assertThatThrownBy(() -> a.complete(null, "x")).extracting(VisitTest::key)
                .isEqualTo("visit.action.alreadyDone");
    }
}
