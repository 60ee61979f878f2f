package org.grouprise.console;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Loads the console's texts for a locale; languages without a translation get English, not an exception. */
public final class Messages {
    static final String BUNDLE = "org.grouprise.console.messages";

    private Messages() {
    }

    public static ResourceBundle forLocale(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, new EnglishFallback());
    }

    /** Falls back to English instead of the JVM's default locale, and never to a base bundle we do not ship. */
    private static final class EnglishFallback extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? null : Locale.ENGLISH;
        }
    }
}
