package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles of this layer say every key in every language with the same arguments; broken ones are refused by name. */
class BundlesAgreeTest {

    private static final Language EN = Language.of("en");
    private static final Languages WITH_PSEUDO =
            new Languages(List.of(EN, Language.of("ru"), Language.of("kk"), PseudoBundles.PSEUDO), EN);

    @ParameterizedTest
    @ValueSource(strings = {Phrasebook.COMMON, Phrasebook.FINDINGS})
    void everyKeyIsSaidInEveryLanguageWithTheSameArguments(String layer) {
        assertThat(Phrasebook.problems(Languages.standard(), layer)).isEmpty();
    }

    @Test
    void everyConstantTheCoreNamesHasALabelInEveryLanguage() {
        var phrases = Phrasebook.load(Languages.standard(), List.of());
        for (var type : List.of(
                LegalForm.class,
                LegalBasis.class,
                Document.Signatory.class,
                EducationLevel.class,
                EducationField.class,
                Role.class,
                Status.class,
                Verdict.class)) {
            for (var constant : type.getEnumConstants()) {
                assertThat(phrases.has(type.getSimpleName() + "." + constant.name()))
                        .as("%s.%s", type.getSimpleName(), constant.name())
                        .isTrue();
            }
        }
    }

    @Test
    void aBrokenLayerIsReportedKeyByKeyWithItsFile() {
        var problems = Phrasebook.problems(WITH_PSEUDO, "kz/qualify/wording/broken");

        assertThat(problems)
                .contains(
                        "kz/qualify/wording/broken_ru.properties: key count is given twice",
                        "kz/qualify/wording/broken_ru.properties: key greeting uses {person} but"
                                + " kz/qualify/wording/broken_en.properties uses {name}",
                        "kz/qualify/wording/broken_ru.properties: key only.english is missing (it is in"
                                + " kz/qualify/wording/broken_en.properties)",
                        "kz/qualify/wording/broken_ru.properties: count: a plural must give the forms"
                                + " [few, many, one, other]; missing [few, many]",
                        "kz/qualify/wording/broken_en_XA.properties: missing (each layer has a bundle in every"
                                + " language: [en, ru, kk, en-XA])")
                .anySatisfy(p ->
                        assertThat(p).startsWith("kz/qualify/wording/broken_ru.properties: bad: not a valid message"))
                .anySatisfy(
                        p -> assertThat(p)
                                .startsWith(
                                        "kz/qualify/wording/broken_kk.properties: typed: not a valid message: {n, number/date/…}"));
    }

    @Test
    void loadingABrokenLayerFailsNamingEveryProblem() {
        assertThatThrownBy(() -> Phrasebook.load(WITH_PSEUDO, List.of("kz/qualify/wording/broken")))
                .isInstanceOf(WordingException.class)
                .hasMessageContaining("broken_ru.properties: key only.english is missing")
                .hasMessageContaining("broken_en_XA.properties: missing");
    }
}
