package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.qualify.assessment.Checklist;
import kz.qualify.law.Edition;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checklist of the bundled edition: what an applicant prepares, in English, Russian and Kazakh. */
class ChecklistTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Edition EDITION = CATALOG.editions().all().getFirst();
    private static final Wording WORDING = new Wording(Phrasebook.load(Phrasebook.FINDINGS), CATALOG.glossaries());

    private static Words in(String language) {
        return WORDING.in(Language.of(language), EDITION.id());
    }

    private static Checklist.Line line(int activity, Set<String> subs, Set<String> works, String requirement) {
        return Checklist.of(EDITION, activity, subs, works).stream()
                .filter(l -> l.requirement().id().equals(requirement))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> provide(String language, Checklist.Line line) {
        return in(language).render(line.provide());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everyLineSaysWhatToHaveInEveryLanguage(int activity) {
        var lines = Checklist.of(EDITION, activity, Set.of(), Set.of());
        assertThat(lines).isNotEmpty();
        for (var l : lines) {
            assertThat(l.provide()).as("lines of %s", l.requirement().id()).isNotEmpty();
            assertThat(provide("ru", l))
                    .as("Russian lines of %s", l.requirement().id())
                    .allSatisfy(p -> assertThat(p)
                            .containsPattern("\\p{IsCyrillic}")
                            .doesNotContainPattern("\\b(asset|service|contract|with a copy|owned|apply as)\\b"));
            assertThat(provide("kk", l))
                    .as("Kazakh lines of %s", l.requirement().id())
                    .allSatisfy(p -> assertThat(p).doesNotContainPattern("[A-Za-z]"))
                    .isNotEqualTo(provide("ru", l));
        }
    }

    @Test
    void whoMayApplyIsNamedInTheAnnexsWords() {
        var l = line(2, Set.of(), Set.of(), "2#legal-form");
        assertThat(provide("ru", l))
                .containsExactly("заявитель — физическое лицо (индивидуальный предприниматель), юридическое лицо,"
                        + " филиал юридического лица, представительство юридического лица");
        assertThat(provide("kk", l))
                .containsExactly(
                        "өтініш беруші — жеке тұлға (жеке кәсіпкер), заңды тұлға, заңды тұлғаның филиалы, заңды тұлғаның өкілдігі");
        // English has always listed the constants alphabetically
        assertThat(provide("en", l))
                .containsExactly(
                        "apply as one of [BRANCH, INDIVIDUAL_ENTREPRENEUR, LEGAL_ENTITY, REPRESENTATIVE_OFFICE]");
    }

    @Test
    void anAssetIsNamedWithItsLegalBasisAndTitleDocument() {
        var l = line(1, Set.of(), Set.of(), "1.1");
        assertThat(provide("ru", l))
                .contains("подстанции: имущество «подстанции» в собственности или на ином законном основании,"
                        + " с копией правоустанавливающего документа");
        assertThat(provide("en", l))
                .contains("подстанции: asset подстанции / substations [substations], owned or on another legal basis,"
                        + " with a copy of the title document");
        assertThat(provide("kk", l))
                .contains("қосалқы станциялар: мүлік «қосалқы станциялар» — меншікте немесе өзге де заңды негізде,"
                        + " құқық белгілейтін құжаттың көшірмесімен");
    }

    @Test
    void theAlternativesOfItemSevenAreJoinedByOr() {
        var l = line(7, Set.of(), Set.of(), "7.2");
        assertThat(provide("ru", l)).anyMatch(p -> p.contains(" ИЛИ ") && p.contains("договор или протокол намерений"));
        assertThat(provide("kk", l)).anyMatch(p -> p.contains(" НЕМЕСЕ ") && p.contains("шарт немесе ниет хаттамасы"));
        assertThat(provide("en", l)).anyMatch(p -> p.contains(" OR ") && p.contains("contract or protocol of intent"));
    }

    @Test
    void aNeedTheDossierCannotSettleIsLeftToTheOfficer() {
        var l = line(3, Set.of("3.a6"), Set.of(), "3.2.a6");
        assertThat(provide("en", l).getLast()).endsWith(" (where applicable; the officer judges)");
        assertThat(provide("kk", l).getLast())
                .startsWith("химиялық реагенттерді сақтауға арналған сыйымдылықтар (оларды пайдаланған жағдайда): ")
                .endsWith("(қолданылатын жағдайда; лицензиардың лауазымды тұлғасы бағалайды)");
        assertThat(provide("en", l).getFirst()).doesNotContain("officer");
    }

    @Test
    void theShareAndTheCapitalKeepTheirFigures() {
        assertThat(provide("ru", line(1, Set.of(), Set.of(), "1.3")))
                .first()
                .asString()
                .startsWith("не менее 70 % производственного персонала");
        assertThat(provide("kk", line(1, Set.of(), Set.of(), "1.3")))
                .startsWith("өндірістік персоналдың кемінде 70 %-ы — білікті техникалық басшылар мен мамандар");
        assertThat(provide("ru", line(7, Set.of(), Set.of(), "7.3")))
                .singleElement()
                .asString()
                .contains("не менее 10000 МРП", "банковской справкой");
        assertThat(provide("kk", line(7, Set.of(), Set.of(), "7.3")))
                .singleElement()
                .asString()
                .contains("кемінде 10000 АЕК");
        var scope = line(4, Set.of(), Set.of("repair"), "4#equipment-scope");
        assertThat(provide("ru", scope)).singleElement().asString().contains("> 0,7 кгс/см²", "> 115 °С");
        assertThat(provide("en", scope)).singleElement().asString().contains("> 0.7 kgf/cm²", "> 115 °C");
    }
}
