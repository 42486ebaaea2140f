package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The import report's three bundles, and the text table in each language speaking only it. */
class ReportLanguagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Latin words of two letters or more; a column letter ("J") is not a word. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    /** The syntax of an ICU plural ({@code {0, plural, one {# жыл} other {# жыл}}}), which is no word of any language. */
    private static final String ICU_PLURAL_SYNTAX = "\\{\\d+,\\s*plural,|\\b(zero|one|two|few|many|other)\\s*\\{";
    /** Names that are the same in every language: file formats and encodings. */
    private static final Set<String> NAMES = Set.of("XLSX", "XLS", "CSV", "UTF", "LE", "BE", "windows", "Excel");

    @Test
    void theBundlesHaveTheSameKeysAndPlaceholders() {
        var en = Phrase.Bundles.bundle(ReportLanguage.en);
        for (var language : ReportLanguage.values()) {
            var bundle = Phrase.Bundles.bundle(language);
            assertThat(bundle.stringPropertyNames()).as(language.name()).isEqualTo(en.stringPropertyNames());
            for (var key : en.stringPropertyNames()) {
                var extra = new TreeSet<>(placeholders(bundle.getProperty(key)));
                assertThat(extra).as(language + " " + key).containsAll(placeholders(en.getProperty(key)));
                extra.removeAll(placeholders(en.getProperty(key)));
                assertThat(extra).as(language + " " + key).isEmpty();
            }
        }
    }

    @Test
    void kazakhHasNoLatinAndEnglishNoCyrillicOutsideQuotes() {
        assertThat(offending(Phrase.Bundles.bundle(ReportLanguage.kk), LATIN_WORD))
                .isEmpty();
        assertThat(offending(Phrase.Bundles.bundle(ReportLanguage.ru), LATIN_WORD))
                .as("Russian: only Excel, a name")
                .allSatisfy(word -> assertThat(word).isEqualTo("Excel"));
        assertThat(offending(Phrase.Bundles.bundle(ReportLanguage.en), CYRILLIC))
                .isEmpty();
    }

    @Test
    void everyWordTheTableShowsHasItsKeyInEveryLanguage() {
        var constants = new ArrayList<Enum<?>>();
        constants.addAll(List.of(RowStatus.values()));
        constants.addAll(List.of(Role.values()));
        constants.addAll(List.of(EducationLevel.values()));
        constants.addAll(List.of(EducationField.values()));
        constants.addAll(List.of(StaffColumn.values()));
        for (var language : ReportLanguage.values()) {
            for (var c : constants) {
                assertThat(Phrase.word(c, language))
                        .as(language + " " + c)
                        .isNotBlank()
                        .isNotEqualTo(c.name());
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "messy.xlsx, kk",
        "messy.xlsx, ru",
        "messy.xlsx, en",
        "kazakh.xlsx, kk",
        "kazakh.xlsx, ru",
        "kazakh.xlsx, en",
        "clean-ru-1251.csv, kk",
        "clean-ru-1251.csv, en",
        "education-ru.xlsx, kk",
        "education-en.xlsx, ru",
        "education-kk.xlsx, en"
    })
    void theTableSpeaksOneLanguageBesideWhatTheFileSays(String fixture, ReportLanguage language) throws Exception {
        var result = Fixtures.read(fixture);
        var text = StaffImportReport.text(result, StaffImportReport.Rows.ALL, language);
        var words = withoutTheFilesWords(text, result);
        if (language == ReportLanguage.en) {
            assertThat(words).doesNotContainPattern(CYRILLIC.pattern());
        } else {
            var latin = new TreeSet<String>();
            var m = LATIN_WORD.matcher(words);
            while (m.find()) if (!NAMES.contains(m.group())) latin.add(m.group());
            assertThat(latin).as(words).isEmpty();
        }
        // the words of the language itself are there, so the check above saw a table
        assertThat(text)
                .contains(
                        Phrase.of("table.remarks").in(language),
                        Phrase.of("table.summary", 0, 0, 0, 0, 0, 0)
                                .in(language)
                                .substring(0, 5));
    }

    /**
     * The table with what comes from the file removed: the name and position cells, the header
     * captions, the file and sheet names, and every quoted cell in the remarks.
     */
    private static String withoutTheFilesWords(String text, StaffImport result) {
        var data = new ArrayList<String>();
        data.add(result.fileName());
        data.add(result.header().sheet());
        for (var c : result.header().columns()) data.add(c.header());
        for (var r : result.rows()) {
            if (r.excerpt() != null) data.add(r.excerpt());
            if (r.member() != null) {
                data.add(r.member().fullName());
                data.add(r.member().position());
            }
        }
        var cuts = new ArrayList<String>();
        for (var d : data) {
            cuts.add(d);
            for (int max : new int[] {28, 32, 50, 60}) if (d.length() > max) cuts.add(d.substring(0, max - 1) + "…");
        }
        cuts.sort(Comparator.comparingInt(String::length).reversed());
        var words = text;
        for (var d : cuts) if (!d.isEmpty()) words = words.replace(d, "");
        return words.replaceAll("'[^'\n]*'", "''").replaceAll("«[^»\n]*»", "«»");
    }

    private static Set<String> offending(Properties bundle, Pattern pattern) {
        var found = new TreeSet<String>();
        for (var key : bundle.stringPropertyNames()) {
            var value = bundle.getProperty(key)
                    .replaceAll("'[^']*'", "")
                    .replaceAll("\\{\\d+}", "")
                    .replaceAll(ICU_PLURAL_SYNTAX, "");
            Matcher m = pattern.matcher(value);
            while (m.find()) found.add(key + ": " + m.group());
        }
        return found.stream()
                .map(s -> s.substring(s.indexOf(": ") + 2))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String text) {
        var found = new TreeSet<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }
}
