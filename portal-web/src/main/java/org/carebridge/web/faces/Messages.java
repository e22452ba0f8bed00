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
        FacesContext fc = FacesContext.getCurrentInstance();
        return Texts.text(fc.getViewRoot() == null ? Texts.CHINESE : fc.getViewRoot().getLocale(), key, args);
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
