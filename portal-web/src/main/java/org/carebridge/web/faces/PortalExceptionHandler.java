package org.carebridge.web.faces;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.NotFoundException;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions from actions into what a person should see: a business rule's translated message
 * on the same page; "someone else changed this record"; or, for ajax requests (which the container's
 * error pages cannot reach), a redirect to the 403 / expired / 500 page. Non-ajax errors go on to
 * the error pages of web.xml. A record that is not found when a page is opened (another tenant's id,
 * say) answers 404. Stack traces only reach the log, with an incident id.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (thrown instanceof jakarta.faces.event.AbortProcessingException) {
                // A listener that stopped a click on purpose (an export sent to the background), not an error.
                events.remove();
                continue;
            }
            BusinessException business = Causes.find(thrown, BusinessException.class);
            if (business instanceof NotFoundException && !fc.isPostback()) {
                events.remove();
                notFound(fc);
                continue;
            }
            if (business != null) {
                events.remove();
                Messages.error(business);
                continue;
            }
            if (Causes.any(thrown, OptimisticLockException.class)) {
                events.remove();
                Messages.error("error.staleRecord");
                fc.validationFailed();
                continue;
            }
            if (fc.getPartialViewContext().isAjaxRequest()) {
                events.remove();
                String page;
                if (Causes.any(thrown, EJBAccessException.class, AccessLocalException.class)) {
                    page = "/error/403.xhtml";
                } else if (Causes.any(thrown, ViewExpiredException.class)) {
                    page = "/error/expired.xhtml";
                } else {
                    String incident = UUID.randomUUID().toString();
                    LOG.log(Level.SEVERE, "Incident " + incident, thrown);
                    page = "/error/500.xhtml?incident=" + incident;
                }
                redirect(fc, page);
            }
        }
        getWrapped().handle();
    }

    private static void notFound(FacesContext fc) {
        try {
            fc.getExternalContext().responseSendError(404, null);
            fc.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void redirect(FacesContext fc, String page) {
        try {
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + page);
            fc.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
