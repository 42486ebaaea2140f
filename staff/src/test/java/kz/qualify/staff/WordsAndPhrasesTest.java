package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsAndPhrasesTest {

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "Электромонтёр                 | электромонтер",
                "Мұнай-газ ісі                 | мунай газ иси",
                "Мунай-газ iсi                 | мунай газ иси",
                "ТЕПЛОЭНЕРГЕТИКА               | теплоэнергетика",
                "Тeплоэнергетика               | теплоэнергетика",
                "«Электроснабжение» (по отраслям) | электроснабжение по отраслям",
                "№ п/п                         | № п п",
                "Chief engineer                | chief engineer"
            })
    void foldsCaseYoKazakhLettersLatinLookAlikesAndPunctuation(String text, String folded) {
        assertThat(Words.normalize(text)).isEqualTo(folded);
    }

    @Test
    void cleansWhiteSpaceButLeavesCleanTextAsItIs() {
        assertThat(Words.clean("  Иванов\u00A0 Иван\n Иванович ")).isEqualTo("Иванов Иван Иванович");
        var clean = "Иванов Иван";
        assertThat(Words.clean(clean)).isSameAs(clean);
    }

    @ParameterizedTest(name = "''{0}'' matches ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "главный инженер       | Заместитель главного инженера",
                "горное дело           | Горного дела",
                "электроэнергетика     | Электроэнергетические системы и сети",
                "специальность         | Специальности по диплому",
                "руководитель          | Руководители"
            })
    void aPhraseMatchesWordsWithOtherRussianEndings(String phrase, String text) {
        var phrases = new Phrases<String>();
        phrases.add(phrase, false, "x");
        assertThat(phrases.best(Words.tokens(text))).isPresent();
    }

    @Test
    void aWordMarkedWholeDoesNotMatchLongerWords() {
        var phrases = new Phrases<String>();
        phrases.add("техник!", false, "technician");
        assertThat(phrases.best(Words.tokens("Техник-электрик"))).isPresent();
        assertThat(phrases.best(Words.tokens("Транспортная техника"))).isEmpty();
    }

    @Test
    void anExactPhraseMustBeTheWholeCell() {
        var phrases = new Phrases<String>();
        phrases.add("мес", true, "months");
        assertThat(phrases.best(Words.tokens("мес."))).isPresent();
        assertThat(phrases.best(Words.tokens("стаж, лет и мес"))).isEmpty();
    }

    @Test
    void theLongestPhraseWinsAndTheFirstListedOnATie() {
        var phrases = new Phrases<String>();
        phrases.add("главный", false, "MANAGER");
        phrases.add("главный специалист", false, "SPECIALIST");
        phrases.add("электрические станции", false, "ELECTRIC");
        phrases.add("тепловые электрические станции", false, "HEAT");
        phrases.add("инженер", false, "first");
        phrases.add("инженер", true, "second");
        assertThat(phrases.best(Words.tokens("Главный специалист"))
                        .orElseThrow()
                        .value())
                .isEqualTo("SPECIALIST");
        assertThat(phrases.best(Words.tokens("Главный энергетик")).orElseThrow().value())
                .isEqualTo("MANAGER");
        assertThat(phrases.best(Words.tokens("Тепловые электрические станции"))
                        .orElseThrow()
                        .value())
                .isEqualTo("HEAT");
        assertThat(phrases.best(Words.tokens("Инженер")).orElseThrow().value()).isEqualTo("first");
    }

    @Test
    void matchesCoveredByALongerOneAreNotSeparateReadings() {
        var phrases = new Phrases<String>();
        phrases.add("электрические станции", false, "ELECTRIC");
        phrases.add("тепловые электрические станции", false, "HEAT");
        phrases.add("машиностроение", false, "MECHANICAL");
        assertThat(phrases.maximal(Words.tokens("Тепловые электрические станции")))
                .extracting(Phrases.Match::value)
                .containsExactly("HEAT");
        assertThat(phrases.maximal(Words.tokens("Машиностроение; электрические станции")))
                .extracting(Phrases.Match::value)
                .containsExactlyInAnyOrder("MECHANICAL", "ELECTRIC");
    }
}
