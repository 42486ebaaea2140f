package kz.qualify.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the header among the first rows: the row (or two rows, when merged group cells stand over
 * sub-headers) whose cells name the most staff columns. A header must name the full name and at
 * least two of specialty, position and experience, the columns the decree names for the summary
 * table; title rows above it and column-number rows below it are not mistaken for it.
 */
final class HeaderSearch {

    /** Rows looked at for the header: title blocks of real tables are a few rows, never fifty. */
    static final int WINDOW = 50;

    private HeaderSearch() {}

    /** The header found: the public mapping and the layout rows are read with. */
    record Found(HeaderMapping mapping, Layout layout) {}

    private record ColumnMatch(int column, String header, StaffColumn kind, String phrase, int words) {}

    static Optional<Found> find(List<RawRow> rows, Merges merges, Dictionaries dictionaries, String sheet) {
        var best = bestCandidate(rows, merges, dictionaries);
        if (best == null || !best.valid) return Optional.empty();
        return Optional.of(best.found(sheet));
    }

    /** What the closest row looked like, to say so when no header is found. */
    static String closest(List<RawRow> rows, Merges merges, Dictionaries dictionaries) {
        var best = bestCandidate(rows, merges, dictionaries);
        if (best == null || best.matches.isEmpty()) return "no row names any of these columns";
        return "the closest is row " + best.first + ", which names only "
                + best.matches.stream()
                        .map(m -> m.kind() + " (" + CellRange.letter(m.column()) + ")")
                        .distinct()
                        .collect(Collectors.joining(", "));
    }

    private static final class Band {
        final int first;
        final int last;
        final List<ColumnMatch> matches;
        final Map<Integer, String> headers;
        final boolean valid;
        final int score;

        Band(int first, int last, List<ColumnMatch> matches, Map<Integer, String> headers) {
            this.first = first;
            this.last = last;
            this.matches = matches;
            this.headers = headers;
            var kinds = EnumSet.noneOf(StaffColumn.class);
            for (var m : matches) kinds.add(m.kind());
            kinds.remove(StaffColumn.ROW_NUMBER);
            this.score = kinds.size();
            boolean name = kinds.contains(StaffColumn.FULL_NAME) || kinds.contains(StaffColumn.SURNAME);
            int named = 0;
            if (kinds.contains(StaffColumn.SPECIALTY)
                    || kinds.contains(StaffColumn.EDUCATION)
                    || kinds.contains(StaffColumn.SPECIALTY_CODE)
                    || kinds.contains(StaffColumn.EDUCATION_LEVEL)) named++;
            if (kinds.contains(StaffColumn.POSITION)) named++;
            if (kinds.contains(StaffColumn.EXPERIENCE) || kinds.contains(StaffColumn.EXPERIENCE_MONTHS)) named++;
            this.valid = name && named >= 2;
        }

        Found found(String sheet) {
            // One column per kind: the one whose header matched the longest phrase, else the leftmost.
            // Specialty may repeat ("специальность", "квалификация", "образование (уровень, учебное
            // заведение, ...)"): all are read together.
            var chosen = new EnumMap<StaffColumn, ColumnMatch>(StaffColumn.class);
            var specialty = new ArrayList<Integer>();
            for (var m : matches) {
                if (isSpecialty(m.kind())) {
                    specialty.add(m.column());
                    chosen.putIfAbsent(m.kind(), m);
                    continue;
                }
                var before = chosen.get(m.kind());
                if (before == null || m.words() > before.words()) chosen.put(m.kind(), m);
            }
            boolean splitName = !chosen.containsKey(StaffColumn.FULL_NAME);
            if (!splitName) {
                chosen.remove(StaffColumn.SURNAME);
                chosen.remove(StaffColumn.GIVEN_NAME);
                chosen.remove(StaffColumn.PATRONYMIC);
            }
            var byColumn = new HashMap<Integer, ColumnMatch>();
            for (var m : matches) byColumn.put(m.column(), m);
            var columns = new ArrayList<HeaderColumn>();
            var used = new HashMap<StaffColumn, Integer>();
            chosen.forEach((k, m) -> used.put(k, m.column()));
            for (var e : headers.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                int c = e.getKey();
                var letter = CellRange.letter(c);
                var m = byColumn.get(c);
                if (m == null) {
                    columns.add(new HeaderColumn(letter, e.getValue(), null, "not a staff column: ignored"));
                } else if (isSpecialty(m.kind()) || Integer.valueOf(c).equals(used.get(m.kind()))) {
                    columns.add(new HeaderColumn(letter, e.getValue(), m.kind(), m.phrase()));
                } else {
                    var holder = used.get(m.kind());
                    var why = holder != null
                            ? "also reads as " + m.kind() + ", which column " + CellRange.letter(holder)
                                    + " holds: ignored"
                            : "a part of the name, but column " + CellRange.letter(used.get(StaffColumn.FULL_NAME))
                                    + " holds the full name: ignored";
                    columns.add(new HeaderColumn(letter, e.getValue(), null, why));
                }
            }
            var missing = new ArrayList<StaffColumn>();
            if (!used.containsKey(StaffColumn.FULL_NAME) && !used.containsKey(StaffColumn.SURNAME)) {
                missing.add(StaffColumn.FULL_NAME);
            }
            if (specialty.isEmpty() && !used.containsKey(StaffColumn.SPECIALTY_CODE))
                missing.add(StaffColumn.SPECIALTY);
            if (!used.containsKey(StaffColumn.POSITION)) missing.add(StaffColumn.POSITION);
            if (!used.containsKey(StaffColumn.EXPERIENCE) && !used.containsKey(StaffColumn.EXPERIENCE_MONTHS)) {
                missing.add(StaffColumn.EXPERIENCE);
            }
            used.remove(StaffColumn.SPECIALTY);
            used.remove(StaffColumn.EDUCATION);
            var mapping = new HeaderMapping(sheet, first, last, columns, missing);
            return new Found(mapping, Layout.of(used, specialty, last));
        }
    }

    /** The columns whose cells are read together as the education text. */
    private static boolean isSpecialty(StaffColumn kind) {
        return kind == StaffColumn.SPECIALTY || kind == StaffColumn.EDUCATION;
    }

    private static Band bestCandidate(List<RawRow> rows, Merges merges, Dictionaries dictionaries) {
        var byNumber = new HashMap<Integer, RawRow>();
        for (var r : rows) byNumber.put(r.number(), r);
        Band best = null;
        for (var row : rows) {
            if (row.isEmpty()) continue;
            var single = band(row.number(), row.number(), byNumber, merges, dictionaries);
            best = better(best, single);
            var below = byNumber.get(row.number() + 1);
            // A title merged across the table is one caption, not a row of group captions.
            if (below != null && !below.isEmpty() && captions(row, merges) >= 2) {
                var two = band(row.number(), row.number() + 1, byNumber, merges, dictionaries);
                // Two rows only when the second adds columns: otherwise it is data or column numbers.
                if (two.score > single.score) best = better(best, two);
            }
        }
        return best;
    }

    private static Band better(Band best, Band candidate) {
        if (best == null) return candidate;
        if (candidate.valid != best.valid) return candidate.valid ? candidate : best;
        return candidate.score > best.score ? candidate : best;
    }

    private static Band band(int first, int last, Map<Integer, RawRow> rows, Merges merges, Dictionaries dictionaries) {
        int width = 0;
        for (int r = first; r <= last; r++) {
            var row = rows.get(r);
            if (row != null) width = Math.max(width, row.cells().length);
        }
        var matches = new ArrayList<ColumnMatch>();
        var headers = new HashMap<Integer, String>();
        for (int c = 0; c < width; c++) {
            var top = label(first, c, rows, merges);
            var sub = last > first ? label(last, c, rows, merges) : "";
            if (last > first) {
                var area = merges.at(first, c);
                if (area != null && area.contains(last, c)) sub = ""; // one cell merged over both rows
            }
            if (top.isEmpty() && sub.isEmpty()) continue;
            var header = top.isEmpty() ? sub : sub.isEmpty() ? top : top + " / " + sub;
            headers.put(c, header);
            var m = match(top, sub, dictionaries);
            if (m != null) matches.add(new ColumnMatch(c, header, m.value(), m.phrase(), m.words()));
        }
        return new Band(first, last, matches, headers);
    }

    /**
     * A sub-header that is a whole known caption decides ("мес", "уровень", "код"); otherwise the
     * group caption and the sub-header are read together ("Стаж работы / по специальности").
     */
    private static Phrases.Match<StaffColumn> match(String top, String sub, Dictionaries dictionaries) {
        var headers = dictionaries.headers();
        if (!sub.isEmpty()) {
            var m = headers.best(Words.tokens(sub));
            if (m.isPresent() && m.get().exact()) return m.get();
        }
        var joined = headers.best(Words.tokens(top + " " + sub));
        if (joined.isPresent()) return joined.get();
        if (!sub.isEmpty()) return headers.best(Words.tokens(top)).orElse(null);
        return null;
    }

    /** A cell's text, or the text of the merged area it lies in. */
    private static String label(int row, int column, Map<Integer, RawRow> rows, Merges merges) {
        var area = merges.at(row, column);
        if (area != null) {
            var top = rows.get(area.firstRow());
            return top == null ? "" : top.cell(area.firstColumn());
        }
        var r = rows.get(row);
        return r == null ? "" : r.cell(column);
    }

    /** Distinct captions in a row: cells with text, a merged area counted once. */
    private static int captions(RawRow row, Merges merges) {
        int n = 0;
        for (int c = 0; c < row.cells().length; c++) {
            if (row.cell(c).isEmpty()) continue;
            var area = merges.at(row.number(), c);
            if (area == null || area.firstColumn() == c) n++;
        }
        return n;
    }
}
