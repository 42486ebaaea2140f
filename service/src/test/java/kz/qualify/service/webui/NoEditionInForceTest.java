package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qualify.catalog.Catalog;
import kz.qualify.law.Editions;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import org.junit.jupiter.api.Test;

/**
 * The catalogue asked for a date no edition covers says so with a sentence of its own in each
 * language (api.catalogue.noEditionInForce), naming the nearest edition and when it starts or ended.
 */
class NoEditionInForceTest {

    private static final Wording WORDING = new Wording(
            Phrasebook.load(Phrasebook.FINDINGS, Speech.API), Catalog.standard().glossaries());

    private static String say(String language, LocalDate date) {
        var lookup = Catalog.standard().editions().on(date);
        assertThat(lookup).isInstanceOf(Editions.Lookup.NoneInForce.class);
        return WORDING.in(Language.of(language))
                .render(CatalogueController.noneInForce((Editions.Lookup.NoneInForce) lookup));
    }

    @Test
    void beforeTheFirstEditionItSaysWhenTheNearestComesIntoForce() {
        var edition = Catalog.standard().editions().all().getFirst();
        var before = edition.inForceFrom().minusYears(1);
        assertThat(say("en", before)).contains(edition.id(), "comes into force").doesNotContain("until");
        assertThat(say("ru", before)).contains(edition.id(), "вступает в силу").doesNotContain("действовала");
        assertThat(say("kk", before))
                .contains(edition.id(), "күшіне енеді")
                .doesNotContain("қолданылды")
                // the edition's id is a code the sentence names; the rest is Kazakh
                .satisfies(kk -> assertThat(kk.replace(edition.id(), "")).doesNotContainPattern("\\p{IsLatin}"));
    }

    @Test
    void afterTheLastEditionEndedItSaysUntilWhenItWasInForce() {
        var edition = Catalog.standard().editions().all().getLast();
        assertThat(edition.inForceUntil()).isNotNull();
        var after = edition.inForceUntil().plusYears(1);
        var lastDay = edition.inForceUntil().minusDays(1);
        assertThat(say("en", after))
                .contains(edition.id(), "was in force until")
                .doesNotContain("comes into force");
        assertThat(say("ru", after)).contains("действовала по").contains(String.valueOf(lastDay.getYear()));
        assertThat(say("kk", after)).contains("дейін қолданылды").contains(String.valueOf(lastDay.getYear()));
    }
}
