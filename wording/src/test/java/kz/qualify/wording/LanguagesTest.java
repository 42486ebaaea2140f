package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    private static final Languages OURS =
            new Languages(List.of(Language.of("en"), Language.of("ru"), Language.of("kk")), Language.of("en"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kk | kk",
                "kk-KZ | kk",
                "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7 | ru",
                "de-DE, en;q=0.5 | en",
                "fr;q=0.9, kk;q=0.1 | kk",
                "en-GB | en"
            })
    void theHeadersPreferredLanguageAmongOursIsChosen(String header, String expected) {
        assertThat(OURS.negotiate(header)).contains(Language.of(expected));
    }

    @Test
    void aHeaderNamingNoneOfOursOrUnreadableChoosesNothing() {
        assertThat(OURS.negotiate("de, fr")).isEmpty();
        assertThat(OURS.negotiate(";;;q=x")).isEmpty();
    }

    @Test
    void aTagIsFoundByItsPrimaryLanguage() {
        assertThat(OURS.find("KK-kz")).contains(Language.of("kk"));
        assertThat(OURS.find("de")).isEmpty();
    }

    @Test
    void aTagIsRefusedWhenItIsNotOne() {
        assertThatThrownBy(() -> Language.of("../etc")).isInstanceOf(IllegalArgumentException.class);
    }
}
