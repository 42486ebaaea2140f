package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.qualify.assessment.Checklist;
import kz.qualify.law.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checklist of the bundled edition: what an applicant prepares, in English and in Russian. */
class ChecklistTest {

    private static final Edition EDITION = Catalog.standard().editions().all().getFirst();

    private static Checklist.Line line(int activity, Set<String> subs, Set<String> works, String requirement) {
        return Checklist.of(EDITION, activity, subs, works).stream()
                .filter(l -> l.requirement().id().equals(requirement))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everyLineSaysWhatToHaveInRussianAsInEnglish(int activity) {
        var lines = Checklist.of(EDITION, activity, Set.of(), Set.of());
        assertThat(lines).isNotEmpty();
        for (var l : lines) {
            assertThat(l.provideRu()).as("lines of %s", l.requirement().id()).hasSameSizeAs(l.provide());
            assertThat(l.provideRu())
                    .as("Russian lines of %s", l.requirement().id())
                    .allSatisfy(p -> assertThat(p)
                            .containsPattern("\\p{IsCyrillic}")
                            .doesNotContainPattern("\\b(asset|service|contract|with a copy|owned|apply as)\\b"));
        }
    }

    @Test
    void whoMayApplyIsNamedInTheAnnexsWords() {
        assertThat(line(1, Set.of(), Set.of(), "1#legal-form").provideRu())
                .containsExactly("заявитель — физическое лицо (индивидуальный предприниматель), юридическое лицо");
    }

    @Test
    void anAssetIsNamedWithItsLegalBasisAndTitleDocument() {
        assertThat(line(1, Set.of(), Set.of(), "1.1").provideRu())
                .contains("подстанции: имущество «подстанции» в собственности или на ином законном основании,"
                        + " с копией правоустанавливающего документа");
    }

    @Test
    void theAlternativesOfItemSevenAreJoinedByOr() {
        assertThat(line(7, Set.of(), Set.of(), "7.2").provideRu())
                .anyMatch(p -> p.contains(" ИЛИ ") && p.contains("договор или протокол намерений"));
    }

    @Test
    void theShareAndTheCapitalKeepTheirFigures() {
        assertThat(line(1, Set.of(), Set.of(), "1.3").provideRu())
                .first()
                .asString()
                .startsWith("не менее 70 % производственного персонала");
        assertThat(line(7, Set.of(), Set.of(), "7.3").provideRu())
                .singleElement()
                .asString()
                .contains("не менее 10000 МРП", "банковской справкой");
        assertThat(line(4, Set.of(), Set.of("repair"), "4#equipment-scope").provideRu())
                .singleElement()
                .asString()
                .contains("> 0,7 кгс/см²", "> 115 °С");
    }
}
