package org.carebridge.care.service.entity;

import org.carebridge.care.child.entity.Need;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.value.ServiceType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    private static ServiceRecord service(LocalDate on, int minutes) {
        return new ServiceRecord(3L, ServiceType.COUNSELLING, on, minutes, "阳光社工", 5L, " 李老师 ", " 情绪好转 ",
                "  ", "s1.worker", TODAY);
    }

    @Test
    void aServiceIsDeliveredWithinThePastYearForOneMinuteToOneDay() {
        ServiceRecord r = service(TODAY, 60);
        assertThat(r.getStaff()).isEqualTo("李老师");
        assertThat(r.getOutcome()).isEqualTo("情绪好转");
        assertThat(r.getNotes()).isNull();
        assertThat(service(TODAY.minusYears(1), 1).getDurationMinutes()).isEqualTo(1);
        assertThat(service(TODAY, ServiceRecord.MAX_MINUTES).getDurationMinutes()).isEqualTo(1440);
        assertThatThrownBy(() -> service(TODAY.plusDays(1), 60)).extracting(ServiceRecordTest::key)
                .isEqualTo("service.deliveredOn.range");
        assertThatThrownBy(() -> service(TODAY.minusYears(1).minusDays(1), 60)).extracting(ServiceRecordTest::key)
                .isEqualTo("service.deliveredOn.range");
        assertThatThrownBy(() -> service(TODAY, 0)).extracting(ServiceRecordTest::key)
                .isEqualTo("service.duration.range");
        assertThatThrownBy(() -> service(TODAY, 1441)).extracting(ServiceRecordTest::key)
                .isEqualTo("service.duration.range");
        assertThatThrownBy(() -> new ServiceRecord(3L, null, TODAY, 5, "p", 5L, "s", null, null, "x", TODAY))
                .extracting(ServiceRecordTest::key).isEqualTo("service.type.required");
        assertThatThrownBy(() -> new ServiceRecord(3L, ServiceType.TUTORING, TODAY, 5, "p", 5L, " ", null, null, "x",
                TODAY)).extracting(ServiceRecordTest::key).isEqualTo("service.staff.required");
    }

    @Test
    void aVoidedRecordKeepsItsReasonAndCannotBeVoidedTwice() {
        ServiceRecord r = service(TODAY, 30);
        assertThatThrownBy(() -> r.voidWith(" ")).extracting(ServiceRecordTest::key)
                .isEqualTo("service.voidReason.required");
        assertThat(r.isVoid()).isFalse();
        r.voidWith("录错儿童");
        assertThat(r.isVoid()).isTrue();
        assertThat(r.getVoidReason()).isEqualTo("录错儿童");
        assertThatThrownBy(() -> r.voidWith("again")).extracting(ServiceRecordTest::key)
                .isEqualTo("service.alreadyVoid");
    }

    @Test
    void aCasePlanNeedsNeedsServicesGoalsAndAReviewWithinAYear() {
        Set<Need> needs = EnumSet.of(Need.PSYCHOLOGICAL);
        Set<ServiceType> services = EnumSet.of(ServiceType.COUNSELLING, ServiceType.MENTORING);
        CasePlan p = new CasePlan(3L, 1, needs, " 半年内情绪稳定 ", services, TODAY.plusMonths(6), "d1.caseworker", TODAY);
        assertThat(p.isCurrent()).isTrue();
        assertThat(p.getGoals()).isEqualTo("半年内情绪稳定");
        assertThat(p.getPlannedServices()).containsExactlyInAnyOrder(ServiceType.COUNSELLING, ServiceType.MENTORING);
        assertThat(p.isReviewDueOn(TODAY)).isFalse();
        assertThat(p.isReviewDueOn(TODAY.plusMonths(6))).isTrue();
        p.supersede();
        assertThat(p.isCurrent()).isFalse();
        assertThat(p.isReviewDueOn(TODAY.plusMonths(6))).isFalse();

        assertThatThrownBy(() -> new CasePlan(3L, 1, Set.of(), "g", services, TODAY.plusDays(1), "x", TODAY))
                .extracting(ServiceRecordTest::key).isEqualTo("casePlan.needs.required");
        assertThatThrownBy(() -> new CasePlan(3L, 1, needs, "g", Set.of(), TODAY.plusDays(1), "x", TODAY))
                .extracting(ServiceRecordTest::key).isEqualTo("casePlan.services.required");
        assertThatThrownBy(() -> new CasePlan(3L, 1, needs, " ", services, TODAY.plusDays(1), "x", TODAY))
                .extracting(ServiceRecordTest::key).isEqualTo("casePlan.goals.required");
        assertThatThrownBy(() -> new CasePlan(3L, 1, needs, "g", services, TODAY, "x", TODAY))
                .extracting(ServiceRecordTest::key).isEqualTo("casePlan.reviewOn.range");
        assertThatThrownBy(() -> new CasePlan(3L, 1, needs, "g", services, TODAY.plusYears(1).plusDays(1), "x", TODAY))
                .extracting(ServiceRecordTest::key).isEqualTo("casePlan.reviewOn.range");
    }
}
