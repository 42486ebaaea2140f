package kz.qualify.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qualify.dossier.Experience;

/**
 * Experience as people write it, to whole months: "5 лет 3 мес.", "5 л. 3 м.", "5,25", "5.25",
 * "1 год", "8 мес", "3 г.", "5 жыл 3 ай", "5 years 3 months". A bare number is decimal years;
 * fractions of a month are dropped (2.99 years is 35 months, short of 3 years) and days are
 * ignored.
 */
final class ExperienceText {

    private ExperienceText() {}

    /** What a cell said about experience. */
    sealed interface Reading {
        /** Understood: the experience and the rule that read it. */
        record Stated(Experience experience, String rule) implements Reading {}

        /** A value no career has: negative or more than sixty years. The row is an error. */
        record Impossible(Phrase why) implements Reading {
            /** Why, in English. */
            String reason() {
                return why.en();
            }
        }

        /** Text that is not an experience: kept for review, never guessed. */
        record NotUnderstood(Phrase why) implements Reading {
            /** Why, in English. */
            String reason() {
                return why.en();
            }
        }

        /** Nothing written (or a dash). */
        record Missing() implements Reading {}
    }

    private enum Unit {
        YEARS,
        MONTHS,
        DAYS
    }

    /** Unit words, lower case, without the trailing dot. */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("лет", Unit.YEARS),
            Map.entry("л", Unit.YEARS),
            Map.entry("год", Unit.YEARS),
            Map.entry("года", Unit.YEARS),
            Map.entry("годов", Unit.YEARS),
            Map.entry("г", Unit.YEARS),
            Map.entry("гг", Unit.YEARS),
            Map.entry("жыл", Unit.YEARS),
            Map.entry("ж", Unit.YEARS),
            Map.entry("year", Unit.YEARS),
            Map.entry("years", Unit.YEARS),
            Map.entry("yr", Unit.YEARS),
            Map.entry("yrs", Unit.YEARS),
            Map.entry("y", Unit.YEARS),
            Map.entry("мес", Unit.MONTHS),
            Map.entry("месяц", Unit.MONTHS),
            Map.entry("месяца", Unit.MONTHS),
            Map.entry("месяцев", Unit.MONTHS),
            Map.entry("м", Unit.MONTHS),
            Map.entry("мц", Unit.MONTHS),
            Map.entry("ай", Unit.MONTHS),
            Map.entry("month", Unit.MONTHS),
            Map.entry("months", Unit.MONTHS),
            Map.entry("mo", Unit.MONTHS),
            Map.entry("mos", Unit.MONTHS),
            Map.entry("m", Unit.MONTHS),
            Map.entry("дн", Unit.DAYS),
            Map.entry("день", Unit.DAYS),
            Map.entry("дня", Unit.DAYS),
            Map.entry("дней", Unit.DAYS),
            Map.entry("д", Unit.DAYS),
            Map.entry("күн", Unit.DAYS),
            Map.entry("кун", Unit.DAYS),
            Map.entry("day", Unit.DAYS),
            Map.entry("days", Unit.DAYS),
            Map.entry("d", Unit.DAYS));

    private static final Pattern DATE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[-−–]?\\s*\\d{1,9}([.,]\\d{1,20})?");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    static Reading read(String text) {
        var t = Words.clean(text);
        if (t.isEmpty() || t.equals("-") || t.equals("—") || t.equals("–")) return new Reading.Missing();
        if (DATE.matcher(t).matches()) {
            return new Reading.NotUnderstood(Phrase.of("experience.date", t));
        }
        if (NUMBER.matcher(t).matches()) return decimalYears(t);
        return withUnits(t);
    }

    /**
     * Experience split over a years column and a months column.
     *
     * @param years the years cell (a number, or text with units)
     * @param months the months cell (a whole number)
     */
    static Reading read(String years, String months) {
        var m = Words.clean(months);
        if (m.isEmpty() || m.equals("-") || m.equals("—")) return read(years);
        if (!m.matches("\\d{1,4}")) {
            return new Reading.NotUnderstood(Phrase.of("experience.months-not-whole", m));
        }
        var y = Words.clean(years);
        var inYears = y.isEmpty() ? new Reading.Stated(new Experience(0), "") : read(y);
        var yearsWritten = y.isEmpty() ? "0" : y;
        return switch (inYears) {
            case Reading.Stated s ->
                total(
                        (long) s.experience().months() + Integer.parseInt(m),
                        Phrase.of("experience.rule.years-and-months-columns", yearsWritten, m));
            case Reading.Missing missing -> total(Integer.parseInt(m), Phrase.of("experience.rule.months-column", m));
            default -> inYears;
        };
    }

    private static Reading decimalYears(String t) {
        var number = t.replace('−', '-').replace('–', '-').replace(" ", "").replace(',', '.');
        var years = new BigDecimal(number);
        if (years.signum() < 0) return negative(t);
        // Rounding to a millionth of a month first keeps a formula's 2.9166666666666665 (35/12) at 35
        // months instead of flooring it to 34; real fractions (2.99 years = 35.88) still floor.
        var months = years.multiply(TWELVE).setScale(6, RoundingMode.HALF_UP).setScale(0, RoundingMode.FLOOR);
        return total(months.longValueExact(), Phrase.of("experience.rule.decimal-years", t));
    }

    /** "5 лет 3 мес. 10 дн.", "5л3м", "1 год", "8 мес", "3 г.", "5 жыл 3 ай", "5 years 3 months". */
    private static Reading withUnits(String t) {
        var s = Words.lower(t);
        int i = 0, n = s.length();
        BigDecimal years = null, months = null;
        boolean negative = false, sawNumber = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '.' || c == '(' || c == ')') {
                i++;
                continue;
            }
            if ((c == '-' || c == '−' || c == '–') && !sawNumber) {
                negative = true;
                i++;
                continue;
            }
            if (!Character.isDigit(c)) return notUnderstood(t);
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i - start > 9) return notUnderstood(t);
            int point = i;
            if (i + 1 < n && (s.charAt(i) == ',' || s.charAt(i) == '.') && Character.isDigit(s.charAt(i + 1))) {
                i++;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
            }
            if (i - point > 21) return notUnderstood(t);
            var value = new BigDecimal(s.substring(start, i).replace(',', '.'));
            sawNumber = true;
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            int wordStart = i;
            while (i < n && Character.isLetter(s.charAt(i))) i++;
            var word = s.substring(wordStart, i);
            Unit unit;
            if (word.isEmpty()) {
                // A bare number after years is the months ("5 лет 3"); anywhere else it is not clear.
                if (years != null && months == null) unit = Unit.MONTHS;
                else return notUnderstood(t);
            } else {
                unit = UNITS.get(word);
                if (unit == null) return notUnderstood(t);
            }
            switch (unit) {
                case YEARS -> {
                    if (years != null || months != null) return notUnderstood(t);
                    years = value;
                }
                case MONTHS -> {
                    if (months != null) return notUnderstood(t);
                    months = value;
                }
                case DAYS -> {
                    // days never add a whole month worth counting; they are read and dropped
                }
            }
        }
        if (years == null && months == null) return notUnderstood(t);
        if (negative) return negative(t);
        var total = (years == null ? BigDecimal.ZERO : years.multiply(TWELVE))
                .add(months == null ? BigDecimal.ZERO : months)
                .setScale(6, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.FLOOR);
        return total(total.longValueExact(), Phrase.of("experience.rule.years-and-months", t));
    }

    private static Reading total(long months, Phrase rule) {
        if (months > Experience.MAX_MONTHS) {
            long y = months / 12, m = months % 12;
            return new Reading.Impossible(
                    Phrase.of("experience.too-long", new Phrase.Count("experience.years", y), m, rule));
        }
        return new Reading.Stated(new Experience((int) months), rule.en());
    }

    private static Reading negative(String t) {
        return new Reading.Impossible(Phrase.of("experience.negative", t));
    }

    private static Reading notUnderstood(String t) {
        return new Reading.NotUnderstood(Phrase.of("experience.not-understood", t));
    }
}
