package kz.qualify.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Money;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final Language EN = Language.of("en");
    private static final Language RU = Language.of("ru");
    private static final Language KK = Language.of("kk");
    private static final Languages THREE = new Languages(List.of(EN, RU, KK), EN);

    private static final Glossaries EDITION = new Glossaries(
            RU,
            Map.of(
                    EN, glossary("order", "copy of an order"),
                    RU, glossary("order", "копия приказа"),
                    KK, glossary("order", "бұйрықтың көшірмесі")));

    private static final Wording WORDING =
            new Wording(Phrasebook.load(THREE, List.of("kz/qualify/wording/sample")), Map.of("e", EDITION));

    private static Glossary glossary(String code, String name) {
        return new Glossary(
                Map.of(1, "activity"), Map.of(code, name), Map.of("1.1", "title"), Map.of(), Map.of("1.1/1", "need"));
    }

    private static final Message ALL = Message.of(
            "sample.all",
            Arg.count("c", 10_000),
            Arg.decimal("d", new BigDecimal("0.7")),
            Arg.money("m", Money.of("17310000")),
            Arg.date("day", LocalDate.of(2012, 11, 1)),
            Arg.clause("cl", ClauseRef.parse("3.2.a16")),
            Arg.code("code", "order"),
            Arg.label("lab", LegalBasis.LEASE),
            Arg.text("t", "Электроснабжение"));

    @Test
    void englishWritesCountsAsDigitsClausesByIdAndCodesByTheLawsNameAndItsOwn() {
        assertThat(WORDING.in(EN, "e").render(ALL))
                .isEqualTo("count 10000, decimal 0.7, money 17 310 000.00 ₸, date 2012-11-01, clause 3.2.a16,"
                        + " code копия приказа / copy of an order, label LEASE, text Электроснабжение");
    }

    @Test
    void russianWritesADecimalCommaIsoDatesTheLawsCitationAndItsOwnNames() {
        // ISO dates, as the Russian JSON and reports have always written them; Kazakh writes day first
        assertThat(WORDING.in(RU, "e").render(ALL))
                .isEqualTo("число 10000, дробь 0,7, сумма 17 310 000,00 ₸, дата 2012-11-01, пункт п. 3 пп. 2) абз. 16,"
                        + " код копия приказа, метка аренда, текст Электроснабжение");
    }

    @Test
    void kazakhNamesCodesAndConstantsInKazakhAndLeavesVerbatimTextAlone() {
        assertThat(WORDING.in(KK, "e").render(ALL))
                .isEqualTo("сан 10000, бөлшек 0,7, сома 17 310 000,00 ₸, күні 01.11.2012, тармақ п. 3 пп. 2) абз. 16,"
                        + " код бұйрықтың көшірмесі, белгі мүліктік жалдау, мәтін Электроснабжение");
    }

    @Test
    void aSelectChoosesByTheConstantAndOtherwiseNamesIt() {
        var head = Message.of("sample.select", Arg.label("signer", Document.Signatory.FIRST_HEAD));
        var other = Message.of("sample.select", Arg.label("signer", Document.Signatory.OTHER));

        assertThat(WORDING.in(RU).render(head)).isEqualTo("подписан первым руководителем");
        assertThat(WORDING.in(RU).render(other)).isEqualTo("подписан: иное лицо");
        assertThat(WORDING.in(EN).render(other)).isEqualTo("signed by OTHER");
    }

    @Test
    void doubledApostrophesQuoteAndASingleOneIsAnApostrophe() {
        assertThat(WORDING.in(EN, "e").render(Message.of("sample.quoted", Arg.code("code", "order"))))
                .isEqualTo("the code 'копия приказа / copy of an order' is the officer's");
    }

    @Test
    void aNestedMessageAndAListAreSaidInTheSameLanguage() {
        var reason = Message.of("sample.reason", Arg.text("number", "12"));
        var list = Message.of(
                "sample.list",
                Arg.items("options", "list.or", List.of(Arg.code("", "order"), Arg.message("", reason))));

        assertThat(WORDING.in(KK, "e").render(Message.of("sample.nested", Arg.message("reason", reason))))
                .isEqualTo("сәйкес келмейді: № 12 бұйрықтың көшірмесі қоса берілмеген");
        assertThat(WORDING.in(RU, "e").render(list))
                .isEqualTo("представьте копия приказа или не приложена копия приказа № 12");
        assertThat(WORDING.in(EN, "e").render(list))
                .isEqualTo("provide копия приказа / copy of an order or no copy of order № 12");
    }

    @Test
    void anExactCaseComesBeforeThePluralForm() {
        var ru = WORDING.in(RU);

        assertThat(ru.render(Message.of("sample.exact", Arg.count("n", 0)))).isEqualTo("никого");
        assertThat(ru.render(Message.of("sample.exact", Arg.count("n", 22)))).isEqualTo("22 человека");
        assertThat(WORDING.in(KK).render(Message.of("sample.exact", Arg.count("n", 5))))
                .isEqualTo("5 адам");
    }

    @Test
    void theEditionNamesRequirementsAndNeedsAndACodeOutsideItStaysACode() {
        var kk = WORDING.in(KK, "e");

        assertThat(kk.title("1.1")).isEqualTo("title");
        assertThat(kk.need("1.1/1")).isEqualTo("need");
        assertThat(kk.term("order")).isEqualTo("бұйрықтың көшірмесі");
        assertThat(kk.render(Message.of("sample.quoted", Arg.code("code", "unheard-of"))))
                .isEqualTo("«unheard-of» коды");
    }

    @Test
    void aMessageWithoutTheArgumentItsSentenceNeedsIsRefusedByKey() {
        assertThatThrownBy(() -> WORDING.in(RU).render(Message.of("sample.reason")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample.reason (ru): no argument {number} given");
        assertThatThrownBy(() -> WORDING.in(RU).render(Message.of("sample.unheard-of")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no sentence 'sample.unheard-of'");
    }
}
