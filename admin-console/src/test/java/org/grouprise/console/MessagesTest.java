package org.grouprise.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

class MessagesTest {

    @Test
    void germanAndEnglishHaveTheSameKeys() {
        ResourceBundle german = Messages.forLocale(Locale.GERMAN);
        ResourceBundle english = Messages.forLocale(Locale.ENGLISH);

        assertThat(german.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void connectButtonIsNamedAfterWhatItDoes() {
        assertThat(Messages.forLocale(Locale.GERMANY).getString("connect.button")).isEqualTo("Verbinden");
        assertThat(Messages.forLocale(Locale.UK).getString("connect.button")).isEqualTo("Connect");
    }

    @Test
    void untranslatedLanguageFallsBackToEnglish() {
        ResourceBundle french = Messages.forLocale(Locale.FRENCH);

        assertThat(french.getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
