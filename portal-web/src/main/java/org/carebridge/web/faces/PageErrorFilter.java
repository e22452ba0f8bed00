package org.carebridge.web.faces;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * Gives full-page requests the answer their failure deserves. The container matches error pages
 * against the wrapping ServletException first, so without this an access refusal, an expired view
 * or a post without the page's CSP nonce would all look like a 500: here a refusal becomes 403 and
 * a stale or forged post goes to the "page expired" page. Everything else goes on to the 500 page.
 */
@WebFilter(filterName = "pageErrors", urlPatterns = "*.xhtml")
public class PageErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (Causes.any(e, EJBAccessException.class, AccessLocalException.class)) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (Causes.any(e, ViewExpiredException.class, CspException.class)) {
                response.resetBuffer();
                response.sendRedirect(request.getContextPath() + "/error/expired.xhtml");
            } else {
                throw e;
            }
        }
    }
}
