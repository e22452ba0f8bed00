package org.carebridge.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Message-bundle lookups outside JSF (REST problems, exports). zh-CN unless English is asked for. */
public final class Texts {

    public static final String BUNDLE = "org.carebridge.web.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** English when the language is English, otherwise Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
}
