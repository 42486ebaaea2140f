package kz.qualify.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.qualify.dossier.EducationLevel;
import org.jspecify.annotations.Nullable;

/**
 * An education cell cut into its parts: level, institution, year of graduation and specialty, in
 * whatever order they are written. Offices keep one column "Образование (уровень, учебное
 * заведение, год окончания, специальность)" and write in it
 *
 * <pre>
 * высшее, КазНТУ им. К.И. Сатпаева, 2004, 5В071800 Электроэнергетика
 * Электроснабжение, Павлодарский энергетический колледж, 1998 г., средне-специальное
 * Жоғары, Сәтбаев атындағы ҚазҰТУ, 2004 ж., Электр энергетикасы
 * </pre>
 *
 * <p>The cell is cut at commas and semicolons (not inside parentheses) and around years; each
 * piece is then, in this order: a level (it is a level phrase of levels.yaml, perhaps followed by
 * "образование"), an institution (it has an institution word, a marker such as "им." or a known
 * abbreviation, from education.yaml), or a part of the specialty. A level phrase that starts a
 * longer piece ("Высшее КазНТУ", "Колледж, Электроснабжение") is taken off and the rest read again,
 * unless the phrase is the institution's own word ("Колледж энергетики и связи" is an institution).
 * "по специальности" inside a piece starts the specialty. Everything not recognised stays in the
 * specialty, so that nothing written about the specialty is lost: the institution's name is the
 * only thing kept out of it on purpose, because "…энергетический колледж" says where a person
 * studied, not what.
 *
 * <p>Stateless: the dictionaries are passed in; results are cached by the caller per cell text.
 */
final class EducationText {

    private EducationText() {}

    /** A year of graduation standing alone ("2004", "2004г.", "1999-2004"); codes are longer. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(19[4-9]\\d|20[0-4]\\d)(?!\\p{N})");

    /**
     * The parts of a cell.
     *
     * @param level the level phrase found in a piece of its own (the highest when several are), or
     *     {@code null}
     * @param levelWritten the piece the level was read from, or ""
     * @param institution the institution pieces as written, joined by "; ", or ""
     * @param institutionLevel the level the institution's kind gives ("университет": higher), or
     *     {@code null}
     * @param year the year of graduation (the last one written), or {@code null}
     * @param yearWritten the year as written ("2004 г."), or ""
     * @param specialty what is left: the specialty with its code and qualification, or ""
     */
    record Parts(
            Phrases.@Nullable Match<EducationLevel> level,
            String levelWritten,
            String institution,
            Phrases.@Nullable Match<EducationLevel> institutionLevel,
            @Nullable Integer year,
            String yearWritten,
            String specialty) {

        /** Whether the cell held anything besides the specialty. */
        boolean cut() {
            return level != null || !institution.isEmpty() || year != null;
        }
    }

    /** The parts of {@code cell} (already cleaned of extra white space). */
    static Parts read(String cell, Dictionaries.Education vocabulary, Phrases<EducationLevel> levels) {
        var reading = new Reading(vocabulary, levels);
        for (var piece : pieces(cell)) reading.years(piece);
        return reading.parts();
    }

    /** A piece of the cell and the separator written before it ("" for the first). */
    private record Piece(String text, String separator) {}

    /** The cell cut at commas and semicolons outside parentheses. */
    private static List<Piece> pieces(String cell) {
        var pieces = new ArrayList<Piece>(4);
        int depth = 0, start = 0;
        String separator = "";
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if ((c == ',' || c == ';') && depth == 0) {
                pieces.add(new Piece(cell.substring(start, i), separator));
                separator = c == ';' ? "; " : ", ";
                start = i + 1;
            }
        }
        pieces.add(new Piece(cell.substring(start), separator));
        return pieces;
    }

    private static final class Reading {
        final Dictionaries.Education vocabulary;
        final Phrases<EducationLevel> levels;
        Phrases.@Nullable Match<EducationLevel> level;
        String levelWritten = "";
        final List<String> institutions = new ArrayList<>(1);
        Phrases.@Nullable Match<EducationLevel> institutionLevel;

        @Nullable
        Integer year;

        String yearWritten = "";
        final StringBuilder specialty = new StringBuilder();

        Reading(Dictionaries.Education vocabulary, Phrases<EducationLevel> levels) {
            this.vocabulary = vocabulary;
            this.levels = levels;
        }

        Parts parts() {
            return new Parts(
                    level,
                    levelWritten,
                    String.join("; ", institutions),
                    institutionLevel,
                    year,
                    yearWritten,
                    specialty.toString());
        }

        /** Takes the years out of a piece, with their words ("в 2004 году"), and reads what is around them. */
        void years(Piece piece) {
            var text = piece.text();
            var m = YEAR.matcher(text);
            int from = 0;
            String separator = piece.separator();
            while (m.find()) {
                var before = text.substring(from, m.start());
                int cut = trailingYearWords(before);
                piece(before.substring(0, cut), separator);
                int after = m.end() + leadingYearWords(text.substring(m.end()));
                year = Integer.parseInt(m.group(1));
                yearWritten = trim(text.substring(cut + from, after));
                from = after;
                separator = " ";
            }
            piece(text.substring(from), separator);
        }

        /** Where the year's words before it begin ("окончил в" 2004): the cut point in {@code before}. */
        private int trailingYearWords(String before) {
            var spans = Words.spans(before);
            int k = spans.size();
            while (k > 0 && isYearWord(spans.subList(k - 1, k))) k--;
            return k == spans.size() ? before.length() : spans.get(k).start();
        }

        /** How much of {@code after} the year's words take ("г.", "году", "ж.", "жылы"). */
        private int leadingYearWords(String after) {
            var spans = Words.spans(after);
            int k = 0;
            while (k < spans.size() && isYearWord(spans.subList(k, k + 1))) k++;
            if (k == 0) return 0;
            int end = spans.get(k - 1).end();
            // "2004 г." keeps its dot with the year
            while (end < after.length() && after.charAt(end) == '.') end++;
            return end;
        }

        private boolean isYearWord(List<Words.Span> one) {
            return vocabulary.yearWords().best(words(one)).isPresent();
        }

        /** One piece without years: a level, an institution, or a part of the specialty. */
        void piece(String raw, String separator) {
            var text = trim(raw);
            if (text.isEmpty()) return;
            var spans = Words.spans(text);
            if (spans.isEmpty()) return;
            var tokens = words(spans);

            // "КазНТУ по специальности Электроэнергетика": what follows the marker is the specialty
            var marker = vocabulary.specialtyMarkers().best(tokens);
            if (marker.isPresent()) {
                var m = marker.get();
                piece(text.substring(0, spans.get(m.start()).start()), separator);
                if (m.end() < spans.size())
                    specialty(text.substring(spans.get(m.end()).start()), ", ");
                return;
            }

            var lead = leading(levels.all(tokens));
            var institution = institution(tokens);
            if (lead.isPresent()) {
                var m = lead.get();
                if (fillersOnly(tokens.subList(m.end(), tokens.size()))) {
                    level(m, text);
                    return;
                }
                // "Колледж энергетики и связи": the level word is the institution's own word
                boolean institutionsWord =
                        institution.isPresent() && institution.get().start() < m.end();
                if (!institutionsWord) {
                    level(m, text.substring(0, spans.get(m.end() - 1).end()));
                    piece(text.substring(spans.get(m.end()).start()), separator);
                    return;
                }
            }
            if (institution.isPresent() || isInstitution(tokens)) {
                institutions.add(text);
                if (institutionLevel == null && institution.isPresent()) institutionLevel = institution.get();
                return;
            }
            if (fillersOnly(tokens)) return;
            specialty(text, separator);
        }

        /** The longest level phrase the piece starts with. */
        private static Optional<Phrases.Match<EducationLevel>> leading(List<Phrases.Match<EducationLevel>> matches) {
            Phrases.Match<EducationLevel> best = null;
            for (var m : matches) {
                if (m.start() != 0) continue;
                if (best == null || m.end() > best.end() || (m.end() == best.end() && m.letters() > best.letters()))
                    best = m;
            }
            return Optional.ofNullable(best);
        }

        private Optional<Phrases.Match<EducationLevel>> institution(List<String> tokens) {
            return vocabulary.institutions().best(tokens);
        }

        /** A marker ("им.", "атындағы") or a known abbreviation ("КазНТУ") makes an institution too. */
        private boolean isInstitution(List<String> tokens) {
            if (vocabulary.institutionMarkers().best(tokens).isPresent()) return true;
            for (var t : tokens) if (vocabulary.abbreviations().contains(t)) return true;
            return false;
        }

        private boolean fillersOnly(List<String> tokens) {
            for (var t : tokens) {
                if (vocabulary.fillers().best(List.of(t)).isEmpty()) return false;
            }
            return true;
        }

        /** Several levels in one cell (two diplomas): the highest is the person's level. */
        private void level(Phrases.Match<EducationLevel> m, String written) {
            if (level == null || rank(m.value()) > rank(level.value())) {
                level = m;
                levelWritten = trim(written);
            }
        }

        private static int rank(EducationLevel level) {
            return level.isKnown() ? level.ordinal() : -1;
        }

        private void specialty(String text, String separator) {
            var t = trim(text);
            if (t.isEmpty()) return;
            if (!specialty.isEmpty()) specialty.append(separator.isEmpty() ? ", " : separator);
            specialty.append(t);
        }
    }

    private static List<String> words(List<Words.Span> spans) {
        var words = new ArrayList<String>(spans.size());
        for (var s : spans) words.add(s.word());
        return words;
    }

    /**
     * Without the spaces and punctuation left at the edges by cutting: "(2004)" leaves "(" before
     * the year and ")" after it; a parenthesis whose pair was cut off goes too.
     */
    static String trim(String text) {
        int start = 0, end = text.length();
        while (start < end && isEdge(text.charAt(start), ")")) start++;
        while (end > start && isEdge(text.charAt(end - 1), "(")) end--;
        var t = text.substring(start, end);
        int balance = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '(') balance++;
            else if (t.charAt(i) == ')') balance--;
        }
        if (balance > 0 && t.startsWith("(")) return trim(t.substring(1));
        if (balance < 0 && t.endsWith(")")) return trim(t.substring(0, t.length() - 1));
        return t;
    }

    private static boolean isEdge(char c, String parenthesis) {
        return Words.isSpace(c) || ",;:-–—/.".indexOf(c) >= 0 || parenthesis.indexOf(c) >= 0;
    }
}
