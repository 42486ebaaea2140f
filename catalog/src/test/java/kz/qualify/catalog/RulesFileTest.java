package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qualify.law.Act;
import org.junit.jupiter.api.Test;

/** A broken rules file is refused at load, with every problem named by file, line and field. */
class RulesFileTest {

    private static final Act ACT = Catalog.standard().act();
    private static final String RULES = Catalog.resource(Catalog.RULES);

    private static java.util.List<String> problems(String text) {
        return RulesFile.problems("rules.yaml", text, ACT);
    }

    private static int lineOf(String text, String fragment) {
        var before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theBundledFileHasNoProblems() {
        assertThat(problems(RULES)).isEmpty();
    }

    @Test
    void aQuoteThatIsNotTheLawsWordsIsNamedWithItsLine() {
        var broken = RULES.replace(
                "состава (не менее 70 % от общей численности производственного персонала) квалифицированных технических руководителей и специалистов, отвечающих соответствующему образовательному уровню (для руководителей - высшее образование в сфере электроэнергетики",
                "состава (не менее 60 % от общей численности производственного персонала) квалифицированных технических руководителей и специалистов, отвечающих соответствующему образовательному уровню (для руководителей - высшее образование в сфере электроэнергетики");
        var line = lineOf(broken, "не менее 60 %");
        assertThat(problems(broken))
                .singleElement()
                .asString()
                .startsWith("rules.yaml:" + line + ": requirements[")
                .endsWith(".quote: not found verbatim in clause 1.3 of the act");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        var broken = RULES.replace("minSharePercent: 70", "minSharePercent: 170")
                .replace("{asset: substations}", "{asset: substation}")
                .replace("kind: working-capital", "kind: working-capitol");
        var problems = problems(broken);
        assertThat(problems).hasSize(4); // two share rules, one code, one kind
        assertThat(problems).anyMatch(p -> p.contains("rule: share must be 1…100 %, was 170"));
        assertThat(problems).anyMatch(p -> p.contains(".anyOf[0].asset: unknown code 'substation'"));
        assertThat(problems).anyMatch(p -> p.contains("rule.kind: unknown rule kind 'working-capitol'"));
    }

    @Test
    void aNameInAnotherLanguageIsRefusedHereForItsPlaceIsTheGlossary() {
        var russianTitle =
                RULES.replaceFirst("\n    title: ", "\n    titleRu: Кто может быть лицензиатом\n    title: ");
        assertThat(problems(russianTitle)).singleElement().asString().contains("titleRu: unknown field");

        var namedCode = RULES.replace("{code: \"3.a5\"}", "{code: \"3.a5\", ru: \"проектирование добычи\"}");
        assertThat(problems(namedCode)).singleElement().asString().contains("ru: unknown field");

        var namedActivity = RULES.replaceFirst("\n  - item: 1\n", "\n  - item: 1\n    en: electricity transmission\n");
        assertThat(problems(namedActivity)).singleElement().asString().contains("en: unknown field");
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsItsName() {
        // Jackson's YAML tree reads "*shared" as the text "shared": a reading would silently be lost
        var aliased = RULES.replaceFirst("    interpretation: >-\n", "    interpretation: &shared >-\n")
                .replaceFirst("    interpretation: >-\n(      [^\n]*\n)+", "    interpretation: *shared\n");
        var line = lineOf(aliased, "*shared");
        assertThat(problems(aliased))
                .anyMatch(
                        p -> p.startsWith("rules.yaml:" + line + ": requirements[")
                                && p.endsWith(
                                        ".interpretation: the alias *shared is not supported here: write the value out in full"));
    }

    @Test
    void aMisspeltFieldIsNotSilentlyIgnored() {
        var broken = RULES.replaceFirst("    applies: always\n", "    aplies: always\n");
        assertThat(problems(broken))
                .anyMatch(p -> p.contains(".aplies: unknown field"))
                .anyMatch(p -> p.contains(".applies: is required"));
    }

    @Test
    void aClauseTheActDoesNotHaveIsRefused() {
        var broken = RULES.replace("clause: \"7.5\"", "clause: \"7.6\"");
        assertThat(problems(broken)).singleElement().asString().contains("clause: the act has no clause 7.6");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> RulesFile.read("rules.yaml", "edition:\n  id: [unclosed\n", ACT))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("rules.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void mrpTableProblemsNameTheirLine() {
        assertThatThrownBy(() -> MrpFile.read(
                        "mrp.yaml",
                        "- {from: 2012-01-01, value: 1618, law: x}\n- {from: 2013-13-01, value: -5, law: y}\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("mrp.yaml:2: [1].from: must be a date YYYY-MM-DD");
    }
}
