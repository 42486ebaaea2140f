package kz.qualify.dossier;

import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * A Kazakhstan business or individual identification number (БИН / ИИН): twelve digits, the last
 * a check digit. The check digit is the weighted sum of the first eleven digits (weights 1…11)
 * modulo 11; when that gives 10 the sum is taken again with weights 3…11, 1, 2; a number whose
 * second sum also gives 10 is never issued, nor is one of twelve equal digits ({@code 000000000000},
 * the only one of them whose check digit holds).
 */
public record TaxId(String value) {

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public TaxId {
        var flaw = flaw(value);
        if (flaw != null) throw new IllegalArgumentException("not a valid BIN/IIN (" + flaw + "): " + value);
    }

    /** Why a string cannot be a BIN/IIN. */
    public enum Flaw {
        /** Not exactly twelve digits. */
        NOT_TWELVE_DIGITS,
        /** Twelve equal digits: never issued. */
        ALL_DIGITS_SAME,
        /** No check digit exists for the first eleven: never issued. */
        NO_CHECK_DIGIT,
        /** The last digit is not the check digit of the first eleven. */
        WRONG_CHECK_DIGIT
    }

    /** Why a string is not a valid BIN/IIN, or {@code null} when it is. */
    public static @Nullable Flaw flaw(@Nullable String value) {
        if (value == null || !value.matches("\\d{12}")) return Flaw.NOT_TWELVE_DIGITS;
        // 000000000000 is the only such number whose check digit holds (the weights sum to 66, a
        // multiple of 11); none of them is ever issued, and a placeholder must not pass
        if (value.chars().allMatch(c -> c == value.charAt(0))) return Flaw.ALL_DIGITS_SAME;
        int check = checkDigit(value);
        if (check == 10) return Flaw.NO_CHECK_DIGIT;
        if (check != value.charAt(11) - '0') return Flaw.WRONG_CHECK_DIGIT;
        return null;
    }

    /**
     * Why a string is not a valid BIN/IIN, as a message ({@code problem.taxId.*}, worded by the
     * dossier reader's bundles), or {@code null} when it is.
     */
    public static @Nullable Message problem(@Nullable String value) {
        var flaw = flaw(value);
        if (flaw == null) return null;
        return switch (flaw) {
            case NOT_TWELVE_DIGITS -> Message.of("problem.taxId.digits");
            case ALL_DIGITS_SAME -> Message.of("problem.taxId.allSame", Arg.text("value", value));
            case NO_CHECK_DIGIT -> Message.of("problem.taxId.noCheckDigit", Arg.text("value", value));
            case WRONG_CHECK_DIGIT ->
                Message.of(
                        "problem.taxId.checkDigit", Arg.text("value", value), Arg.count("expected", checkDigit(value)));
        };
    }

    public static boolean isValid(@Nullable String value) {
        return flaw(value) == null;
    }

    /** The check digit for the first eleven digits, or 10 when none exists. */
    public static int checkDigit(String digits) {
        int sum = weighted(digits, FIRST) % 11;
        return sum == 10 ? weighted(digits, SECOND) % 11 : sum;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) sum += (digits.charAt(i) - '0') * weights[i];
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}
