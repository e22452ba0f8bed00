package org.carebridge.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.carebridge.core.account.boundary.Authentication;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.core.account.boundary.TenantChoice;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.security.SessionLogin;

import java.util.List;

/** Switching the active tenant and logging out. */
@Named
@RequestScoped
public class SessionBean {

    @Inject
    Authentication authentication;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private List<TenantChoice> choices;

    public List<TenantChoice> getChoices() {
        if (choices == null) {
            choices = currentUser.isLoggedIn() ? authentication.choices(currentUser.getGrant().accountId()) : List.of();
        }
        return choices;
    }

    public boolean isSeveralTenants() {
        return getChoices().size() > 1;
    }

    /**
     * Enters another tenant the account belongs to (the boundary refuses any other); the new session id
     * marks the change of privileges.
     */
    public String switchTo(long tenantId) {
        Grant grant = currentUser.getGrant();
        authentication.enter(grant.accountId(), tenantId);
        HttpServletRequest request = request();
        request.changeSessionId();
        request.getSession().setAttribute(SessionLogin.KEY, new SessionLogin(grant.accountId(), tenantId));
        return "/app/dashboard.xhtml?faces-redirect=true";
    }

    /** Where "/" leads: the dashboard, the platform pages, or the login page. */
    public String home() {
        if (currentUser.isMember()) {
            return "/app/dashboard.xhtml?faces-redirect=true";
        }
        return currentUser.isPlatformAdmin() ? "/platform/tenants.xhtml?faces-redirect=true"
                : "/login.xhtml?faces-redirect=true";
    }

    public String logout() throws ServletException {
        Grant grant = currentUser.getGrant();
        if (grant != null) {
            authentication.recordLogout(grant.username(), grant.tenantId());
        }
        HttpServletRequest request = request();
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login.xhtml?faces-redirect=true&bye=1";
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }
}
