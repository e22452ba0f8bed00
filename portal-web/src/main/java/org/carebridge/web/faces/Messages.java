package org.carebridge.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.carebridge.core.error.BusinessException;
import org.carebridge.web.i18n.Texts;

/** Translated messages for the current view. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        return Texts.text(locale(), key, args);
    }

    /**
     * The person's language: the session's choice, which the template's {@code f:view} applies when it
     * renders — before that (in a {@code f:viewAction} of a first request) the view's own locale is only
     * the browser's guess.
     */
    public static java.util.Locale locale() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBean.class).get().getLocale();
        } catch (RuntimeException noSession) {
            FacesContext fc = FacesContext.getCurrentInstance();
            return fc == null || fc.getViewRoot() == null ? Texts.CHINESE : fc.getViewRoot().getLocale();
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }

    public static void error(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, null, e.messageKey(), e.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
