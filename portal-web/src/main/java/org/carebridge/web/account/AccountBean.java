package org.carebridge.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.account.boundary.MyAccount;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;

import java.io.Serializable;

/** The own-account page: change password, enrol or remove the second factor. */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount account;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String enrolmentUri;
    private String code;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Messages.error("account.password.mismatch");
            return;
        }
        account.changePassword(currentPassword, newPassword);
        Messages.info("account.password.changed");
    }

    public void startSecondFactor() {
        enrolmentUri = account.startSecondFactor();
    }

    public void confirmSecondFactor() {
        account.confirmSecondFactor(code);
        enrolmentUri = null;
        code = null;
        Messages.info("account.totp.enabled");
    }

    public void removeSecondFactor() {
        account.removeSecondFactor(currentPassword);
        Messages.info("account.totp.removed");
    }

    public boolean isSecondFactor() {
        return account.hasSecondFactor();
    }

    public boolean isPasswordChangeRequired() {
        return currentUser.isLoggedIn() && currentUser.getGrant().passwordChangeRequired();
    }

    public boolean isSecondFactorMissing() {
        return currentUser.isLoggedIn() && currentUser.getGrant().secondFactorMissing();
    }

    /** The secret part of the enrolment URI, for typing into an authenticator app. */
    public String getSecret() {
        if (enrolmentUri == null) {
            return null;
        }
        int i = enrolmentUri.indexOf("secret=");
        int end = enrolmentUri.indexOf('&', i);
        return enrolmentUri.substring(i + 7, end < 0 ? enrolmentUri.length() : end);
    }

    public String getEnrolmentUri() {
        return enrolmentUri;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
