package kz.qualify.staff;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML dictionaries next to this class, loaded once and checked at load: an unknown key, an
 * unknown enum value, a phrase listed twice, a malformed code or pattern stops the load with a
 * message naming the file and the entry.
 */
record Dictionaries(
        Phrases<StaffColumn> headers,
        Phrases<Boolean> totals,
        Phrases<Boolean> sectionWords,
        Phrases<Role> categories,
        Phrases<Role> titles,
        Phrases<Boolean> productionValues,
        Phrases<Boolean> productionSections,
        Phrases<Boolean> nonProductionTitles,
        Phrases<EducationLevel> levels,
        Phrases<EducationLevel> qualifications,
        List<CodeLevel> codeLevels,
        Map<String, Specialty> specialtiesByCode,
        Phrases<Specialty> specialtyNames,
        Education education) {

    /**
     * The words of education.yaml, by which {@link EducationText} tells the parts of an education
     * cell apart.
     *
     * @param abbreviations institutions' abbreviations, folded as {@link Words#tokens} folds them
     */
    record Education(
            Phrases<EducationLevel> institutions,
            Phrases<Boolean> institutionMarkers,
            java.util.Set<String> abbreviations,
            Phrases<Boolean> yearWords,
            Phrases<Boolean> specialtyMarkers,
            Phrases<Boolean> fillers) {}

    /** A specialty entry: the field it maps to and the name shown in rules. */
    record Specialty(EducationField field, String name) {}

    /** A code shape that implies a level. */
    record CodeLevel(EducationLevel level, Pattern pattern) {}

    /** The dictionaries shipped with the module. */
    static Dictionaries standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Dictionaries INSTANCE = load();
    }

    // ---- the files' shapes -------------------------------------------------------------------

    record HeaderFile(List<ColumnEntry> columns, List<String> totalWords, List<String> sectionWords) {}

    record ColumnEntry(
            StaffColumn column,
            @Nullable List<String> exact,
            @Nullable List<String> phrases) {}

    record RoleFile(List<RoleEntry> categories, List<RoleEntry> titles) {}

    record RoleEntry(
            Role role,
            @Nullable List<String> exact,
            @Nullable List<String> phrases) {}

    record ProductionFile(
            List<ProductionEntry> columnValues, List<ProductionEntry> sections, List<TitleEntry> nonProductionTitles) {}

    record ProductionEntry(
            @Nullable Boolean production,
            @Nullable List<String> exact,
            @Nullable List<String> phrases) {}

    record TitleEntry(List<String> phrases) {}

    record LevelFile(List<LevelEntry> levels, List<LevelEntry> qualifications, List<CodeEntry> codes) {}

    record LevelEntry(
            EducationLevel level,
            @Nullable List<String> exact,
            @Nullable List<String> phrases) {}

    record CodeEntry(EducationLevel level, String pattern) {}

    record SpecialtyFile(List<SpecialtyEntry> specialties) {}

    record EducationFile(
            List<LevelEntry> institutions,
            List<String> institutionMarkers,
            List<String> abbreviations,
            List<String> yearWords,
            List<String> specialtyMarkers,
            List<String> fillers) {}

    record SpecialtyEntry(
            EducationField field,
            String name,
            @Nullable List<String> codes,
            @Nullable List<String> phrases) {}

    // ---- loading -------------------------------------------------------------------------------

    static Dictionaries load() {
        return load(Dictionaries.class::getResourceAsStream);
    }

    /** Loads the six files from {@code files} (by name: "headers.yaml", ...), checking each. */
    static Dictionaries load(Function<String, @Nullable InputStream> files) {
        var headers = read(files, "headers.yaml", HeaderFile.class);
        var roles = read(files, "roles.yaml", RoleFile.class);
        var production = read(files, "production.yaml", ProductionFile.class);
        var levels = read(files, "levels.yaml", LevelFile.class);
        var specialties = read(files, "specialties.yaml", SpecialtyFile.class);
        var educationFile = read(files, "education.yaml", EducationFile.class);

        var headerPhrases = new Checked<StaffColumn>("headers.yaml", false);
        for (int i = 0; i < headers.columns().size(); i++) {
            var e = headers.columns().get(i);
            headerPhrases.addAll("columns[" + i + "] (" + e.column() + ")", e.exact(), e.phrases(), e.column());
        }
        var totals = new Checked<Boolean>("headers.yaml", true);
        totals.addAll("totalWords", null, headers.totalWords(), true);
        var sections = new Checked<Boolean>("headers.yaml", true);
        sections.addAll("sectionWords", null, headers.sectionWords(), true);

        var categories = new Checked<Role>("roles.yaml", true);
        for (int i = 0; i < roles.categories().size(); i++) {
            var e = roles.categories().get(i);
            categories.addAll("categories[" + i + "] (" + e.role() + ")", e.exact(), e.phrases(), e.role());
        }
        var titles = new Checked<Role>("roles.yaml", true);
        for (int i = 0; i < roles.titles().size(); i++) {
            var e = roles.titles().get(i);
            titles.addAll("titles[" + i + "] (" + e.role() + ")", e.exact(), e.phrases(), e.role());
        }

        var values = new Checked<Boolean>("production.yaml", true);
        addProduction(values, "columnValues", production.columnValues());
        var productionSections = new Checked<Boolean>("production.yaml", true);
        addProduction(productionSections, "sections", production.sections());
        var nonProduction = new Checked<Boolean>("production.yaml", true);
        for (int i = 0; i < production.nonProductionTitles().size(); i++) {
            nonProduction.addAll(
                    "nonProductionTitles[" + i + "]",
                    null,
                    production.nonProductionTitles().get(i).phrases(),
                    false);
        }

        var levelPhrases = new Checked<EducationLevel>("levels.yaml", true);
        for (int i = 0; i < levels.levels().size(); i++) {
            var e = levels.levels().get(i);
            levelPhrases.addAll("levels[" + i + "] (" + e.level() + ")", e.exact(), e.phrases(), e.level());
        }
        var qualificationPhrases = new Checked<EducationLevel>("levels.yaml", true);
        for (int i = 0; i < levels.qualifications().size(); i++) {
            var e = levels.qualifications().get(i);
            qualificationPhrases.addAll(
                    "qualifications[" + i + "] (" + e.level() + ")", e.exact(), e.phrases(), e.level());
        }
        var codeLevels = new ArrayList<CodeLevel>();
        for (int i = 0; i < levels.codes().size(); i++) {
            var e = levels.codes().get(i);
            try {
                codeLevels.add(new CodeLevel(e.level(), Pattern.compile(e.pattern())));
            } catch (PatternSyntaxException ex) {
                throw invalid(
                        "levels.yaml", "codes[" + i + "]", "pattern is not a regular expression: " + ex.getMessage());
            }
        }

        var byCode = new HashMap<String, Specialty>();
        var names = new Checked<Specialty>("specialties.yaml", true);
        for (int i = 0; i < specialties.specialties().size(); i++) {
            var e = specialties.specialties().get(i);
            var where = "specialties[" + i + "] (" + e.name() + ")";
            if (e.name() == null || e.name().isBlank()) throw invalid("specialties.yaml", where, "name is empty");
            var specialty = new Specialty(e.field(), e.name());
            for (var code : e.codes() == null ? List.<String>of() : e.codes()) {
                var normalized = SpecialtyCode.normalize(code);
                if (normalized == null || !normalized.equals(code)) {
                    throw invalid(
                            "specialties.yaml",
                            where,
                            "code '" + code
                                    + "' is not a classifier code written with Latin letters (5B071800, 050718, 6B07101)");
                }
                var before = byCode.put(normalized, specialty);
                if (before != null) {
                    throw invalid("specialties.yaml", where, "code " + code + " is also listed for " + before.name());
                }
            }
            if ((e.codes() == null || e.codes().isEmpty())
                    && (e.phrases() == null || e.phrases().isEmpty())) {
                throw invalid("specialties.yaml", where, "has neither codes nor phrases");
            }
            if (e.phrases() != null) names.addAll(where, null, e.phrases(), specialty);
        }

        var education = education(educationFile);

        return new Dictionaries(
                headerPhrases.phrases,
                totals.phrases,
                sections.phrases,
                categories.phrases,
                titles.phrases,
                values.phrases,
                productionSections.phrases,
                nonProduction.phrases,
                levelPhrases.phrases,
                qualificationPhrases.phrases,
                List.copyOf(codeLevels),
                Map.copyOf(byCode),
                names.phrases,
                education);
    }

    private static Education education(EducationFile file) {
        var institutions = new Checked<EducationLevel>("education.yaml", true);
        for (int i = 0; i < file.institutions().size(); i++) {
            var e = file.institutions().get(i);
            institutions.addAll("institutions[" + i + "] (" + e.level() + ")", e.exact(), e.phrases(), e.level());
        }
        var markers = new Checked<Boolean>("education.yaml", true);
        markers.addAll("institutionMarkers", null, file.institutionMarkers(), true);
        var years = new Checked<Boolean>("education.yaml", true);
        years.addAll("yearWords", null, file.yearWords(), true);
        var specialty = new Checked<Boolean>("education.yaml", true);
        specialty.addAll("specialtyMarkers", null, file.specialtyMarkers(), true);
        var fillers = new Checked<Boolean>("education.yaml", true);
        fillers.addAll("fillers", null, file.fillers(), true);
        var abbreviations = new java.util.HashSet<String>();
        for (var a : file.abbreviations()) {
            var words = Words.tokens(a == null ? "" : a);
            if (words.size() != 1) {
                throw invalid("education.yaml", "abbreviations", "'" + a + "' is not one word");
            }
            if (!abbreviations.add(words.getFirst())) {
                throw invalid("education.yaml", "abbreviations", "'" + a + "' is listed twice (as folded)");
            }
        }
        return new Education(
                institutions.phrases,
                markers.phrases,
                java.util.Set.copyOf(abbreviations),
                years.phrases,
                specialty.phrases,
                fillers.phrases);
    }

    private static void addProduction(Checked<Boolean> into, String section, List<ProductionEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            if (e.production() == null) {
                throw invalid("production.yaml", section + "[" + i + "]", "production: true or false is missing");
            }
            into.addAll(section + "[" + i + "]", e.exact(), e.phrases(), e.production());
        }
    }

    /** Phrases added with a check that no phrase is listed twice in one dictionary. */
    private static final class Checked<T> {
        final String file;
        final Phrases<T> phrases;
        final Map<String, String> seen = new HashMap<>();

        Checked(String file, boolean lettersBreakTies) {
            this.file = file;
            this.phrases = new Phrases<>(lettersBreakTies);
        }

        void addAll(String where, @Nullable List<String> exact, @Nullable List<String> contains, T value) {
            if ((exact == null || exact.isEmpty()) && (contains == null || contains.isEmpty())) {
                throw invalid(file, where, "has no phrases");
            }
            if (exact != null) for (var p : exact) add(where, p, true, value);
            if (contains != null) for (var p : contains) add(where, p, false, value);
        }

        private void add(String where, @Nullable String phrase, boolean exact, T value) {
            if (phrase == null || Phrases.stems(phrase).isEmpty()) {
                throw invalid(file, where, "has an empty phrase");
            }
            var key = (exact ? "=" : "~") + Phrases.stems(phrase);
            var before = seen.putIfAbsent(key, where);
            if (before != null) {
                throw invalid(file, where, "phrase '" + phrase + "' is already listed in " + before);
            }
            phrases.add(phrase, exact, value);
        }
    }

    private static <T> T read(Function<String, @Nullable InputStream> files, String file, Class<T> type) {
        var mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = files.apply(file)) {
            if (in == null) throw new IllegalStateException("dictionary " + file + " is missing from the classpath");
            var value = mapper.readValue(in, type);
            // Every list of a file is required: a missing section is a typo, not an empty dictionary.
            for (var component : type.getRecordComponents()) {
                if (component.getAccessor().invoke(value) == null) {
                    throw new IllegalStateException(
                            "dictionary " + file + ": section '" + component.getName() + "' is missing");
                }
            }
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("dictionary " + file + " cannot be checked: " + e.getMessage(), e);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("dictionary " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException invalid(String file, String where, String problem) {
        return new IllegalStateException("dictionary " + file + ", " + where + ": " + problem);
    }
}
