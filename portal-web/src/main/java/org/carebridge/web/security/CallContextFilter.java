package org.carebridge.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.core.persistence.CallContext;

import java.io.IOException;

/**
 * Binds the call context for the rest of the request from what the authentication mechanism
 * established — the tenant always comes from the authenticated grant, never from the request.
 */
@WebFilter(filterName = "callContext", urlPatterns = "/*")
public class CallContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Grant grant = (Grant) request.getAttribute(PortalAuthentication.GRANT);
        try (CallContext.Scope ignored = CallContext.open(grant == null ? null : grant.tenantId(),
                grant == null ? null : grant.username(), request.getRemoteAddr())) {
            chain.doFilter(request, response);
        }
    }
}
