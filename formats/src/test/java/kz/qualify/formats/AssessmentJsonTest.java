package kz.qualify.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qualify.assessment.Assessment;
import kz.qualify.assessment.Finding;
import kz.qualify.assessment.Status;
import kz.qualify.assessment.Verdict;
import kz.qualify.law.ClauseRef;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {

    static final AssessmentJson JSON = new AssessmentJson();

    static final Finding SHARE = new Finding(
            "1.3",
            ClauseRef.subitem(1, 3),
            "Qualified staff share",
            "не менее 70 %",
            "70 % exactly satisfies",
            Status.NOT_MET,
            "share below 70 %",
            List.of("qualified 6 of 10 production staff = 60.0 %, needs ≥ 70 %"),
            List.of(new Finding.Issue(
                    "row-4",
                    "experience 0 y 6 m, needs at least 1 y 0 m",
                    "стаж 0 г. 6 мес., требуется не менее 1 г.")),
            List.of("1 more qualified specialist"),
            new Finding.Russian(
                    "Доля квалифицированного персонала",
                    "ровно 70 % достаточно",
                    "доля ниже 70 %",
                    List.of("квалифицированных 6 из 10 = 60,0 %, требуется ≥ 70 %"),
                    List.of("ещё 1 квалифицированный специалист")));
    static final Finding LAB = new Finding(
            "3.2.a16",
            new ClauseRef(3, 2, 16),
            "Laboratory",
            "аккредитованной лаборатории",
            "",
            Status.MET,
            "present",
            List.of(),
            List.of(),
            List.of(),
            new Finding.Russian("", "", "имеется", List.of(), List.of()));

    static final Assessment ASSESSMENT = new Assessment(
            LocalDate.of(2012, 11, 1),
            Verdict.NON_COMPLIANT,
            "1 requirement(s) not met",
            "не выполнено требований: 1",
            "decree-967-2012",
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
        assertThat(tree.get("message").stringValue()).isEqualTo("1 requirement(s) not met");
        assertThat(tree.get("messageRu").stringValue()).isEqualTo("не выполнено требований: 1");
        assertThat(tree.get("asOf").stringValue()).isEqualTo("2012-11-01");
        assertThat(tree.at("/edition/id").stringValue()).isEqualTo("decree-967-2012");
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
        assertThat(finding.get("summary").stringValue()).isEqualTo("share below 70 %");
        assertThat(finding.get("quote").stringValue()).isEqualTo("не менее 70 %");
        assertThat(finding.get("interpretation").stringValue()).isEqualTo("70 % exactly satisfies");
        assertThat(finding.at("/figures/0").stringValue()).startsWith("qualified 6 of 10");
        assertThat(finding.at("/issues/0/ref").stringValue()).isEqualTo("row-4");
        assertThat(finding.at("/issues/0/problem").stringValue()).contains("needs at least 1 y");
        assertThat(finding.at("/remedies/0").stringValue()).isEqualTo("1 more qualified specialist");
        assertThat(finding.at("/ru/title").stringValue()).isEqualTo("Доля квалифицированного персонала");
        assertThat(finding.at("/ru/interpretation").stringValue()).isEqualTo("ровно 70 % достаточно");
        assertThat(finding.at("/ru/summary").stringValue()).isEqualTo("доля ниже 70 %");
        assertThat(finding.at("/ru/figures/0").stringValue()).startsWith("квалифицированных 6 из 10");
        assertThat(finding.at("/ru/issues/0/ref").stringValue()).isEqualTo("row-4");
        assertThat(finding.at("/ru/issues/0/problem").stringValue())
                .isEqualTo("стаж 0 г. 6 мес., требуется не менее 1 г.");
        assertThat(finding.at("/ru/remedies/0").stringValue()).isEqualTo("ещё 1 квалифицированный специалист");
    }

    @Test
    void givesTheParagraphOnlyWhenTheClauseHasOneAndOmitsAnEmptyInterpretation() {
        var finding = JSON.tree(ASSESSMENT).at("/findings/1");

        assertThat(finding.get("clause").stringValue()).isEqualTo("3.2");
        assertThat(finding.get("paragraph").intValue()).isEqualTo(16);
        assertThat(finding.get("citation").stringValue()).isEqualTo("п. 3 пп. 2) абз. 16");
        assertThat(finding.has("interpretation")).isFalse();
        assertThat(finding.at("/ru/summary").stringValue()).isEqualTo("имеется");
        assertThat(finding.at("/ru").has("title"))
                .as("no Russian name given, none written")
                .isFalse();
        assertThat(finding.get("issues").isArray()).isTrue();
        assertThat(finding.get("issues").isEmpty()).isTrue();
    }

    @Test
    void writesANullEditionWhenNoneWasInForce() {
        var none = new Assessment(
                LocalDate.of(2020, 1, 1),
                Verdict.NO_EDITION_IN_FORCE,
                "no edition in force",
                "ни одна редакция не действует",
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
