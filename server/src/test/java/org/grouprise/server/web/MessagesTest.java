package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

class MessagesTest {

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("i18n/messages.properties");
        Set<String> german = keys("i18n/messages_de.properties");

        Set<String> missingInGerman = new TreeSet<>(english);
        missingInGerman.removeAll(german);
        Set<String> missingInEnglish = new TreeSet<>(german);
        missingInEnglish.removeAll(english);
        assertThat(missingInGerman).as("keys missing in messages_de.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void apostrophesInPatternsWithPlaceholdersAreDoubled() throws IOException {
        for (String bundle : new String[] {"i18n/messages.properties", "i18n/messages_de.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);

                assertThat(pattern.contains("{") && pattern.replace("''", "").contains("'"))
                    .as("%s %s: MessageFormat drops a single apostrophe; write '' instead", bundle, key)
                    .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "de, Seite 2 von 5",
        "en, Page 2 of 5"
    })
    void placeholdersAreFilledIn(String language, String expected) {
        Messages messages = Messages.of(Locale.forLanguageTag(language));

        assertThat(messages.get("pagination.position", 2, 5)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "de, de",
        "de-DE, de",
        "de-AT, de",
        "en, en",
        "en-GB, en",
        "fr, en",
        "pt-BR, en"
    })
    void unsupportedLanguageFallsBackToEnglish(String requested, String used) {
        Messages messages = Messages.of(Locale.forLanguageTag(requested));

        assertThat(messages.locale()).isEqualTo(Locale.forLanguageTag(used));
    }

    @Test
    void frenchGetsEnglishTexts() {
        assertThat(Messages.of(Locale.FRENCH).get("pagination.position", 1, 3)).isEqualTo("Page 1 of 3");
    }

    @Test
    void missingKeyShowsTheKey() {
        Messages messages = Messages.of(Locale.GERMAN);

        assertThat(messages.has("no.such.key")).isFalse();
        assertThat(messages.get("no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
