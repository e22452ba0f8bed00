package org.carebridge.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.account.boundary.MyAccount;
import org.carebridge.web.i18n.Texts;

import java.io.Serializable;
import java.util.Locale;

/** The language the person chose (Chinese by default, remembered on the account); all the session keeps besides the login. */
@Named("language")
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.CHINESE;

    @Inject
    CurrentUser currentUser;

    @Inject
    MyAccount myAccount;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    /** Switches language (remembered on the account when signed in) and reloads the same page. */
    public String switchTo(String tag) {
        locale = Texts.supported(Locale.forLanguageTag(tag));
        if (currentUser.isLoggedIn()) {
            myAccount.preferLocale(locale.getLanguage());
        }
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public void use(Locale l) {
        locale = Texts.supported(l);
    }
}
