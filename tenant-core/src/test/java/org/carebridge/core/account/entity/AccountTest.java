package org.carebridge.core.account.entity;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static String key(Throwable t) {
        return ((ValidationException) t).messageKey();
    }

    @Test
    void aSecondFactorCodeIsGoodOnce() {
        Account a = new Account("d1.admin", "管理员", "hash");
        a.startTotpEnrolment("SECRET");
        a.confirmTotp(100);
        assertThat(a.isTotpEnabled()).isTrue();
        assertThat(a.useTotpStep(100)).isFalse();
        assertThat(a.useTotpStep(99)).isFalse();
        assertThat(a.useTotpStep(101)).isTrue();
        assertThat(a.useTotpStep(101)).isFalse();
        a.removeTotp();
        assertThat(a.isTotpEnabled()).isFalse();
        assertThat(a.getTotpSecret()).isNull();
    }

    @Test
    void usernamesAreNormalisedAndChecked() {
        assertThat(Account.normaliseUsername("  D1.Admin ")).isEqualTo("d1.admin");
        assertThatThrownBy(() -> Account.normaliseUsername("a b")).extracting(AccountTest::key)
                .isEqualTo("account.username.format");
        assertThatThrownBy(() -> Account.normaliseUsername("ab")).extracting(AccountTest::key)
                .isEqualTo("account.username.format");
        assertThatThrownBy(() -> Account.normaliseUsername("<script>")).extracting(AccountTest::key)
                .isEqualTo("account.username.format");
    }

    @Test
    void passwordPolicy() {
        Account.checkPasswordPolicy("CareBridge#2026");
        assertThatThrownBy(() -> Account.checkPasswordPolicy("short")).extracting(AccountTest::key)
                .isEqualTo("account.password.tooShort");
        assertThatThrownBy(() -> Account.checkPasswordPolicy("aaaaaaaaaaaa")).extracting(AccountTest::key)
                .isEqualTo("account.password.tooSimple");
        assertThatThrownBy(() -> Account.checkPasswordPolicy("x".repeat(129))).extracting(AccountTest::key)
                .isEqualTo("account.password.tooLong");
    }

    @Test
    void membershipsGrantOnlyTenantRoles() {
        assertThat(Role.grantable()).doesNotContain(Role.PLATFORM_ADMIN).contains(Role.TENANT_ADMIN, Role.AUDITOR);
        Account a = new Account("s1.admin", "x", "hash");
        assertThatThrownBy(() -> new Membership(a, null, EnumSet.of(Role.PLATFORM_ADMIN))).extracting(AccountTest::key)
                .isEqualTo("membership.roles.notGrantable");
        assertThatThrownBy(() -> new Membership(a, null, EnumSet.noneOf(Role.class))).extracting(AccountTest::key)
                .isEqualTo("membership.roles.required");
        Membership m = new Membership(a, null, EnumSet.of(Role.CASEWORKER, Role.VOLUNTEER));
        assertThat(m.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.VOLUNTEER);
        m.revoke();
        assertThat(m.isActive()).isFalse();
    }
}
