package org.carebridge.care.application.entity;

import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    private static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void normalTrackGoesThroughTheStreetThenTheDistrict() {
        Application a = new Application(7, Track.NORMAL, "父母双亡，由祖母抚养", "d1.caseworker", 30);
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.getConfirmationDeadline()).isNull();
        assertThatThrownBy(() -> a.decide("d1.approver", true, null)).extracting(ApplicationTest::key)
                .isEqualTo("application.status.wrong");
        a.streetCheck("d1.supervisor", true, null);
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.STREET_CHECKED);
        assertThat(a.getCheckedBy()).isEqualTo("d1.supervisor");
        assertThatThrownBy(() -> a.decide("d1.approver", false, " ")).extracting(ApplicationTest::key)
                .isEqualTo("application.note.required");
        a.decide("d1.approver", true, "材料齐全");
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.getDecidedBy()).isEqualTo("d1.approver");
        assertThat(a.getStatus().isOpen()).isFalse();
    }

    @Test
    void theSubmitterNeverDecides() {
        Application a = new Application(7, Track.NORMAL, "理由", "dual.role", 30);
        a.streetCheck("dual.role", true, null);
        assertThatThrownBy(() -> a.decide("dual.role", true, null)).isInstanceOf(AccessDeniedException.class)
                .extracting(ApplicationTest::key).isEqualTo("application.makerChecker");
        Application h = new Application(8, Track.HELP_FIRST, "无人照料，紧急安置", "dual.role", 30);
        assertThatThrownBy(() -> h.confirm("dual.role", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStreetMayRejectWithAReason() {
        Application a = new Application(7, Track.NORMAL, "理由", "d1.caseworker", 30);
        assertThatThrownBy(() -> a.streetCheck("x", false, null)).extracting(ApplicationTest::key)
                .isEqualTo("application.note.required");
        a.streetCheck("x", false, "父亲已刑满释放，恢复监护");
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void helpFirstStartsSupportAndTracksTheDeadline() {
        Application a = new Application(9, Track.HELP_FIRST, "无人照料，紧急安置", "d1.caseworker", 30);
        LocalDate today = org.carebridge.core.value.LocalDates.today();
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SUPPORTING);
        assertThat(a.getConfirmationDeadline()).isEqualTo(today.plusDays(30));
        assertThat(a.isOverdue(today.plusDays(30))).isFalse();
        assertThat(a.isOverdue(today.plusDays(31))).isTrue();
        assertThatThrownBy(() -> a.streetCheck("x", true, null)).extracting(ApplicationTest::key)
                .isEqualTo("application.status.wrong");
        assertThatThrownBy(() -> a.rejectAfterHelp("d1.approver", "不符合条件", " ")).extracting(ApplicationTest::key)
                .isEqualTo("application.fallbackPayer.required");
        a.rejectAfterHelp("d1.approver", "不符合条件", "区级兜底资金");
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(a.getFallbackPayer()).isEqualTo("区级兜底资金");
        assertThat(a.isOverdue(today.plusDays(40))).isFalse();
    }

    @Test
    void referencesAreShortDatedAndHardToGuess() {
        Set<String> seen = new HashSet<>();
        Instant at = Instant.parse("2026-11-28T20:00:00Z");
        for (int i = 0; i < 2000; i++) {
            String r = Application.newReference(at);
            assertThat(r).matches("SQ261129[A-HJ-NP-Z2-9]{6}");
            seen.add(r);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void aReasonIsRequired() {
        assertThatThrownBy(() -> new Application(1, Track.NORMAL, "  ", "x", 30)).extracting(ApplicationTest::key)
                .isEqualTo("application.reason.required");
        assertThatThrownBy(() -> new Application(1, null, "x", "x", 30)).extracting(ApplicationTest::key)
                .isEqualTo("application.track.required");
    }
}
