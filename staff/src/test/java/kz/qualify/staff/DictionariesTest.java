package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.dossier.EducationField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The YAML dictionaries: loaded and checked at load, and consistent with themselves. */
class DictionariesTest {

    @Test
    void theShippedDictionariesLoad() {
        var d = Dictionaries.standard();
        assertThat(d.specialtyNames().size()).isGreaterThan(200);
        assertThat(d.specialtiesByCode())
                .containsKeys("5B071800", "050718", "5B071700", "050717", "5B070800", "050708");
        assertThat(d.titles().size()).isGreaterThan(150);
        assertThat(d.headers().size()).isGreaterThan(100);
    }

    @Test
    void everySpecialtyEntryReadsItsOwnNameAsItsField() throws IOException {
        List<Map<String, Object>> entries;
        try (var in = Dictionaries.class.getResourceAsStream("specialties.yaml")) {
            @SuppressWarnings("unchecked")
            var file = (Map<String, List<Map<String, Object>>>)
                    YAMLMapper.builder().build().readValue(in, Map.class);
            entries = file.get("specialties");
        }
        var reading = new PersonReading(
                Dictionaries.standard(),
                Layout.of(Map.of(StaffColumn.FULL_NAME, 0, StaffColumn.POSITION, 1), List.of(2), 1),
                Merges.none(),
                Set.of());
        int row = 2;
        for (var entry : entries) {
            var name = (String) entry.get("name");
            var field = EducationField.valueOf((String) entry.get("field"));
            var report = reading.read(new RawRow(row++, new String[] {"Иванов", "Инженер", name}));
            assertThat(report.member().education().field()).as(name).isEqualTo(field);
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "roles.yaml       | 'titles: []'                                                          | roles.yaml: section 'categories' is missing",
                "roles.yaml       | 'categories: [{role: BOSS, phrases: [x]}]\ntitles: []'              | roles.yaml cannot be read",
                "roles.yaml       | 'categories: [{role: MANAGER, phrasez: [x]}]\ntitles: []'           | phrasez",
                "roles.yaml       | 'categories: [{role: MANAGER, phrases: [рук, Рук.]}]\ntitles: [{role: WORKER, phrases: [x]}]' | categories[0] (MANAGER): phrase 'Рук.' is already listed",
                "roles.yaml       | 'categories: [{role: MANAGER}]\ntitles: []'                         | categories[0] (MANAGER): has no phrases",
                "specialties.yaml | 'specialties: [{field: HEAT_POWER, name: X, codes: [5В071700]}]'      | code '5В071700' is not a classifier code written with Latin letters",
                "specialties.yaml | 'specialties: [{field: HEAT_POWER, name: X, codes: [5B071700]}, {field: OIL_AND_GAS, name: Y, codes: [5B071700]}]' | code 5B071700 is also listed for X",
                "levels.yaml      | 'levels: []\nqualifications: []\ncodes: [{level: HIGHER, pattern: \"5B[\"}]' | codes[0]: pattern is not a regular expression",
                "education.yaml   | 'institutions: [{level: HIGHER, phrases: [университет]}]\ninstitutionMarkers: [им!]\nabbreviations: [КазНТУ, казнту]\nyearWords: [год]\nspecialtyMarkers: [специальность]\nfillers: [образование]' | abbreviations: 'казнту' is listed twice",
                "education.yaml   | 'institutions: [{level: HIGHER, phrases: [университет, университеті]}]\ninstitutionMarkers: [им!]\nabbreviations: []\nyearWords: [год]\nspecialtyMarkers: [специальность]\nfillers: [образование]' | phrase 'университеті' is already listed",
                "education.yaml   | 'institutions: []\nabbreviations: []\nyearWords: [год]\nspecialtyMarkers: [x]\nfillers: [x]' | section 'institutionMarkers' is missing"
            })
    void aBrokenDictionaryStopsTheLoadNamingTheFileAndTheEntry(String file, String yaml, String message) {
        assertThatThrownBy(() -> Dictionaries.load(
                        name -> name.equals(file) ? stream(yaml.replace("\\n", "\n")) : shipped(name)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dictionary " + file.split("\\.")[0])
                .hasMessageContaining(message);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream shipped(String name) {
        var in = Dictionaries.class.getResourceAsStream(name);
        if (in == null) throw new UncheckedIOException(new IOException(name + " missing"));
        return in;
    }
}
