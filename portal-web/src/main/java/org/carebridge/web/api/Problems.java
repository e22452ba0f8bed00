package org.carebridge.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.web.i18n.Texts;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers: business exceptions by type, access refusals,
 * stale records, malformed requests; anything else is a 500 with an incident id that is logged with
 * its stack trace — the client never sees one.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof BusinessException b) {
            return problem(status(b), b.messageKey(), b.arguments());
        }
        if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
            return problem(403, "error.forbidden");
        }
        if (e instanceof OptimisticLockException) {
            return problem(409, "error.staleRecord");
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return problem(status, switch (status) {
                case 401 -> "error.unauthorized";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.mediaType";
                default -> status < 500 ? "error.badRequest" : "error.internal";
            });
        }
        if (e instanceof jakarta.json.bind.JsonbException || e instanceof jakarta.ws.rs.ProcessingException
                || e instanceof jakarta.json.JsonException) {
            return problem(400, "error.badRequest");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + path(), e);
        return problem(500, "error.internal", incident);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof EJBException && !(e instanceof AccessLocalException) || e instanceof jakarta.transaction.RollbackException
                || e instanceof jakarta.persistence.PersistenceException && !(e instanceof OptimisticLockException))
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static int status(BusinessException b) {
        if (b instanceof NotFoundException) {
            return 404;
        }
        if (b instanceof ConflictException) {
            return 409;
        }
        if (b instanceof AuthResource.Unauthorized) {
            return 401;
        }
        if (b instanceof AccessDeniedException) {
            return 403;
        }
        return 400;
    }

    private Response problem(int status, String key, Object... args) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Texts.CHINESE : headers.getAcceptableLanguages().get(0);
        Problem p = new Problem("about:blank", Texts.text(locale, "problem." + status),
                status, Texts.text(locale, key, args), key, path());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private String path() {
        return request == null ? null : request.getRequestURI();
    }
}
