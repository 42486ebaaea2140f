package kz.qualify.law;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in tenge, exact to the tiyn. Never a floating-point number. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) throw new IllegalArgumentException("amount is missing");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has fractions of a tiyn");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money tenge(long tenge) {
        return new Money(BigDecimal.valueOf(tenge));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean atLeast(Money other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /**
     * "12 345 678.00 ₸" — grouped with spaces as Kazakhstan writes it. By hand rather than with a
     * {@code DecimalFormat}: that one is built anew per call (it is not thread-safe), and a batch
     * of item 7 dossiers formats a handful of amounts each.
     */
    public String format() {
        var plain = amount.abs().toPlainString(); // scale 2: "12345678.00"
        int whole = plain.length() - 3;
        var sb = new StringBuilder(plain.length() + whole / 3 + 4);
        if (amount.signum() < 0) sb.append('-');
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) sb.append(' ');
            sb.append(plain.charAt(i));
        }
        return sb.append(plain, whole, plain.length()).append(" ₸").toString();
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
