package org.grouprise.server.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a page shows, in German and English, from the resource bundle {@code i18n/messages}.
 * English is the base bundle; German lives in {@code messages_de}.
 */
public final class Messages {
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);
    private static final Logger LOGGER = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK);
    }

    public static Messages of(Locale locale) {
        return new Messages(SUPPORTED.contains(Locale.forLanguageTag(locale.getLanguage()))
            ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOGGER.warn("No text for key '{}' in language {}; add it to i18n/messages", key, locale);
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
