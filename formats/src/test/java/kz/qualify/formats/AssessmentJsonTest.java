package kz.qualify.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.law.ClauseRef;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.wording.Glossaries;
import kz.qualify.wording.Glossary;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AssessmentJsonTest {

    static final String EDITION = "test-edition";

    /** A test edition's names: 3.2.a16 has no Russian name, so none is written. */
    static final Glossaries GLOSSARIES = glossaries();

    static final AssessmentJson JSON =
            new AssessmentJson(new Wording(Phrasebook.load(Phrasebook.FINDINGS), Map.of(EDITION, GLOSSARIES)));

    static final Finding SHARE = new Finding(
            "1.3",
            ClauseRef.subitem(1, 3),
            "не менее 70 %",
            Status.NOT_MET,
            Message.of("finding.staff.share.below", Arg.count("required", 70)),
            List.of(Message.of(
                    "finding.staff.share.figure",
                    Arg.count("qualified", 6),
                    Arg.count("staff", 10),
                    Arg.decimal("share", new BigDecimal("60.0")),
                    Arg.count("required", 70))),
            List.of(new Finding.Issue(
                    "row-4",
                    Message.of(
                            "reason.experienceBelow",
                            Arg.count("heldYears", 0),
                            Arg.count("heldMonths", 6),
                            Arg.count("requiredYears", 1),
                            Arg.count("requiredMonths", 0)))),
            List.of(Message.of("remedy.staff.share.stateMissing")));
    static final Finding LAB = new Finding(
            "3.2.a16",
            new ClauseRef(3, 2, 16),
            "аккредитованной лаборатории",
            Status.MET,
            Message.of("finding.provision.MET", Arg.count("needs", 1)),
            List.of(),
            List.of(),
            List.of());

    private static Glossaries glossaries() {
        var en = new Glossary(
                Map.of(),
                Map.of(),
                Map.of("1.3", "Qualified staff share", "3.2.a16", "Laboratory"),
                Map.of("1.3", "70 % exactly satisfies"),
                Map.of());
        var ru = new Glossary(
                Map.of(),
                Map.of(),
                Map.of("1.3", "Доля квалифицированного персонала", "3.2.a16", ""),
                Map.of("1.3", "ровно 70 % достаточно"),
                Map.of());
        var russian = Language.of("ru");
        return new Glossaries(russian, Map.of(Language.of("en"), en, russian, ru, Language.of("kk"), ru));
    }

    static final Assessment ASSESSMENT = new Assessment(
            LocalDate.of(2012, 11, 1),
            Verdict.NON_COMPLIANT,
            EDITION,
            "2026.11.1",
            1,
            "АО «Шыгыс Электр Желісі»",
            List.of(SHARE, LAB),
            Message.of(
                    "assessment.NON_COMPLIANT",
                    Arg.count("notMet", 1),
                    Arg.count("missing", 0),
                    Arg.count("review", 0)));

    @Test
    void writesTheVerdictEditionAndCountsAtTheTop() {
        var tree = JSON.tree(ASSESSMENT);

        assertThat(tree.get("verdict").stringValue()).isEqualTo("NON_COMPLIANT");
        assertThat(tree.get("message").stringValue())
                .isEqualTo("1 requirement(s) not met, 0 missing evidence, 0 for the officer's review");
        assertThat(tree.get("messageRu").stringValue())
                .isEqualTo(
                        "не выполнено требований: 1, не хватает подтверждения: 0, на рассмотрение должностного лица: 0");
        assertThat(tree.get("asOf").stringValue()).isEqualTo("2012-11-01");
        assertThat(tree.at("/edition/id").stringValue()).isEqualTo(EDITION);
        assertThat(tree.at("/edition/rulesVersion").stringValue()).isEqualTo("2026.11.1");
        assertThat(tree.get("activity").intValue()).isEqualTo(1);
        assertThat(tree.get("applicant").stringValue()).isEqualTo("АО «Шыгыс Электр Желісі»");
        assertThat(tree.at("/counts/NOT_MET").intValue()).isEqualTo(1);
        assertThat(tree.at("/counts/MET").intValue()).isEqualTo(1);
        assertThat(tree.at("/counts/NEEDS_REVIEW").intValue()).isZero();
        assertThat(tree.get("counts").propertyNames()).hasSize(Status.values().length);
    }

    @Test
    void writesEachFindingWithClauseCitationAndIssues() {
        var finding = JSON.tree(ASSESSMENT).at("/findings/0");

        assertThat(finding.get("requirement").stringValue()).isEqualTo("1.3");
        assertThat(finding.get("clause").stringValue()).isEqualTo("1.3");
        assertThat(finding.has("paragraph")).isFalse();
        assertThat(finding.get("citation").stringValue()).isEqualTo("п. 1 пп. 3)");
        assertThat(finding.get("title").stringValue()).isEqualTo("Qualified staff share");
        assertThat(finding.get("status").stringValue()).isEqualTo("NOT_MET");
        assertThat(finding.get("summary").stringValue()).isEqualTo("the qualified share is below 70 %");
        assertThat(finding.get("quote").stringValue()).isEqualTo("не менее 70 %");
        assertThat(finding.get("interpretation").stringValue()).isEqualTo("70 % exactly satisfies");
        assertThat(finding.at("/figures/0").stringValue())
                .isEqualTo("qualified 6 of 10 production staff = 60.0 %, needs ≥ 70 %");
        assertThat(finding.at("/issues/0/ref").stringValue()).isEqualTo("row-4");
        assertThat(finding.at("/issues/0/problem").stringValue())
                .isEqualTo("experience 0 y 6 m, needs at least 1 y 0 m");
        assertThat(finding.at("/remedies/0").stringValue())
                .isEqualTo("state the missing experience or education of the rows listed");
        assertThat(finding.at("/ru/title").stringValue()).isEqualTo("Доля квалифицированного персонала");
        assertThat(finding.at("/ru/interpretation").stringValue()).isEqualTo("ровно 70 % достаточно");
        assertThat(finding.at("/ru/summary").stringValue()).isEqualTo("доля квалифицированного персонала ниже 70 %");
        assertThat(finding.at("/ru/figures/0").stringValue())
                .isEqualTo("квалифицированных 6 из 10 человек производственного персонала = 60,0 %, требуется ≥ 70 %");
        assertThat(finding.at("/ru/issues/0/ref").stringValue()).isEqualTo("row-4");
        assertThat(finding.at("/ru/issues/0/problem").stringValue())
                .isEqualTo("стаж 0 г. 6 мес., требуется не менее 1 г. 0 мес.");
        assertThat(finding.at("/ru/remedies/0").stringValue())
                .isEqualTo("указать недостающие сведения о стаже или образовании по перечисленным строкам");
    }

    @Test
    void givesTheParagraphOnlyWhenTheClauseHasOneAndOmitsAnEmptyInterpretation() {
        var finding = JSON.tree(ASSESSMENT).at("/findings/1");

        assertThat(finding.get("clause").stringValue()).isEqualTo("3.2");
        assertThat(finding.get("paragraph").intValue()).isEqualTo(16);
        assertThat(finding.get("citation").stringValue()).isEqualTo("п. 3 пп. 2) абз. 16");
        assertThat(finding.has("interpretation")).isFalse();
        assertThat(finding.at("/ru/summary").stringValue())
                .isEqualTo("все требуемые позиции (1) имеются и подтверждены");
        assertThat(finding.at("/ru").has("title"))
                .as("no Russian name given, none written")
                .isFalse();
        assertThat(finding.get("issues").isArray()).isTrue();
        assertThat(finding.get("issues").isEmpty()).isTrue();
    }

    @Test
    void writesEveryTextInTheOneLanguageAskedWithoutTheRussianTwins() {
        var kazakh = JSON.tree(ASSESSMENT, Language.of("kk"));
        var english = JSON.tree(ASSESSMENT, Language.of("en"));

        assertThat(kazakh.get("message").stringValue())
                .isEqualTo("орындалмаған талаптар: 1, растауы жеткіліксіз: 0, лауазымды тұлғаның қарауына: 0");
        assertThat(kazakh.has("messageRu")).isFalse();
        assertThat(kazakh.at("/findings/0").has("ru")).isFalse();
        assertThat(kazakh.at("/findings/0/title").stringValue()).isEqualTo("Доля квалифицированного персонала");
        assertThat(kazakh.at("/findings/0/status").stringValue()).isEqualTo("NOT_MET");
        assertThat(kazakh.at("/findings/0/issues/0/ref").stringValue()).isEqualTo("row-4");
        var bilingual = JSON.tree(ASSESSMENT);
        bilingual.remove("messageRu");
        bilingual.withArray("findings").forEach(f -> ((ObjectNode) f).remove("ru"));
        assertThat(english).as("English alone is the contract's English").isEqualTo(bilingual);
    }

    @Test
    void writesANullEditionWhenNoneWasInForce() {
        var none = new Assessment(
                LocalDate.of(2020, 1, 1),
                Verdict.NO_EDITION_IN_FORCE,
                null,
                null,
                1,
                "X",
                List.of(),
                Message.of("assessment.NO_EDITION_IN_FORCE"));

        var tree = JSON.tree(none);

        assertThat(tree.get("edition").isNull()).isTrue();
        assertThat(tree.get("findings").isEmpty()).isTrue();
    }

    @Test
    void writesTextThatParsesBackToTheSameTree() {
        var text = JSON.write(ASSESSMENT);
        var compact = JSON.writeCompact(ASSESSMENT);

        assertThat(Jackson.MAPPER.readTree(text)).isEqualTo(JSON.tree(ASSESSMENT));
        assertThat(Jackson.MAPPER.readTree(compact)).isEqualTo(JSON.tree(ASSESSMENT));
        assertThat(compact).doesNotContain("\n");
    }
}
