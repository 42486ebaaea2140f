package kz.qualify.staff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Cell values as text, the way a person reading the sheet would see them. */
final class CellText {

    private CellText() {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    /**
     * A number as stored in the file ("5.25", "2.9166666666666665", "1E-3") to the 15 significant
     * digits Excel shows, without a trailing ".0". Most values need no work and take the fast path.
     */
    static String number(String stored) {
        if (isPlain(stored)) return stored;
        // POI writes whole numbers as "12.0"
        int n = stored.length();
        if (n > 2 && stored.charAt(n - 1) == '0' && stored.charAt(n - 2) == '.') {
            var whole = stored.substring(0, n - 2);
            if (isPlain(whole)) return whole;
        }
        try {
            var value = new BigDecimal(stored);
            if (Math.abs(value.scale()) > 40 || value.precision() - value.scale() > 40) return value.toString();
            var shown = value.round(EXCEL_DIGITS).stripTrailingZeros();
            return shown.scale() > 40 || shown.scale() < -40 ? shown.toString() : shown.toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        return number(Double.toString(value));
    }

    static String date(LocalDateTime value) {
        return DATE.format(value);
    }

    /** Digits with at most one dot and a sign, no exponent, no trailing zero fraction, at most 15 digits. */
    private static boolean isPlain(String s) {
        int n = s.length(), digits = 0;
        if (n == 0 || n > 16) return false;
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits++;
            else if (c == '.' && !dot && i > 0 && i < n - 1) dot = true;
            else if (c != '-' || i != 0) return false;
        }
        return digits <= 15 && !(dot && s.charAt(n - 1) == '0');
    }
}
