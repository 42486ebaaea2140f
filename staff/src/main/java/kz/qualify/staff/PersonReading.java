package kz.qualify.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.staff.Interpretation.Aspect;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows below the header: tells people from headings, totals and column numbers, and
 * reads each person's role, production status, education level and field, and experience, noting
 * the rule that decided each and what an officer should look at.
 *
 * <p>Section headings set context for the rows below them ("Специалисты", "АУП"), until the next
 * heading. The same text is read once per import: the results are cached (tables repeat positions
 * and specialties hundreds of times).
 */
final class PersonReading {

    /** Cached readings per table: enough for every distinct text of a 20 000-person table. */
    private static final int CACHE_LIMIT = 50_000;

    /** What a № п/п cell holds: "12", "12.", "12)", "1.2". */
    private final Dictionaries d;

    private final Layout layout;
    private final Merges merges;
    private final int firstMapped;
    private final Map<String, Understood<Role>> titleRoles = new HashMap<>();
    private final Map<String, Understood<Role>> categoryRoles = new HashMap<>();
    private final Map<String, Understood<Boolean>> titleProduction = new HashMap<>();
    private final Map<String, Understood<Boolean>> columnProduction = new HashMap<>();
    private final Map<String, Understood<EducationLevel>> levels = new HashMap<>();
    private final Map<String, Understood<EducationLevel>> levelsFromText = new HashMap<>();
    private final Map<String, EducationText.Parts> educations = new HashMap<>();
    private final Map<String, FieldReading> fields = new HashMap<>();
    private final Map<String, FieldReading> fieldsWithCode = new HashMap<>();
    private final Map<String, ExperienceResult> experiences = new HashMap<>();
    private final Map<PersonKey, Integer> seen = new HashMap<>();
    private final Map<String, Boolean> captions = new HashMap<>();
    private final Set<String> headerCaptions;
    private final List<String> totalStarts;

    private @Nullable Understood<Role> sectionRole;
    private @Nullable Understood<Boolean> sectionProduction;

    /** A value read, how (the interpretation) and, if an officer should look, why. */
    record Understood<T>(
            T value,
            Interpretation interpretation,
            @Nullable Phrase review) {}

    /** What makes two rows the same person twice. */
    private record PersonKey(String name, String position, String specialty) {}

    private record FieldReading(
            Understood<EducationField> field, @Nullable String code, Understood<EducationLevel> codeLevel) {}

    private record ExperienceResult(
            @Nullable Experience experience,
            Interpretation interpretation,
            @Nullable Phrase review,
            @Nullable Phrase error) {}

    /**
     * @param headerCaptions the texts of the header's cells, lower case, to recognise the header
     *     when a printed table repeats it
     */
    PersonReading(Dictionaries dictionaries, Layout layout, Merges merges, Set<String> headerCaptions) {
        this.d = dictionaries;
        this.layout = layout;
        this.merges = merges;
        this.headerCaptions = Set.copyOf(headerCaptions);
        this.totalStarts = List.copyOf(dictionaries.totals().firstLetters(3));
        this.firstMapped = layout.firstMapped();
    }

    RowReport read(RawRow row) {
        int n = row.number();
        var rowNumberCell = cell(row, StaffColumn.ROW_NUMBER);
        int meaningful = 0, lone = -1;
        for (int c = 0; c < row.cells().length; c++) {
            var v = row.cell(c);
            if (v.isEmpty()) continue;
            // the running number says nothing about the row; text in its column does (a heading)
            if (c == layout.at(StaffColumn.ROW_NUMBER) && isRunningNumber(v)) continue;
            meaningful++;
            lone = c;
        }
        if (meaningful == 0) {
            return RowReport.skipped(n, Phrase.of("row.number-only", rowNumberCell), row.excerpt());
        }
        if (isColumnNumbering(row)) {
            return RowReport.skipped(n, Phrase.of("row.column-numbers"), row.excerpt());
        }
        var total = totalWord(row);
        if (total != null) {
            return RowReport.skipped(n, Phrase.of("row.total", total), row.excerpt());
        }
        var name = fullName(row);
        if (isRepeatedHeader(name)) {
            return RowReport.skipped(n, Phrase.of("row.header-repeated"), row.excerpt());
        }
        if (meaningful == 1) {
            var heading = section(row, lone);
            if (heading != null) return RowReport.skipped(n, heading, row.excerpt());
        }
        if (name.isEmpty()) {
            return RowReport.error(n, List.of(Phrase.of("row.no-name")), row.excerpt());
        }
        return person(row, name);
    }

    // ---- a person ------------------------------------------------------------------------------

    private RowReport person(RawRow row, String name) {
        int n = row.number();
        List<Phrase> reviews = List.of();

        var experience = experience(row);
        if (experience.error != null) {
            return RowReport.error(n, List.of(experience.error), row.excerpt());
        }

        var position = cell(row, StaffColumn.POSITION);
        var role = role(row, position);
        var production = production(row, position);
        var written = specialtyText(row);
        var parts = cached(educations, written, k -> EducationText.read(k, d.education(), d.levels()));
        var specialty = parts.specialty();
        var codeCell = cell(row, StaffColumn.SPECIALTY_CODE);
        var field = codeCell.isEmpty()
                ? cached(fields, specialty, k -> field(specialty, ""))
                : cached(fieldsWithCode, specialty + '\u0000' + codeCell, k -> field(specialty, codeCell));
        var level = level(row, written, parts, field, codeCell);
        var fieldUnderstood = field.field();
        if (level.value() == EducationLevel.GENERAL_SECONDARY && specialty.isEmpty() && field.code() == null) {
            fieldUnderstood = GENERAL_SECONDARY_FIELD;
        }

        var interpretations = new ArrayList<Interpretation>(7);
        interpretations.add(role.interpretation());
        interpretations.add(production.interpretation());
        interpretations.add(level.interpretation());
        interpretations.add(fieldUnderstood.interpretation());
        interpretations.add(experience.interpretation);
        if (parts.cut()) addParts(interpretations, parts);
        reviews = withReview(reviews, role.review());
        reviews = withReview(reviews, production.review());
        reviews = withReview(reviews, level.review());
        reviews = withReview(reviews, fieldUnderstood.review());
        reviews = withReview(reviews, experience.review);

        var first = seen.size() < CACHE_LIMIT ? seen.putIfAbsent(new PersonKey(name, position, written), n) : null;
        if (first != null) {
            reviews = withReview(reviews, Phrase.of("row.same-person", first));
        }

        var education = new Education(
                level.value(), fieldUnderstood.value(), specialty.isEmpty() ? null : specialty, field.code());
        var member = new StaffMember(
                "row " + n, name, position, role.value(), production.value(), education, experience.experience);
        var status = reviews.isEmpty() ? RowStatus.IMPORTED : RowStatus.IMPORTED_NEEDS_REVIEW;
        return RowReport.of(n, status, reviews, member, interpretations, null);
    }

    /**
     * General secondary education (общее среднее, жалпы орта, general secondary) has no specialty:
     * it is not technical education, which is a fact of the level and nothing for an officer to
     * judge, so the empty specialty is not flagged. The rules core then never counts it as
     * technical, and a worker's row with it is clean.
     */
    private static final Understood<EducationField> GENERAL_SECONDARY_FIELD = new Understood<>(
            EducationField.NON_TECHNICAL,
            new Interpretation(
                    Aspect.FIELD,
                    "",
                    EducationField.NON_TECHNICAL.name(),
                    "general secondary education has no specialty: not technical education"),
            null);

    /** The institution and the year cut from the education text, for the report. */
    private static void addParts(List<Interpretation> interpretations, EducationText.Parts parts) {
        if (!parts.institution().isEmpty()) {
            var kind = parts.institutionLevel();
            interpretations.add(new Interpretation(
                    Aspect.INSTITUTION,
                    parts.institution(),
                    parts.institution(),
                    kind == null
                            ? "an institution's name or abbreviation (education.yaml): not read as the specialty"
                            : "names a '" + kind.phrase() + "' (education.yaml): not read as the specialty"));
        }
        if (parts.year() != null) {
            interpretations.add(new Interpretation(
                    Aspect.YEAR,
                    parts.yearWritten(),
                    Integer.toString(parts.year()),
                    "a year in the education text: the year of graduation"));
        }
    }

    /** Most rows have nothing to review: no list is made for them. */
    private static List<Phrase> withReview(List<Phrase> reviews, @Nullable Phrase review) {
        if (review == null) return reviews;
        var more = new ArrayList<Phrase>(reviews.size() + 1);
        more.addAll(reviews);
        more.add(review);
        return more;
    }

    private String fullName(RawRow row) {
        if (layout.has(StaffColumn.FULL_NAME)) return cell(row, StaffColumn.FULL_NAME);
        var parts = new ArrayList<String>(3);
        for (var c : List.of(StaffColumn.SURNAME, StaffColumn.GIVEN_NAME, StaffColumn.PATRONYMIC)) {
            var v = cell(row, c);
            if (!v.isEmpty()) parts.add(v);
        }
        return String.join(" ", parts);
    }

    private String specialtyText(RawRow row) {
        var columns = layout.specialtyColumns();
        if (columns.length == 1) return row.cell(columns[0]);
        var parts = new ArrayList<String>(columns.length);
        for (int c : columns) {
            var v = row.cell(c);
            if (!v.isEmpty()) parts.add(v);
        }
        return String.join("; ", parts);
    }

    // ---- role ----------------------------------------------------------------------------------

    private Understood<Role> role(RawRow row, String position) {
        var category = cell(row, StaffColumn.CATEGORY);
        if (!category.isEmpty()) return cached(categoryRoles, category, this::category);
        var section = sectionRole;
        if (section != null) return section;
        if (position.isEmpty()) {
            return new Understood<>(
                    Role.UNKNOWN,
                    new Interpretation(Aspect.ROLE, "", Role.UNKNOWN.name(), "no category and no position"),
                    Phrase.of("role.unknown"));
        }
        return cached(titleRoles, position, this::title);
    }

    private Understood<Role> category(String category) {
        var m = d.categories().best(Words.tokens(category));
        if (m.isEmpty()) {
            return new Understood<>(
                    Role.UNKNOWN,
                    new Interpretation(
                            Aspect.ROLE, category, Role.UNKNOWN.name(), "category column: not in roles.yaml"),
                    Phrase.of("category.not-understood", category));
        }
        var role = m.get().value();
        var rule = "category column matches '" + m.get().phrase() + "' (roles.yaml)";
        return new Understood<>(
                role,
                new Interpretation(Aspect.ROLE, category, role.name(), rule),
                role == Role.UNKNOWN ? Phrase.of("category.both", category) : null);
    }

    private Understood<Role> title(String position) {
        var m = d.titles().best(Words.tokens(position));
        if (m.isEmpty()) {
            return new Understood<>(
                    Role.UNKNOWN,
                    new Interpretation(Aspect.ROLE, position, Role.UNKNOWN.name(), "position title: not in roles.yaml"),
                    Phrase.of("position.unknown", position));
        }
        var role = m.get().value();
        return new Understood<>(
                role,
                new Interpretation(
                        Aspect.ROLE,
                        position,
                        role.name(),
                        "position title matches '" + m.get().phrase() + "' (roles.yaml)"),
                null);
    }

    // ---- production ----------------------------------------------------------------------------

    private Understood<Boolean> production(RawRow row, String position) {
        var value = cell(row, StaffColumn.PRODUCTION);
        if (!value.isEmpty()) return cached(columnProduction, value, this::productionColumn);
        var section = sectionProduction;
        if (section != null) return section;
        return cached(titleProduction, position, this::productionTitle);
    }

    private Understood<Boolean> productionColumn(String value) {
        Boolean production = switch (value) {
            case "+" -> true;
            case "-", "—", "–" -> false;
            default ->
                d.productionValues()
                        .best(Words.tokens(value))
                        .map(Phrases.Match::value)
                        .orElse(null);
        };
        if (production == null) {
            return new Understood<>(
                    true,
                    new Interpretation(Aspect.PRODUCTION, value, "production", "production column: not understood"),
                    Phrase.of("production.not-understood", value));
        }
        return new Understood<>(
                production,
                new Interpretation(
                        Aspect.PRODUCTION, value, productionWord(production), "production column: '" + value + "'"),
                null);
    }

    private Understood<Boolean> productionTitle(String position) {
        var m = position.isEmpty()
                ? Optional.<Phrases.Match<Boolean>>empty()
                : d.nonProductionTitles().best(Words.tokens(position));
        if (m.isPresent()) {
            return new Understood<>(
                    false,
                    new Interpretation(
                            Aspect.PRODUCTION,
                            position,
                            productionWord(false),
                            "position matches '" + m.get().phrase() + "' (production.yaml: non-production titles)"),
                    null);
        }
        return new Understood<>(
                true,
                new Interpretation(
                        Aspect.PRODUCTION,
                        position,
                        productionWord(true),
                        "default: production staff, as nothing in the row says otherwise"),
                null);
    }

    private static String productionWord(boolean production) {
        return production ? "production" : "non-production";
    }

    // ---- education -----------------------------------------------------------------------------

    private Understood<EducationLevel> level(
            RawRow row, String education, EducationText.Parts parts, FieldReading field, String codeCell) {
        var written = cell(row, StaffColumn.EDUCATION_LEVEL);
        if (!written.isEmpty()) return cached(levels, written, k -> levelColumn(written));
        var key = codeCell.isEmpty() ? education : education + '\u0000' + codeCell;
        return cached(levelsFromText, key, k -> levelFromText(education, parts, field));
    }

    private Understood<EducationLevel> levelColumn(String written) {
        var tokens = Words.tokens(written);
        var m = d.levels().best(tokens).or(() -> d.qualifications().best(tokens));
        if (m.isEmpty()) {
            return new Understood<>(
                    EducationLevel.UNKNOWN,
                    new Interpretation(Aspect.LEVEL, written, "UNKNOWN", "level column: not in levels.yaml"),
                    Phrase.of("level.not-understood", written));
        }
        var level = m.get().value();
        return new Understood<>(
                level,
                new Interpretation(
                        Aspect.LEVEL,
                        written,
                        level.name(),
                        "level column matches '" + m.get().phrase() + "' (levels.yaml)"),
                level == EducationLevel.UNKNOWN ? Phrase.of("level.incomplete", written) : null);
    }

    /**
     * The level from the education text: a level written as a part of its own ("высшее, ..."), else
     * a level word inside the specialty, else the code's shape, else a qualification ("инженер-"),
     * else the kind of institution ("…университет": higher).
     */
    private Understood<EducationLevel> levelFromText(String education, EducationText.Parts parts, FieldReading field) {
        var specialty = parts.specialty();
        var tokens = Words.tokens(specialty);
        var own = parts.level();
        var m = own != null ? Optional.of(own) : d.levels().best(tokens);
        if (m.isPresent()) {
            var level = m.get().value();
            return new Understood<>(
                    level,
                    new Interpretation(
                            Aspect.LEVEL,
                            own != null ? parts.levelWritten() : specialty,
                            level.name(),
                            "education text says '" + m.get().phrase() + "' (levels.yaml)"),
                    level == EducationLevel.UNKNOWN ? Phrase.of("level.incomplete-in", education) : null);
        }
        if (field.codeLevel().value() != EducationLevel.UNKNOWN) return field.codeLevel();
        var q = d.qualifications().best(tokens);
        if (q.isPresent()) {
            var level = q.get().value();
            return new Understood<>(
                    level,
                    new Interpretation(
                            Aspect.LEVEL,
                            specialty,
                            level.name(),
                            "qualification '" + q.get().phrase() + "' in the specialty implies it (levels.yaml)"),
                    null);
        }
        var institution = parts.institutionLevel();
        if (institution != null && institution.value() != EducationLevel.UNKNOWN) {
            var level = institution.value();
            return new Understood<>(
                    level,
                    new Interpretation(
                            Aspect.LEVEL,
                            parts.institution(),
                            level.name(),
                            "no level written; the institution is a '" + institution.phrase()
                                    + "', which gives it (education.yaml)"),
                    null);
        }
        var missing =
                layout.has(StaffColumn.EDUCATION_LEVEL) ? Phrase.of("level.empty") : Phrase.of("level.not-stated");
        return new Understood<>(
                EducationLevel.UNKNOWN,
                new Interpretation(Aspect.LEVEL, education, "UNKNOWN", "no level found"),
                missing);
    }

    private FieldReading field(String specialty, String codeCell) {
        var codes = new ArrayList<String>(2);
        var fromColumn = codeCell.isEmpty() ? null : SpecialtyCode.normalize(codeCell);
        if (fromColumn != null) codes.add(fromColumn);
        var nameText = specialty;
        if (fromColumn == null && !codeCell.isEmpty()) {
            // "5В071800 Электроэнергетика" in the code column: the name is read from it too
            codes.addAll(SpecialtyCode.findIn(codeCell));
            nameText = specialty.isEmpty() ? codeCell : specialty + "; " + codeCell;
        }
        codes.addAll(SpecialtyCode.findIn(specialty));
        String code = codes.isEmpty() ? null : codes.getFirst();
        var codeLevel = codeLevel(code);

        Dictionaries.Specialty known = null;
        String knownCode = null;
        for (var c : codes) {
            known = d.specialtiesByCode().get(c);
            if (known != null) {
                knownCode = c;
                break;
            }
        }
        final var byCode = known;
        // The different fields the name names, each by its longest phrase.
        var named = new LinkedHashMap<EducationField, Phrases.Match<Dictionaries.Specialty>>();
        for (var m : d.specialtyNames().maximal(Words.tokens(nameText)))
            named.putIfAbsent(m.value().field(), m);

        var written = nameText.isEmpty() ? (code == null ? "" : code) : nameText;
        Understood<EducationField> field;
        if (byCode != null) {
            var rule = "code " + knownCode + " is " + byCode.name() + " (specialties.yaml)";
            var other = named.keySet().stream()
                    .filter(f -> f != byCode.field() && f != EducationField.UNKNOWN)
                    .findFirst();
            if (other.isPresent()) {
                var m = named.get(other.get());
                field = new Understood<>(
                        EducationField.UNKNOWN,
                        new Interpretation(Aspect.FIELD, written, "UNKNOWN", rule + ", but the name reads otherwise"),
                        Phrase.of(
                                "specialty.code-and-name",
                                written,
                                knownCode,
                                byCode.field(),
                                m.phrase(),
                                other.get()));
            } else {
                field = new Understood<>(
                        byCode.field(),
                        new Interpretation(Aspect.FIELD, written, byCode.field().name(), rule),
                        null);
            }
        } else if (named.size() == 1) {
            var m = named.values().iterator().next();
            var f = m.value().field();
            var rule =
                    "specialty name matches '" + m.phrase() + "': " + m.value().name() + " (specialties.yaml)";
            field = new Understood<>(
                    f,
                    new Interpretation(Aspect.FIELD, written, f.name(), rule),
                    f == EducationField.UNKNOWN
                            ? Phrase.of(
                                    "specialty.ambiguous", written, m.value().name())
                            : null);
        } else if (named.size() > 1) {
            var list = new ArrayList<Phrase>();
            named.forEach((f, m) -> list.add(Phrase.of("specialty.field", f, m.phrase())));
            field = new Understood<>(
                    EducationField.UNKNOWN,
                    new Interpretation(Aspect.FIELD, written, "UNKNOWN", "specialty names several fields"),
                    Phrase.of("specialty.several", written, list));
        } else if (written.isEmpty()) {
            field = new Understood<>(
                    EducationField.UNKNOWN,
                    new Interpretation(Aspect.FIELD, "", "UNKNOWN", "no specialty"),
                    Phrase.of("specialty.empty"));
        } else {
            field = new Understood<>(
                    EducationField.UNKNOWN,
                    new Interpretation(Aspect.FIELD, written, "UNKNOWN", "specialty not in specialties.yaml"),
                    Phrase.of("specialty.unknown", written));
        }
        return new FieldReading(field, code, codeLevel);
    }

    private Understood<EducationLevel> codeLevel(@Nullable String code) {
        if (code != null) {
            for (var c : d.codeLevels()) {
                if (c.pattern().matcher(code).matches()) {
                    return new Understood<>(
                            c.level(),
                            new Interpretation(
                                    Aspect.LEVEL,
                                    code,
                                    c.level().name(),
                                    "code " + code + " has the shape of " + c.level() + " codes (levels.yaml)"),
                            null);
                }
            }
        }
        return new Understood<>(
                EducationLevel.UNKNOWN, new Interpretation(Aspect.LEVEL, "", "UNKNOWN", "no code"), null);
    }

    // ---- experience ----------------------------------------------------------------------------

    private ExperienceResult experience(RawRow row) {
        boolean hasYears = layout.has(StaffColumn.EXPERIENCE), hasMonths = layout.has(StaffColumn.EXPERIENCE_MONTHS);
        if (!hasYears && !hasMonths) {
            return new ExperienceResult(
                    null,
                    new Interpretation(Aspect.EXPERIENCE, "", "not stated", "the table has no experience column"),
                    null,
                    null);
        }
        var years = cell(row, StaffColumn.EXPERIENCE);
        var months = cell(row, StaffColumn.EXPERIENCE_MONTHS);
        var key = hasMonths ? years + '\u0000' + months : years;
        return cached(experiences, key, k -> experience(years, months, hasMonths));
    }

    private static ExperienceResult experience(String years, String months, boolean split) {
        var written = split ? years + " / " + months : years;
        var reading = split ? ExperienceText.read(years, months) : ExperienceText.read(years);
        return switch (reading) {
            case ExperienceText.Reading.Stated s ->
                new ExperienceResult(
                        s.experience(),
                        new Interpretation(
                                Aspect.EXPERIENCE,
                                written,
                                s.experience().months() + " months ("
                                        + s.experience().months() / 12 + " y "
                                        + s.experience().months() % 12 + " m)",
                                s.rule()),
                        null,
                        null);
            case ExperienceText.Reading.Missing m ->
                new ExperienceResult(
                        null,
                        new Interpretation(Aspect.EXPERIENCE, written, "not stated", "empty cell"),
                        Phrase.of("experience.empty"),
                        null);
            case ExperienceText.Reading.NotUnderstood u ->
                new ExperienceResult(
                        null,
                        new Interpretation(Aspect.EXPERIENCE, written, "not stated", "not understood"),
                        u.why(),
                        null);
            case ExperienceText.Reading.Impossible i ->
                new ExperienceResult(
                        null, new Interpretation(Aspect.EXPERIENCE, written, "impossible", i.reason()), null, i.why());
        };
    }

    // ---- rows that are not people --------------------------------------------------------------

    /** "1 | 2 | 3 | 4 | 5" under the header: columns numbered for printing. */
    private static boolean isColumnNumbering(RawRow row) {
        int expected = -1, count = 0;
        for (var c : row.cells()) {
            if (c.isEmpty()) continue;
            if (c.length() > 3 || !digitsOnly(c)) return false;
            int v = Integer.parseInt(c);
            if (expected >= 0 && v != expected) return false;
            expected = v + 1;
            count++;
        }
        return count >= 3;
    }

    /** The total word the row starts with ("Итого", "Всего"), or {@code null}. */
    private @Nullable String totalWord(RawRow row) {
        for (var c : row.cells()) {
            if (c.isEmpty() || isNumber(c)) continue;
            // the first word's first letters rule out almost every row without tokenizing it
            if (!Words.startsWithAny(c, totalStarts)) return null;
            var tokens = Words.tokens(c);
            for (var m : d.totals().all(tokens)) {
                if (m.start() == 0) return c.length() > 40 ? c.substring(0, 40) + "..." : c;
            }
            return null;
        }
        return null;
    }

    /**
     * A page of a printed table repeats the header: the name column holds one of the header's
     * captions again, or (for a header typed anew) a short text the header dictionary reads as a
     * name caption. Names are not run through the dictionary: they are unique and many.
     */
    private boolean isRepeatedHeader(String name) {
        if (name.isEmpty()) return false;
        for (var caption : headerCaptions) if (caption.equalsIgnoreCase(name)) return true;
        if (name.length() > 12) return false;
        return cached(captions, name, k -> {
            var m = d.headers().best(Words.tokens(k));
            return m.isPresent() && StaffColumn.isName(m.get().value());
        });
    }

    /** What a № п/п cell holds: "12", "12.", "12)", "1.2". */
    private static boolean isRunningNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ')' && c != ' ' && c != '№' && c != '-') return false;
        }
        return !s.isEmpty();
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** Digits with spaces, dots and commas: a count or a sum, not a word. */
    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != ' ' && c != '.' && c != ',') return false;
        }
        return true;
    }

    /**
     * A lone cell is a section heading when it is merged across the table, left of every staff
     * column, or made of heading words ("Производственный персонал", "Специалисты", "Участок №2");
     * otherwise it is a person with only that cell filled, read as a person.
     */
    private @Nullable Phrase section(RawRow row, int column) {
        var text = row.cell(column);
        var tokens = Words.tokens(text);
        var production = d.productionSections().best(tokens);
        var role = d.categories().best(tokens);
        boolean words = production.isPresent()
                || role.isPresent()
                || d.sectionWords().best(tokens).isPresent();
        if (!words && !merges.spansColumns(row.number(), column) && column >= firstMapped) return null;

        var says = new ArrayList<Phrase>(2);
        if (production.isPresent()) {
            boolean p = production.get().value();
            sectionProduction = new Understood<>(
                    p,
                    new Interpretation(
                            Aspect.PRODUCTION,
                            text,
                            productionWord(p),
                            "section heading at row " + row.number() + " ('"
                                    + production.get().phrase() + "')"),
                    null);
            sectionRole = null; // a new group of staff: its own role headings follow
            says.add(Phrase.of(p ? "section.production" : "section.non-production"));
        }
        if (role.isPresent() && role.get().value() != Role.UNKNOWN) {
            var r = role.get().value();
            sectionRole = new Understood<>(
                    r,
                    new Interpretation(
                            Aspect.ROLE,
                            text,
                            r.name(),
                            "section heading at row " + row.number() + " ('"
                                    + role.get().phrase() + "')"),
                    null);
            says.add(Phrase.of("section." + r.name()));
        }
        return says.isEmpty() ? Phrase.of("section", text) : Phrase.of("section.says", text, says);
    }

    private String cell(RawRow row, StaffColumn column) {
        int c = layout.at(column);
        return c < 0 ? "" : row.cell(c);
    }

    private static <V> V cached(Map<String, V> cache, String key, Function<String, V> compute) {
        var v = cache.get(key);
        if (v != null) return v;
        v = compute.apply(key);
        if (cache.size() < CACHE_LIMIT) cache.put(key, v);
        return v;
    }
}
