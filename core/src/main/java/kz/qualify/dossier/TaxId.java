package kz.qualify.dossier;

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
        var problem = problem(value);
        if (problem != null) throw new IllegalArgumentException(problem);
    }

    /** Why a string is not a valid BIN/IIN, or {@code null} when it is. */
    public static String problem(String value) {
        return problem(value, false);
    }

    /**
     * {@link #problem}, in Russian: why a string is not a valid БИН/ИИН, or {@code null} when it is.
     */
    public static String problemRu(String value) {
        return problem(value, true);
    }

    /** One decision, worded in either language. */
    private static String problem(String value, boolean russian) {
        if (value == null || !value.matches("\\d{12}")) {
            return russian ? "БИН/ИИН должен состоять ровно из 12 цифр" : "BIN/IIN must be exactly 12 digits";
        }
        if (value.chars().allMatch(c -> c == value.charAt(0))) {
            // 000000000000 is the only such number whose check digit holds (the weights sum to 66,
            // a multiple of 11); none of them is ever issued, and a placeholder must not pass
            return russian
                    ? "БИН/ИИН " + value + " не может быть выдан (все цифры одинаковы)"
                    : "BIN/IIN " + value + " cannot be issued (all its digits are the same)";
        }
        int check = checkDigit(value);
        if (check == 10) {
            return russian
                    ? "БИН/ИИН " + value + " не может быть выдан (контрольная цифра не определена)"
                    : "BIN/IIN " + value + " cannot be issued (its check digit is undefined)";
        }
        if (check != value.charAt(11) - '0') {
            return russian
                    ? "БИН/ИИН " + value + " не проходит проверку контрольной цифры (последней цифрой должна быть "
                            + check + ")"
                    : "BIN/IIN " + value + " fails the check digit (expected " + check + " as the last digit)";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
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
