package org.carebridge.web.security;

/** Why an interactive login attempt did not (yet) succeed, handed from the mechanism to the login page. */
public enum LoginStatus {
    OK, BAD_CREDENTIALS, LOCKED, DISABLED, NO_MEMBERSHIP, SECOND_FACTOR_NEEDED, SECOND_FACTOR_WRONG;

    public static final String ATTRIBUTE = "carebridge.login-status";
}
