package org.carebridge.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The incident number on the 500 page: the one an ajax redirect carried, or a new one for the
 * exception the container forwarded here, logged with its stack trace (which the person never sees).
 */
@Named
@RequestScoped
public class ErrorPageBean {

    private static final Logger LOG = Logger.getLogger(ErrorPageBean.class.getName());
    private static final java.util.regex.Pattern INCIDENT = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

    @Inject
    HttpServletRequest request;

    private String incident;

    public String getIncident() {
        if (incident == null) {
            String given = request.getParameter("incident");
            if (given != null && INCIDENT.matcher(given).matches()) {
                incident = given;
            } else {
                incident = UUID.randomUUID().toString();
                Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                LOG.log(Level.SEVERE, "Incident " + incident + " on "
                        + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        error instanceof Throwable t ? t : null);
            }
        }
        return incident;
    }
}
