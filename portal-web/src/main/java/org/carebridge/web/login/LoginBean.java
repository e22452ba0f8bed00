package org.carebridge.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.web.faces.LocaleBean;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.security.LoginStatus;
import org.carebridge.web.security.PortalAuthentication;
import org.carebridge.web.security.SessionLogin;
import org.carebridge.web.security.TotpCredential;

/** The login page: password, then (for enrolled accounts) the second-factor code. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LocaleBean language;

    private String username;
    private String password;
    private String code;

    public String login() {
        return authenticate(new UsernamePasswordCredential(username == null ? "" : username,
                new Password(password == null ? "" : password)));
    }

    public String verifyCode() {
        return authenticate(new TotpCredential(code));
    }

    public String cancel() {
        request().getSession().removeAttribute(SessionLogin.PENDING_KEY);
        return "/login.xhtml?faces-redirect=true";
    }

    public boolean isSecondFactorPending() {
        var session = request().getSession(false);
        return session != null && session.getAttribute(SessionLogin.PENDING_KEY) != null;
    }

    private String authenticate(Credential credential) {
        ExternalContext ec = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(request(), (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        LoginStatus outcome = (LoginStatus) request().getAttribute(LoginStatus.ATTRIBUTE);
        if (status == AuthenticationStatus.SUCCESS && outcome == LoginStatus.OK) {
            Grant grant = (Grant) request().getAttribute(PortalAuthentication.GRANT);
            if (grant.locale() != null) {
                language.use(java.util.Locale.forLanguageTag(grant.locale()));
            }
            if (grant.passwordChangeRequired() || grant.secondFactorMissing()) {
                return "/app/account.xhtml?faces-redirect=true";
            }
            return grant.platform() ? "/platform/tenants.xhtml?faces-redirect=true"
                    : "/app/dashboard.xhtml?faces-redirect=true";
        }
        String key = switch (outcome == null ? LoginStatus.BAD_CREDENTIALS : outcome) {
            case LOCKED -> "login.locked";
            case DISABLED -> "login.disabled";
            case NO_MEMBERSHIP -> "login.noMembership";
            case SECOND_FACTOR_NEEDED -> "login.secondFactorPrompt";
            case SECOND_FACTOR_WRONG -> "login.secondFactorWrong";
            default -> "login.badCredentials";
        };
        if (outcome == LoginStatus.SECOND_FACTOR_NEEDED) {
            Messages.info(key);
        } else {
            Messages.error(key);
        }
        password = null;
        return null;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
