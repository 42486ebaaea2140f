package kz.qualify.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qualify.wording.Language;
import kz.qualify.wording.Languages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLanguageTest {

    private static final Languages OURS =
            new Languages(List.of(Language.of("en"), Language.of("ru"), Language.of("kk")), Language.of("en"));

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} → {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-    | -                          | en",
                "-    | kk-KZ,kk;q=0.9,ru;q=0.8    | kk",
                "-    | ru                         | ru",
                "kk   | ru                         | kk",
                "KK   | -                          | kk",
                "de   | ru                         | ru",
                "kz   | -                          | en",
                "-    | de-DE,de;q=0.9             | en",
                "-    | not a header;;;            | en"
            })
    void theQueryChoosesThenTheHeaderThenEnglish(String parameter, String header, String expected) {
        assertThat(RequestLanguage.choose(OURS, parameter, header)).isEqualTo(Language.of(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"lang=kk | kk", "asOf=2012-11-01&lang=ru | ru", "language=kk | -", "- | -", "lang=ru%2DRU | ru-RU"
            })
    void langIsReadFromTheQueryStringOnly(String query, String expected) {
        assertThat(RequestLanguage.queryParameter(query)).isEqualTo(expected);
    }
}
