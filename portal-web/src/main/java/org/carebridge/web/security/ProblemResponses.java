package org.carebridge.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carebridge.web.api.Problem;
import org.carebridge.web.i18n.Texts;

import java.io.IOException;
import java.util.Locale;

/** problem+json written by servlet-level code (before JAX-RS and its exception mappers run). */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Texts.CHINESE
                : Texts.supported(request.getLocale());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Texts.text(locale, "problem." + status))
                .add("status", status)
                .add("detail", Texts.text(locale, key))
                .add("messageKey", key)
                .add("instance", request.getRequestURI())
                .build().toString());
        response.flushBuffer();
    }
}
