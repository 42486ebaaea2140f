package kz.qualify.catalog;

import static kz.qualify.catalog.Decree967RulesTest.CATALOG;
import static kz.qualify.catalog.Decree967RulesTest.EDITION;
import static kz.qualify.catalog.Decree967RulesTest.EN;
import static kz.qualify.catalog.Decree967RulesTest.as;
import static kz.qualify.catalog.Decree967RulesTest.assess;
import static kz.qualify.catalog.Decree967RulesTest.compliant;
import static kz.qualify.catalog.Decree967RulesTest.finding;
import static kz.qualify.catalog.Decree967RulesTest.with;
import static kz.qualify.catalog.Decree967RulesTest.withCapital;
import static kz.qualify.catalog.Decree967RulesTest.withStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qualify.assessment.Assessment;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.law.Money;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding says in Russian what it says in English: the same number of figures, issues and
 * remedies, each in Cyrillic and with the same numbers — over compliant dossiers of every item and
 * dossiers that fail in each way the policies know.
 */
class RussianFindingsTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Words RU =
            new Wording(Phrasebook.load(Phrasebook.FINDINGS), CATALOG.glossaries()).in(Language.of("ru"), EDITION.id());

    static Stream<Dossier> dossiers() {
        var all = new ArrayList<Dossier>();
        for (int item = 1; item <= 7; item++) {
            var d = compliant(item);
            all.add(d);
            all.add(withStaff(d, List.of())); // nobody listed
            all.add(withStaff(d, CompliantDossiers.staff(item, 1, 10))); // too few qualified
            all.add(with(d, b -> b.applicant(as(d, LegalForm.BRANCH)))); // item 1 names no branches
            all.add(with(d, b -> b.assets(List.of()).services(List.of()).documents(List.of())));
            all.add(with(d, b -> b.programmes(List.of()).contracts(List.of()).permits(List.of())));
            all.add(with(d, b -> b.subActivities(java.util.Set.of()).works(java.util.Set.of())));
        }
        var seven = compliant(7);
        var capital = seven.workingCapital();
        all.add(with(seven, b -> b.workingCapital(null)));
        all.add(with(seven, b -> b.workingCapital(new WorkingCapital(Money.tenge(1_000_000), null, null, null))));
        all.add(with(
                seven,
                b -> b.workingCapital(new WorkingCapital(
                        Money.tenge(20_000_000),
                        capital.bank(),
                        LocalDate.of(2013, 1, 1),
                        capital.certificateDocument()))));
        var four = compliant(4);
        all.add(with(
                four,
                b -> b.equipment(List.of(
                        new EquipmentUnit(
                                "eq-1", "boiler", "котёл", new BigDecimal("0.7"), new BigDecimal("116"), false),
                        new EquipmentUnit("eq-2", "pressure-vessel", "сосуд", null, null, false),
                        new EquipmentUnit("eq-3", "furnace", "печь", null, null, false)))));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("dossiers")
    void everyFindingSaysInRussianWhatItSaysInEnglish(Dossier dossier) {
        Assessment a = assess(dossier);
        assertThat(RU.render(a.summary())).containsPattern(CYRILLIC);
        for (var f : a.findings()) {
            var what = f.requirementId() + " (" + f.status() + ")";
            assertThat(RU.title(f.requirementId())).as("title of %s", what).containsPattern(CYRILLIC);
            assertThat(RU.render(f.summary())).as("summary of %s", what).containsPattern(CYRILLIC);
            for (int i = 0; i < f.figures().size(); i++) {
                var m = f.figures().get(i);
                sameWordsAndNumbers(what + " figure " + i, EN.render(m), RU.render(m));
            }
            for (int i = 0; i < f.remedies().size(); i++) {
                var m = f.remedies().get(i);
                sameWordsAndNumbers(what + " remedy " + i, EN.render(m), RU.render(m));
            }
            for (var issue : f.issues()) {
                sameWordsAndNumbers(
                        what + " issue " + issue.ref(), EN.render(issue.problem()), RU.render(issue.problem()));
            }
        }
    }

    private static void sameWordsAndNumbers(String what, String en, String ru) {
        assertThat(ru).as("%s: %s", what, en).containsPattern(CYRILLIC);
        var numbersEn = DIGITS.matcher(en).results().map(m -> m.group()).toList();
        var numbersRu = DIGITS.matcher(ru).results().map(m -> m.group()).toList();
        assertThat(numbersRu).as("numbers of %s: %s / %s", what, en, ru).containsAll(numbersEn);
    }

    @Test
    void theShareAndWhatWouldSatisfyItReadAsAnOfficerWritesThem() {
        var f = finding(assess(withStaff(compliant(1), CompliantDossiers.staff(1, 69, 100))), "1.3");
        assertThat(RU.render(f.figures().getFirst()))
                .isEqualTo(
                        "квалифицированных 69 из 100 человек производственного персонала = 69,0 %, требуется ≥ 70 %");
        assertThat(RU.render(f.remedies())).singleElement().asString().startsWith("ещё 1 квалифицированный");
    }

    @Test
    void theCapitalShortfallIsInTengeWithADecimalComma() {
        var f = finding(
                CATALOG.evaluator().assess(withCapital(compliant(7), 16_180_000), LocalDate.of(2013, 1, 1)), "7.3");
        assertThat(RU.render(f.figures())).contains("требуется: 10000 МРП = 17 310 000,00 ₸");
        assertThat(RU.render(f.remedies()))
                .containsExactly(
                        "недостаёт 1 130 000,00 ₸: увеличьте оборотные средства не менее чем до 17 310 000,00 ₸");
    }

    @Test
    void aBranchUnderItemOneIsToldWhoMayApply() {
        var d = compliant(1);
        var f = finding(assess(with(d, b -> b.applicant(as(d, LegalForm.BRANCH)))), "1#legal-form");
        assertThat(RU.render(f.summary())).isEqualTo("пункт 1 не распространяется на: филиал юридического лица");
        assertThat(f.issues())
                .singleElement()
                .satisfies(i -> assertThat(RU.render(i.problem()))
                        .isEqualTo("филиал юридического лица — не названо в пункте 1"));
    }
}
