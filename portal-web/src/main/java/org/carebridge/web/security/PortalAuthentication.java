package org.carebridge.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.carebridge.core.account.boundary.Authentication;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.core.account.boundary.LoginResult;
import org.carebridge.core.account.control.ApiTokens;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The portal's one authentication mechanism (Jakarta Security allows one per application).
 * <ul>
 * <li>{@code /api/*}: a bearer token we signed, nothing else (the session cookie is ignored);</li>
 * <li>pages: the login page calls {@code SecurityContext.authenticate} with a password (then, when the
 * account has one, a second-factor code); success rotates the session id and stores a
 * {@link SessionLogin}; later requests are re-checked against the database.</li>
 * </ul>
 * The grant found is left in a request attribute for {@link CallContextFilter}.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String GRANT = "carebridge.grant";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Authentication authentication;

    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/") && !context.isProtected()) {
            // Scripts, styles and icons are public: no need to re-read the grant for each of them.
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential upc) {
            return password(request, context, upc);
        }
        if (context.isAuthenticationRequest() && credential instanceof TotpCredential totp) {
            return secondFactor(request, context, totp);
        }
        HttpSession session = request.getSession(false);
        SessionLogin login = session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.KEY);
        if (login != null) {
            Optional<Grant> grant = authentication.currentGrant(login.accountId(), login.tenantId());
            if (grant.isPresent()) {
                return loggedIn(request, context, grant.get());
            }
            session.invalidate();
        }
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Grant> grant = tokens.verify(header.substring(7).strip())
                    .flatMap(s -> authentication.currentGrant(s.accountId(), s.tenantId()));
            if (grant.isPresent()) {
                return loggedIn(request, context, grant.get());
            }
            return unauthorized(request, response, "Bearer error=\"invalid_token\"");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "Bearer");
        }
        return context.doNothing();
    }

    /** A 401 as problem+json (the container's own error page would be HTML). */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String challenge) {
        response.setHeader("WWW-Authenticate", challenge);
        try {
            ProblemResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthorized");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus password(HttpServletRequest request, HttpMessageContext context,
                                          UsernamePasswordCredential credential) {
        LoginResult result = authentication.checkPassword(credential.getCaller(), credential.getPasswordAsString());
        if (!result.ok()) {
            request.setAttribute(LoginStatus.ATTRIBUTE, LoginStatus.valueOf(result.status().name()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.secondFactorNeeded()) {
            request.getSession(true).setAttribute(SessionLogin.PENDING_KEY, result);
            request.setAttribute(LoginStatus.ATTRIBUTE, LoginStatus.SECOND_FACTOR_NEEDED);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return establish(request, context, result);
    }

    private AuthenticationStatus secondFactor(HttpServletRequest request, HttpMessageContext context,
                                              TotpCredential credential) {
        HttpSession session = request.getSession(false);
        LoginResult pending = session == null ? null : (LoginResult) session.getAttribute(SessionLogin.PENDING_KEY);
        if (pending == null) {
            request.setAttribute(LoginStatus.ATTRIBUTE, LoginStatus.BAD_CREDENTIALS);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!authentication.checkSecondFactor(pending.accountId(), credential.code())) {
            request.setAttribute(LoginStatus.ATTRIBUTE, LoginStatus.SECOND_FACTOR_WRONG);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        session.removeAttribute(SessionLogin.PENDING_KEY);
        return establish(request, context, pending);
    }

    private AuthenticationStatus establish(HttpServletRequest request, HttpMessageContext context, LoginResult result) {
        Long tenant = result.defaultTenant();
        Grant grant = authentication.enter(result.accountId(), tenant);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SessionLogin.KEY, new SessionLogin(result.accountId(), tenant));
        request.setAttribute(LoginStatus.ATTRIBUTE, LoginStatus.OK);
        return loggedIn(request, context, grant);
    }

    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, Grant grant) {
        request.setAttribute(GRANT, grant);
        return context.notifyContainerAboutLogin(grant.username(), grant.roleNames());
    }
}
