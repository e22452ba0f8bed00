package org.carebridge.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second login step: a code from the authenticator app. */
public record TotpCredential(String code) implements Credential {
}
