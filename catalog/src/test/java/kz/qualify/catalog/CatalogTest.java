package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Editions;
import kz.qualify.law.Publication;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void loadsTheBundledEditionWithoutProblems() {
        var edition = catalog.editions().all().getFirst();
        assertThat(edition.id()).isEqualTo("decree-967-2012");
        assertThat(edition.activities()).extracting(a -> a.item()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void everySubitemOfEveryItemIsEncodedByAtLeastOneRequirement() {
        var edition = catalog.editions().all().getFirst();
        int subitems = 0;
        for (var item : catalog.act().annexItems()) {
            for (int s = 1; s <= item.subitemCount(); s++) {
                subitems++;
                int sub = s;
                assertThat(edition.requirements())
                        .as("requirements encoding clause %d.%d", item.number(), s)
                        .anyMatch(r ->
                                r.clause().item() == item.number() && r.clause().subitem() == sub);
            }
        }
        assertThat(subitems).isEqualTo(30);
    }

    @Test
    void everyRequirementIsNamedAndReadInRussianAsInEnglish() {
        var cyrillic = java.util.regex.Pattern.compile("\\p{IsCyrillic}");
        var digits = java.util.regex.Pattern.compile("\\d+");
        var edition = catalog.editions().all().getFirst();
        var ru = catalog.glossaries().get(edition.id()).in(kz.qualify.wording.Language.of("ru"));
        for (var r : edition.requirements()) {
            assertThat(ru.titles().get(r.id()))
                    .as("Russian title of %s", r.id())
                    .containsPattern(cyrillic);
            var interpretationRu = ru.interpretations().getOrDefault(r.id(), "");
            assertThat(interpretationRu.isEmpty())
                    .as("Russian reading of %s given exactly when the English is", r.id())
                    .isEqualTo(r.interpretation().isEmpty());
            if (r.interpretation().isEmpty()) continue;
            assertThat(interpretationRu).as("Russian reading of %s", r.id()).containsPattern(cyrillic);
            // a translation keeps every figure: the thresholds and article numbers are the reading
            var english = digits.matcher(r.interpretation())
                    .results()
                    .map(m -> m.group())
                    .toList();
            var russian = digits.matcher(interpretationRu)
                    .results()
                    .map(m -> m.group())
                    .toList();
            assertThat(russian)
                    .as("numbers of the Russian reading of %s", r.id())
                    .containsAll(english);
        }
    }

    @Test
    void everyItemSaysWhoMayHoldTheLicence() {
        var edition = catalog.editions().all().getFirst();
        for (int item = 1; item <= 7; item++) {
            int i = item;
            assertThat(edition.requirements()).anyMatch(r -> r.id().equals(i + "#legal-form"));
        }
    }

    @Test
    void theEditionIsInForceTwentyTwoDaysAfterItsPublicationUntilTheRepealTakesEffect() {
        var edition = catalog.editions().all().getFirst();
        assertThat(edition.enactedBy().certainty()).isEqualTo(Publication.Certainty.ASSUMED);
        assertThat(edition.inForceFrom())
                .isEqualTo(edition.enactedBy().publishedOn().plusDays(22));
        assertThat(edition.inForceUntil())
                .isEqualTo(edition.repealedBy().publishedOn().plusDays(22));
    }

    @Test
    void aDateOnEachSideOfTheEditionsBoundsFindsOrMissesIt() {
        var edition = catalog.editions().all().getFirst();
        var from = edition.inForceFrom();
        var until = edition.inForceUntil();
        assertThat(catalog.editions().on(from)).isInstanceOf(Editions.Lookup.InForce.class);
        assertThat(catalog.editions().on(from.minusDays(1))).isInstanceOf(Editions.Lookup.NoneInForce.class);
        assertThat(catalog.editions().on(until.minusDays(1))).isInstanceOf(Editions.Lookup.InForce.class);
        assertThat(catalog.editions().on(until)).isInstanceOf(Editions.Lookup.NoneInForce.class);
        var none = (Editions.Lookup.NoneInForce) catalog.editions().on(LocalDate.of(2026, 11, 25));
        assertThat(none.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(none.nearest().id()).isEqualTo("decree-967-2012");
    }

    @Test
    void paragraphSixteenOfItemThreeIsThePetrochemicalSubActivity() {
        var text = catalog.act().text(ClauseRef.paragraph(3, 16)).orElseThrow();
        assertThat(text).startsWith("для проектирования (технологического) и (или) эксплуатации нефтехимических");
    }
}
