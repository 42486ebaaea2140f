package kz.qualify.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decree of the Government that transfers days off.
 *
 * @param act the decree as it is cited ("Постановление Правительства Республики Казахстан № 1538")
 * @param number its number
 * @param signedOn the day it was signed, or {@code null} where it has not been seen in a source —
 *     never a guess
 */
public record Decree(String act, String number, @Nullable LocalDate signedOn) {

    public Decree {
        if (act == null || act.isBlank()) throw new IllegalArgumentException("a decree must be named");
        if (number == null || !number.matches("\\d+"))
            throw new IllegalArgumentException("a decree number is digits: '" + number + "'");
    }
}
