package org.carebridge.funding.project.entity;

import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.ServiceType;
import org.carebridge.funding.project.control.ProjectAccess;
import org.carebridge.funding.project.control.ProjectAccess.Part;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceProjectTest {

    private static final long DISTRICT = 2;
    private static final long PROVIDER = 5;
    private static final long FOUNDATION = 4;
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate END = LocalDate.of(2027, 5, 31);
    private static final List<Kpi> KPIS = List.of(new Kpi("次数", Measure.SESSIONS, BigDecimal.ZERO, BigDecimal.TEN));

    private static ProjectTerms terms(String amount, List<CoFunder> funders) {
        return new ProjectTerms("家庭支持", ServiceType.COUNSELLING, "心理辅导", Money.of(amount), START, END, KPIS, funders);
    }

    private static ServiceProject project(List<CoFunder> funders) {
        return new ServiceProject(DISTRICT, DISTRICT, PROVIDER, 9L, 11L, terms("420000.00", funders), "d1.admin",
                Instant.parse("2026-05-20T00:00:00Z"));
    }

    @Test
    void theOwnerPaysWhatTheCoFundersDoNot() {
        ServiceProject p = project(List.of(new CoFunder(FOUNDATION, Money.of("120000.00"))));
        assertThat(p.ownerShare()).isEqualTo(Money.of("300000.00"));
        assertThat(p.getRevision()).isEqualTo(1);
    }

    @Test
    void coFundersNeitherExceedTheAmountNorRepeatNorAreThePurchaserOrProvider() {
        assertThatThrownBy(() -> project(List.of(new CoFunder(FOUNDATION, Money.of("420000.01")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("project.funder.sharesExceed");
        assertThatThrownBy(() -> project(List.of(new CoFunder(FOUNDATION, Money.of("1.00")),
                new CoFunder(FOUNDATION, Money.of("1.00"))))).hasMessageContaining("project.funder.invalid");
        assertThatThrownBy(() -> project(List.of(new CoFunder(PROVIDER, Money.of("1.00")))))
                .hasMessageContaining("project.funder.invalid");
        assertThatThrownBy(() -> project(List.of(new CoFunder(FOUNDATION, Money.ZERO))))
                .hasMessageContaining("project.funder.share");
    }

    @Test
    void kpisNeedATargetAboveTheBaselineAndAProjectNeedsOne() {
        assertThatThrownBy(() -> new Kpi("满意度", Measure.REPORTED, new BigDecimal("90"), new BigDecimal("90")))
                .hasMessageContaining("project.kpi.target");
        assertThatThrownBy(() -> new Kpi("满意度", Measure.REPORTED, new BigDecimal("1.005"), new BigDecimal("90")))
                .hasMessageContaining("project.kpi.invalid");
        assertThatThrownBy(() -> new ServiceProject(DISTRICT, DISTRICT, PROVIDER, null, null,
                new ProjectTerms("x", ServiceType.COUNSELLING, "y", Money.of("1.00"), START, END, List.of(), List.of()),
                "f1.admin", Instant.now())).hasMessageContaining("project.kpi.count");
    }

    @Test
    void amendmentsNumberTheRevisionsAndAnEndedProjectNoLongerChanges() {
        ServiceProject p = project(List.of());
        assertThat(p.amend(terms("430000.00", List.of()))).isEqualTo(2);
        assertThat(p.getAmount()).isEqualTo(Money.of("430000.00"));
        p.end("重新招标", LocalDate.of(2026, 12, 1), 7L);
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.ENDED);
        assertThatThrownBy(() -> p.amend(terms("1.00", List.of()))).isInstanceOf(ConflictException.class);
        assertThat(p.runsOn(LocalDate.of(2026, 12, 2))).isFalse();
    }

    @Test
    void theAccessPolicyNamesEachPartAndTheProvidersViewEndsWithTheEnrolmentOrTheProject() {
        ServiceProject p = project(List.of(new CoFunder(FOUNDATION, Money.of("1.00"))));
        ProjectAccess access = new ProjectAccess();
        assertThat(access.parts(p, DISTRICT)).containsExactlyInAnyOrder(Part.OWNER, Part.DISTRICT);
        assertThat(access.parts(p, PROVIDER)).containsExactly(Part.PROVIDER);
        assertThat(access.parts(p, FOUNDATION)).containsExactly(Part.CO_FUNDER);
        assertThat(access.maySee(p, 99)).isFalse();
        assertThat(access.mayReport(p, FOUNDATION)).isTrue();
        assertThat(access.mayReport(p, DISTRICT)).isFalse();
        LocalDate during = LocalDate.of(2026, 9, 1);
        assertThat(access.providerSeesChild(p, true, during)).isTrue();
        assertThat(access.providerSeesChild(p, false, during)).isFalse();
        assertThat(access.providerSeesChild(p, true, END.plusDays(1))).isFalse();
        assertThat(access.providerSeesChild(p, true, START.minusDays(1))).isFalse();
        p.end("终止", during, null);
        assertThat(access.providerSeesChild(p, true, during)).isFalse();
    }
}
