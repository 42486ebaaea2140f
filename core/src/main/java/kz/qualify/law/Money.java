package kz.qualify.law;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /** "12 345 678.00 ₸" — grouped with spaces as Kazakhstan writes it. */
    public String format() {
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator('.');
        var f = new DecimalFormat("#,##0.00", symbols);
        return f.format(amount) + " ₸";
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
