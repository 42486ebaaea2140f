package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broken calendar, terms file or bundle is refused at load, every problem named by its file, line
 * and field.
 */
class ProcedureFilesTest {

    private static final String CALENDAR = Catalog.resource(Catalog.CALENDAR);
    private static final String TERMS = Catalog.resource(Catalog.TERMS);

    private static List<String> calendar(String text) {
        return CalendarFile.problems("working-calendar.yaml", text);
    }

    private static List<String> terms(String text) {
        return TermsFile.problems("licensing-terms.yaml", text);
    }

    private static int lineOf(String text, String fragment) {
        var at = text.indexOf(fragment);
        assertThat(at).as(fragment).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theBundledFilesHaveNoProblems() {
        assertThat(calendar(CALENDAR)).isEmpty();
        assertThat(terms(TERMS)).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsNamedWithItsLineAndField() {
        var broken = CALENDAR.replace("date: 2012-05-09", "date: 2012-05-32");
        assertThat(calendar(broken))
                .singleElement()
                .asString()
                .startsWith("working-calendar.yaml:" + lineOf(broken, "2012-05-32") + ": holidays[")
                .endsWith(".date: must be a date YYYY-MM-DD, was '2012-05-32'");
    }

    @Test
    void aMisspeltFieldIsNotSilentlyIgnored() {
        var broken = CALENDAR.replaceFirst("    onWeekend: NOT_MOVED", "    onWeekends: NOT_MOVED");
        assertThat(calendar(broken))
                .anyMatch(p -> p.contains("holidays[2].onWeekends: unknown field"))
                .anyMatch(p -> p.contains("holidays[2].onWeekend: is required"));
    }

    @Test
    void aTransferOntoAWorkingDayOrFromAWeekdayIsRefused() {
        // Friday 28 December 2012 is already a working day
        var fromWeekday = CALENDAR.replace("workingDay: 2012-12-29", "workingDay: 2012-12-28");
        assertThat(calendar(fromWeekday))
                .singleElement()
                .asString()
                .startsWith("working-calendar.yaml:" + lineOf(fromWeekday, "workingDay: 2012-12-28")
                        + ": transfers[2].workingDay: ")
                .endsWith("makes a Saturday or Sunday a working day, but 2012-12-28 is a Friday");
        // Sunday 30 December is already a day off
        var ontoWeekend = CALENDAR.replace("dayOff: 2012-12-31", "dayOff: 2012-12-30");
        assertThat(calendar(ontoWeekend))
                .singleElement()
                .asString()
                .endsWith("transfers[2].dayOff: a transfer gives a weekday off, but 2012-12-30 is a Sunday");
    }

    @Test
    void aTransferOntoAHolidayOrTheDayOffInItsPlaceIsRefused() {
        var ontoHoliday = CALENDAR.replace("dayOff: 2013-10-14", "dayOff: 2013-10-15");
        assertThat(calendar(ontoHoliday))
                .singleElement()
                .asString()
                .endsWith(
                        "transfers[4].dayOff: a transfer gives a weekday off, but 2013-10-15 is the holiday kurban-ait");
        // Monday 8 July 2013 is already off in place of Capital Day on Saturday 6 July
        var ontoSubstitute = CALENDAR.replace("dayOff: 2013-10-14", "dayOff: 2013-07-08");
        assertThat(calendar(ontoSubstitute))
                .singleElement()
                .asString()
                .endsWith("but 2013-07-08 is the day off instead of the holiday capital-day of 2013-07-06");
    }

    @Test
    void twoTransfersOfOneDayAndAHolidayOutsideTheYearsAreRefused() {
        var twice = CALENDAR.replace("workingDay: 2013-05-04", "workingDay: 2013-10-12");
        assertThat(calendar(twice)).anyMatch(p -> p.endsWith("2013-10-12 is already moved by another transfer"));
        var outside = CALENDAR.replace("covers: [2012, 2013]", "covers: [2012]");
        assertThat(calendar(outside))
                .anyMatch(p -> p.endsWith(".date: 2013-01-01 is not in a year the calendar covers [2012]"))
                .anyMatch(p -> p.endsWith(".workingDay: 2013-05-04 is not in a year the calendar covers [2012]"));
    }

    @Test
    void aDecreeDateLeftOutRatherThanWrittenNullIsNamed() {
        var broken = CALENDAR.replace("number: \"1538\", signedOn: null}", "number: \"1538\"}");
        assertThat(calendar(broken))
                .singleElement()
                .asString()
                .endsWith("transfers[2].decree.signedOn: is required (null where the date was not seen)");
    }

    @Test
    void aDecreeWhoseNameAndNumberDisagreeIsNamed() {
        var broken = CALENDAR.replace("number: \"1068\"", "number: \"1086\"");
        assertThat(calendar(broken))
                .singleElement()
                .asString()
                .endsWith("transfers[4].decree.act: does not name the decree's number № 1086");
    }

    @Test
    void anUnknownCertaintyIsNamed() {
        var broken = CALENDAR.replaceFirst("\n    certainty: KNOWN\n", "\n    certainty: SURE\n");
        assertThat(calendar(broken))
                .singleElement()
                .asString()
                .endsWith("holidays[0].certainty: 'SURE' is not one of [KNOWN, ASSUMED]");
    }

    @Test
    void aTermNamingAConsequenceNotListedIsRefusedAndAnUnusedOneIsNamed() {
        var broken = TERMS.replace("ifMissed: licensor-in-default", "ifMissed: licence-deemed-issued");
        assertThat(terms(broken))
                .anyMatch(p -> p.startsWith("licensing-terms.yaml:" + lineOf(broken, "licence-deemed-issued")
                        + ": terms[1].ifMissed: unknown consequence 'licence-deemed-issued'"))
                .anyMatch(p -> p.endsWith("consequences[3].id: no term names the consequence licensor-in-default"));
    }

    @Test
    void anArticleLeftOutRatherThanWrittenNullIsNamed() {
        var broken = TERMS.replace("    article: null\n    paragraph: null\n", "    paragraph: null\n");
        assertThat(terms(broken))
                .singleElement()
                .asString()
                .endsWith("terms[1].article: is required (null where it was not verified)");
    }

    @Test
    void aTermOfNoDaysOrAnUnknownUnitIsRefused() {
        assertThat(terms(TERMS.replace("days: 15", "days: 0")))
                .singleElement()
                .asString()
                .endsWith("terms[1].days: a term runs 1 to 366 days, not 0");
        assertThat(terms(TERMS.replace(
                        "unit: WORKING_DAYS\n    startsOn: FILING\n    restartsOn: [RESUBMISSION]\n    within: licence",
                        "unit: BANK_DAYS\n    startsOn: FILING\n    restartsOn: [RESUBMISSION]\n    within: licence")))
                .singleElement()
                .asString()
                .endsWith("terms[1].unit: 'BANK_DAYS' is not one of [WORKING_DAYS, CALENDAR_DAYS]");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> TermsFile.read("licensing-terms.yaml", "terms: [unclosed\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("licensing-terms.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void everyLanguageHasEveryEntry() {
        var catalog = Catalog.standard();
        var words = catalog.procedureWords();
        var keys = Catalog.procedureKeys(catalog.calendar(), catalog.terms());
        assertThat(words.keys()).containsExactlyInAnyOrderElementsOf(keys);
        for (var key : keys) {
            var kk = words.text("kk", key);
            var ru = words.text("ru", key);
            var en = words.text("en", key);
            assertThat(kk).as("kk " + key).containsPattern("\\p{IsCyrillic}");
            assertThat(ru).as("ru " + key).containsPattern("\\p{IsCyrillic}").doesNotContainPattern("[әғқңөұүһі]");
            assertThat(en).as("en " + key).doesNotContainPattern("\\p{IsCyrillic}");
        }
        // the Kazakh names are Kazakh, not the Russian copied over
        assertThat(keys)
                .filteredOn(k -> words.text("kk", k).equals(words.text("ru", k)))
                .as("same words in kk and ru")
                .containsOnly("procedure.holiday.nauryz");
    }

    @Test
    void aBundleMissingAnEntryOrHoldingAnUnknownOneIsNamed() {
        var catalog = Catalog.standard();
        var keys = Catalog.procedureKeys(catalog.calendar(), catalog.terms());
        var bundles = new HashMap<>(Catalog.procedureBundles());
        var kk = bundles.get("kk");
        bundles.put("kk", kk.replaceFirst("procedure.term.decision=[^\n]*\n", "procedure.term.decisoin=Шешім\n"));
        var line = lineOf(bundles.get("kk"), "decisoin");
        assertThatThrownBy(() -> ProcedureWords.read(bundles, keys))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "procedure_kk.properties:" + line
                                                + ": procedure.term.decisoin: no term, consequence or holiday has this key",
                                        "procedure_kk.properties: no words for procedure.term.decision"));
        bundles.remove("en");
        assertThatThrownBy(() -> ProcedureWords.read(bundles, keys))
                .hasMessageContaining("procedure_en.properties: missing — every language needs its bundle");
    }

    @Test
    void anEntryWithoutWordsIsNamed() {
        var catalog = Catalog.standard();
        var keys = Catalog.procedureKeys(catalog.calendar(), catalog.terms());
        var bundles = new HashMap<>(Catalog.procedureBundles());
        bundles.put(
                "ru",
                bundles.get("ru").replace("procedure.holiday.kurban-ait=Курбан айт", "procedure.holiday.kurban-ait="));
        assertThatThrownBy(() -> ProcedureWords.read(bundles, keys))
                .hasMessageContaining("procedure_ru.properties:")
                .hasMessageContaining("procedure.holiday.kurban-ait: has no words");
    }
}
