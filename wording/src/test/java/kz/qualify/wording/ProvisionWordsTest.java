package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import kz.qualify.dossier.Document;
import kz.qualify.law.Money;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The provision, equipment scope and working capital findings read in Kazakh and Russian: counts
 * that need no noun form, the Russian instrumental case chosen by the signatory, alternatives joined
 * by the language's "or", and Kazakh with no Latin letter in it.
 */
class ProvisionWordsTest {

    private static final Language EN = Language.of("en");
    private static final Language RU = Language.of("ru");
    private static final Language KK = Language.of("kk");

    private static final Glossaries EDITION = new Glossaries(
            RU,
            Map.of(
                    EN, glossary("power-supply", "power supply contract", "licence", "licence"),
                    RU, glossary("power-supply", "договор электроснабжения", "licence", "лицензия"),
                    KK, glossary("power-supply", "электрмен жабдықтау шарты", "licence", "лицензия")));

    private static final Wording WORDING =
            new Wording(Phrasebook.load(Languages.standard(), List.of(Phrasebook.FINDINGS)), Map.of("e", EDITION));

    private static Glossary glossary(String code, String name, String code2, String name2) {
        return new Glossary(
                Map.of(1, "1"),
                Map.of(code, name, code2, name2),
                Map.of("1.1", "1.1"),
                Map.of(),
                Map.of("1.1/1", "сетей электроснабжения"));
    }

    private static String say(Language language, Message m) {
        return WORDING.in(language, "e").render(m);
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"0, 0", "1, 1", "1, 2", "2, 5", "5, 21", "21, 21"})
    void unitsWithinTheScopeAreCountedWithoutANounForm(long inScope, long declared) {
        var m = Message.of("figure.equipment.inScope", Arg.count("inScope", inScope), Arg.count("declared", declared));
        assertThat(say(KK, m)).isEqualTo("қолданылу аясында: мәлімделген " + declared + " бірліктің " + inScope);
        assertThat(say(RU, m)).isEqualTo("в сфере действия: " + inScope + " из " + declared + " заявленных единиц");
        assertThat(say(EN, m)).isEqualTo(inScope + " of " + declared + " declared unit(s) within the scope");
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "2", "5", "21"})
    void needsAndMrpAreCountedInParenthesesOrBeforeTheirUnit(long n) {
        var needs = Message.of("finding.provision.MET", Arg.count("needs", n));
        assertThat(say(RU, needs)).isEqualTo("все требуемые позиции (" + n + ") имеются и подтверждены");
        assertThat(say(KK, needs)).isEqualTo("талап етілетін барлық позициялар (" + n + ") бар және расталған");
        var mrp = Message.of("finding.capital.NOT_MET", Arg.count("minMrp", n));
        assertThat(say(RU, mrp)).isEqualTo("оборотные средства меньше " + n + " МРП");
        assertThat(say(KK, mrp)).isEqualTo("айналым қаражаты " + n + " АЕК мөлшерінен аз");
    }

    @Test
    void amountsAndMeasuresTakeTheLanguagesDecimalSign() {
        var required = Message.of(
                "figure.capital.required", Arg.count("minMrp", 10_000), Arg.money("required", Money.of("17310000")));
        assertThat(say(EN, required)).isEqualTo("required: 10000 МРП = 17 310 000.00 ₸");
        assertThat(say(RU, required)).isEqualTo("требуется: 10000 МРП = 17 310 000,00 ₸");
        assertThat(say(KK, required)).isEqualTo("талап етіледі: 10000 АЕК = 17 310 000,00 ₸");
        var pressure = Message.of(
                "issue.equipment.pressureNotAbove",
                Arg.decimal("pressure", new BigDecimal("0.5")),
                Arg.decimal("pressureAbove", new BigDecimal("0.7")));
        assertThat(say(EN, pressure)).isEqualTo("working pressure 0.5 kgf/cm² is not above 0.7 kgf/cm²");
        assertThat(say(RU, pressure)).isEqualTo("рабочее давление 0,5 кгс/см² не выше 0,7 кгс/см²");
        assertThat(say(KK, pressure)).isEqualTo("жұмыс қысымы 0,5 кгс/см², бұл 0,7 кгс/см² шамасынан жоғары емес");
    }

    @ParameterizedTest
    @CsvSource({
        "FIRST_HEAD, подписан первым руководителем и заверен печатью, бірінші басшы қол қойған және мөрмен куәландырылған",
        "ACTING_HEAD, 'подписан лицом, замещающим первого руководителя и заверен печатью',"
                + " бірінші басшының міндетін атқаратын тұлға қол қойған және мөрмен куәландырылған",
        "APPLICANT, подписан заявителем и заверен печатью, өтініш беруші қол қойған және мөрмен куәландырылған",
        "OTHER, подписан иным лицом и заверен печатью, өзге тұлға қол қойған және мөрмен куәландырылған"
    })
    void russianPutsTheSignatoryInTheInstrumentalCase(Document.Signatory signer, String ru, String kk) {
        var m = Message.of("outcome.provision.document.signedAndSealed", Arg.label("signer", signer));
        assertThat(say(RU, m)).isEqualTo(ru);
        assertThat(say(KK, m)).isEqualTo(kk);
        assertThat(say(EN, m)).isEqualTo("signed by " + signer.name() + " and sealed");
    }

    @Test
    void alternativesAreOfferedJoinedByTheLanguagesOr() {
        var m = Message.of(
                "remedy.provision.provide",
                Arg.items(
                        "options",
                        "list.or",
                        List.of(
                                Arg.message(
                                        "option",
                                        Message.of(
                                                "remedy.provision.option.contractOrProtocol",
                                                Arg.code("code", "power-supply"))),
                                Arg.message(
                                        "option",
                                        Message.of("remedy.provision.option.permit", Arg.code("code", "licence"))))));
        assertThat(say(EN, m))
                .isEqualTo("provide a contract or protocol of intent 'договор электроснабжения / power supply contract'"
                        + " or a licence or permit 'лицензия / licence'");
        assertThat(say(RU, m))
                .isEqualTo("представьте договор или протокол намерений «договор электроснабжения»"
                        + " или лицензию или разрешение «лицензия»");
        assertThat(say(KK, m))
                .isEqualTo("ұсынылуы тиіс: «электрмен жабдықтау шарты» шарты немесе ниет хаттамасы"
                        + " немесе «лицензия» лицензиясы немесе рұқсаты");
    }

    @Test
    void needsFigureNamesTheNeedInTheLawsWords() {
        var m = Message.of("figure.provision.SATISFIED", Arg.need("need", "1.1/1"), Arg.text("ref", "net-1"));
        assertThat(say(EN, m)).isEqualTo("сетей электроснабжения: present (net-1)");
        assertThat(say(RU, m)).isEqualTo("сетей электроснабжения: имеется (net-1)");
        assertThat(say(KK, m)).isEqualTo("сетей электроснабжения: бар (net-1)");
    }

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    @ParameterizedTest
    @EnumSource(Prefix.class)
    void kazakhSentencesHaveNoLatinLetterAndNoRussianWord(Prefix prefix) throws Exception {
        var kk = new Properties();
        try (var in = getClass().getResourceAsStream("/kz/qualify/wording/findings_kk.properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            kk.load(reader);
        }
        var keys = kk.stringPropertyNames().stream()
                .filter(k -> k.contains("." + prefix.name().toLowerCase(java.util.Locale.ROOT) + "."))
                .toList();
        assertThat(keys).hasSizeGreaterThan(10);
        for (var key : keys) {
            // an argument left unsaid ("{law, select, other {}}") is no word of the sentence either
            var words = PLACEHOLDER
                    .matcher(kk.getProperty(key).replaceAll("\\{\\w+, select, other \\{}}", ""))
                    .replaceAll("");
            assertThat(LATIN.matcher(words).find()).as("%s: %s", key, words).isFalse();
            // letters Kazakh does not use, and words only Russian has
            assertThat(words).as(key).doesNotContain("ё", "щ", "ъ", " и ", " или ", " не ", "МРП");
        }
    }

    enum Prefix {
        PROVISION,
        EQUIPMENT,
        CAPITAL
    }
}
