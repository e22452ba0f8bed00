package org.carebridge.core.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.core.account.control.AccountFactory;
import org.carebridge.core.account.control.PasswordHasher;
import org.carebridge.core.account.control.SecondFactor;
import org.carebridge.core.account.entity.Account;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;

/** What every signed-in person does to their own account: password, second factor, language. */
@Stateless
@PermitAll
public class MyAccount {

    @Inject
    PasswordHasher hasher;

    @Inject
    SecondFactor secondFactor;

    @Inject
    AuditTrail audit;

    @Inject
    AccountFactory accounts;

    public void changePassword(String current, String next) {
        Account a = me();
        if (current == null || !hasher.matches(current, a.getPasswordHash())) {
            throw new ValidationException("account.password.currentWrong");
        }
        Account.checkPasswordPolicy(next);
        if (next.equals(current)) {
            throw new ValidationException("account.password.unchanged");
        }
        a.changePasswordHash(hasher.hash(next), false);
        audit.record("PASSWORD_CHANGED", "Account", a.getId(), null);
    }

    /** Starts enrolment: returns the otpauth URI (with the secret) for an authenticator app. */
    public String startSecondFactor() {
        Account a = me();
        if (a.isTotpEnabled()) {
            throw new ValidationException("account.totp.alreadyOn");
        }
        String secret = secondFactor.newSecret();
        a.startTotpEnrolment(secret);
        return secondFactor.enrolmentUri(secret, a.getUsername());
    }

    public void confirmSecondFactor(String code) {
        Account a = me();
        var step = secondFactor.match(a.getTotpSecret(), code);
        if (step.isEmpty()) {
            throw new ValidationException("account.totp.codeWrong");
        }
        a.confirmTotp(step.getAsLong());
        audit.record("TOTP_ENABLED", "Account", a.getId(), null);
    }

    public void removeSecondFactor(String password) {
        Account a = me();
        if (password == null || !hasher.matches(password, a.getPasswordHash())) {
            throw new ValidationException("account.password.currentWrong");
        }
        a.removeTotp();
        audit.record("TOTP_REMOVED", "Account", a.getId(), null);
    }

    public boolean hasSecondFactor() {
        return me().isTotpEnabled();
    }

    /** Remembers the language the person chose, for their next login. */
    public void preferLocale(String languageTag) {
        me().preferLocale("en".equals(languageTag) ? "en" : "zh-CN");
    }

    private Account me() {
        return CallContext.signedInUser().flatMap(accounts::findAccount)
                .orElseThrow(() -> new AccessDeniedException("account.notSignedIn"));
    }
}
