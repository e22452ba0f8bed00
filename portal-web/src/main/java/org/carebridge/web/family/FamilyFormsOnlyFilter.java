package org.carebridge.web.family;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The family page takes what a family types only from its forms' POST bodies. Faces would otherwise
 * treat a GET carrying a view state in its query as a postback and run the form's action, and a query
 * string could put a resident ID into URLs, logs and browser history: any request to the page with a
 * query string is sent back to the bare page (nothing looked up), and methods other than GET and POST
 * are refused.
 */
@WebFilter(filterName = "familyFormsOnly", urlPatterns = "/family.xhtml")
public class FamilyFormsOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getQueryString() != null) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/family.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
