package org.carebridge.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carebridge.core.account.boundary.Grant;

import java.io.IOException;

/**
 * An account that still owes something — a new password after a one-time one, or the second factor
 * its tenant requires for its role — can reach only its own account page (and, through the API, its
 * own password and second-factor endpoints) until it has settled it.
 */
@WebFilter(filterName = "accountObligations", urlPatterns = {"/app/*", "/platform/*", "/api/*"})
public class AccountObligationsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Grant grant = (Grant) request.getAttribute(PortalAuthentication.GRANT);
        if (grant == null || !(grant.passwordChangeRequired() || grant.secondFactorMissing())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/app/account.xhtml") || path.equals("/api/v1/me") || path.startsWith("/api/v1/me/")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            ProblemResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN,
                    grant.passwordChangeRequired() ? "account.password.mustChange" : "login.secondFactorRequired");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/app/account.xhtml");
    }
}
